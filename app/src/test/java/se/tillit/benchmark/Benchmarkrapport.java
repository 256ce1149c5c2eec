package se.tillit.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark's report: a Markdown table of its measurements under a paragraph saying what was measured and on what,
 * written to app/target and to standard output (docs/performance.md).
 */
public final class Benchmarkrapport {

    private final List<String> rader = new ArrayList<>();

    /** A table with these columns. */
    public Benchmarkrapport(String... kolumner) {
        rader.add("| " + String.join(" | ", kolumner) + " |");
        rader.add("|" + "---|".repeat(kolumner.length));
    }

    /** One row of the table, written as Markdown ({@code | a | b |}). */
    public void rad(String rad) {
        rader.add(rad);
    }

    /** Writes the paragraph and the table to {@code target/<fil>} and prints them. */
    public void skriv(String fil, String stycke) throws IOException {
        String resultat = stycke + "\n\n" + String.join("\n", rader) + "\n";
        Files.writeString(Path.of("target", fil), resultat);
        System.out.println(resultat);
    }

    /** The machine the benchmark ran on: its cores, the Java version and the PostgreSQL server's version. */
    public static String maskin(JdbcClient jdbc) {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", PostgreSQL "
                + jdbc.sql("show server_version").query(String.class).single();
    }

    /** A step of a benchmark whose time is taken. */
    @FunctionalInterface
    public interface Steg {
        void kor() throws Exception;
    }

    /** The seconds the step took. */
    public static double sekunder(Steg steg) throws Exception {
        long start = System.nanoTime();
        steg.kor();
        return sekunder(start);
    }

    /** Seconds since {@code start} (a {@link System#nanoTime()}). */
    public static double sekunder(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
