package se.tillit.kluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scenario's figures, written as a markdown table to app/target/cluster-&lt;name&gt;.md (and to the console). */
final class Resultat {

    private final String namn;
    private final String rubrik;
    private final Map<String, String> rader = new LinkedHashMap<>();
    private final List<String> anteckningar = new ArrayList<>();

    Resultat(String namn, String rubrik) {
        this.namn = namn;
        this.rubrik = rubrik;
    }

    Resultat rad(String vad, Object varde) {
        rader.put(vad, String.valueOf(varde));
        Kluster.logga(namn + ": " + vad + " = " + varde);
        return this;
    }

    Resultat anteckning(String text) {
        anteckningar.add(text);
        Kluster.logga(namn + ": " + text);
        return this;
    }

    void skriv() {
        StringBuilder md = new StringBuilder("## ")
                .append(rubrik)
                .append("\n\n")
                .append("Run ")
                .append(Instant.now())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append("\n\n")
                .append("| figure | value |\n|---|---|\n");
        rader.forEach((vad, varde) ->
                md.append("| ").append(vad).append(" | ").append(varde).append(" |\n"));
        if (!anteckningar.isEmpty()) {
            md.append('\n');
            anteckningar.forEach(a -> md.append("- ").append(a).append('\n'));
        }
        try {
            Path fil = Paths.get(System.getProperty("tillit.kluster.resultat", "target"), "cluster-" + namn + ".md");
            Files.createDirectories(fil.getParent());
            Files.writeString(fil, md);
            Kluster.logga("wrote " + fil.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(md);
    }
}
