package se.tillit.kluster;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the cluster tests (profile {@code cluster}): one PostgreSQL, one GreenMail and two nodes for the test
 * class, started once and always torn down. System properties {@code kluster.nod.<property>=<value>} are passed to
 * every node as {@code -D<property>=<value>} (e.g. the job executor's settings, for a before/after run).
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KlusterTest {

    Kluster kluster;

    @BeforeAll
    void startaKlustret() throws Exception {
        Map<String, String> egenskaper = new LinkedHashMap<>(nodegenskaper());
        System.getProperties().stringPropertyNames().stream()
                .filter(n -> n.startsWith("kluster.nod."))
                .forEach(n -> egenskaper.put(n.substring("kluster.nod.".length()), System.getProperty(n)));
        kluster = new Kluster(egenskaper);
        try {
            kluster.startaDatabas();
            kluster.startaEpost();
            kluster.startaNod(0);
            kluster.billigaLosenord();
            kluster.tjanstekontoForMotorn();
            kluster.startaNod(1);
        } catch (Exception | Error e) {
            kluster.close();
            throw e;
        }
    }

    /** Settings every node of this class gets. */
    Map<String, String> nodegenskaper() {
        return Map.of();
    }

    @AfterAll
    void stangKlustret() {
        if (kluster != null) {
            kluster.close();
        }
    }

    /** Lines of a node's log that contain {@code text}: which node did the work. */
    long loggrader(int nod, String text) {
        try (var rader = Files.lines(kluster.katalog().resolve("nod" + (nod + 1) + ".log"))) {
            return rader.filter(r -> r.contains(text)).count();
        } catch (IOException e) {
            return -1;
        }
    }

    String jobbinstallningar() {
        StringBuilder s = new StringBuilder();
        System.getProperties().stringPropertyNames().stream()
                .filter(n -> n.startsWith("kluster.nod."))
                .sorted()
                .forEach(n -> s.append(n.substring("kluster.nod.".length()))
                        .append('=')
                        .append(System.getProperty(n))
                        .append("; "));
        return s.isEmpty() ? "application.yaml defaults" : s.toString();
    }
}
