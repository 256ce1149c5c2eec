package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every date and time a page or a printed document writes goes through {@code #tid} (drift.Tidvisning), which writes an
 * instant in Swedish time. Thymeleaf's own {@code #temporals}, {@code #dates} and {@code #calendars} write an
 * OffsetDateTime in its own offset, and the database's are UTC: the pages showed UTC beside Swedish times. Spring's
 * conversion ({@code ${{...}}}) formats in the value's own offset too.
 */
class SvenskTidIMallarnaTest {

    private static final Path MALLAR = Path.of("src/main/resources/templates");
    private static final Pattern FORBJUDET = Pattern.compile("#temporals\\.|#dates\\.|#calendars\\.|[$*]\\{\\{");

    @Test
    void noTemplateFormatsATimeOtherwiseThanThroughTid() throws IOException {
        List<String> fynd = new ArrayList<>();
        List<Path> mallar;
        try (Stream<Path> filer = Files.walk(MALLAR)) {
            mallar = filer.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        for (Path mall : mallar) {
            List<String> rader = Files.readAllLines(mall);
            for (int i = 0; i < rader.size(); i++) {
                Matcher m = FORBJUDET.matcher(rader.get(i));
                if (m.find()) {
                    fynd.add(mall.getFileName() + ":" + (i + 1) + " " + m.group());
                }
            }
        }

        assertThat(mallar).hasSizeGreaterThan(30);
        assertThat(fynd)
                .as("write times with #tid.visa/.sekunder/.datum/.klockslag/.format")
                .isEmpty();
        assertThat(String.join(
                        "", mallar.stream().map(SvenskTidIMallarnaTest::las).toList()))
                .contains("#tid.visa(");
    }

    /** The zone is declared once, in drift.Svensktid (issue 20): a second declaration could drift to another zone. */
    @Test
    void theCodeNamesTheSwedishZoneOnlyThroughSvensktid() throws IOException {
        List<String> fynd = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(Path.of("src/main/java"))) {
            for (Path fil :
                    filer.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (!fil.endsWith(Path.of("se/tillit/drift/Svensktid.java"))
                        && las(fil).contains("\"Europe/Stockholm\"")) {
                    fynd.add(fil.toString());
                }
            }
        }
        assertThat(fynd).as("use drift.Svensktid.ZON").isEmpty();
        assertThat(las(Path.of("src/main/java/se/tillit/drift/Svensktid.java")))
                .contains("NAMN = \"Europe/Stockholm\"");
    }

    private static String las(Path mall) {
        try {
            return Files.readString(mall);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
