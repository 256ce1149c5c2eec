package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code publiccode.yml} describes Tillit for public-sector software catalogues (issue 20): it parses, has the keys the
 * standard (version 0.4) makes mandatory with values it allows, and names the version and the licence the pom names,
 * so that a release or a change of licence cannot leave it behind.
 */
class PubliccodeTest {

    static final Path PUBLICCODE = Path.of("../publiccode.yml");
    static final Path POM = Path.of("../pom.xml");

    @Test
    void theFileHasTheKeysTheStandardRequires() throws IOException {
        Map<String, Object> pc = publiccode();

        assertThat(pc.get("publiccodeYmlVersion")).isEqualTo("0.4");
        assertThat(pc.get("name")).isEqualTo("Tillit");
        assertThat((String) pc.get("url")).startsWith("https://");
        assertThat(LocalDate.parse((String) pc.get("releaseDate")))
                .isBeforeOrEqualTo(LocalDate.now(se.tillit.drift.Svensktid.ZON));
        assertThat(lista(pc, "platforms")).contains("web");
        assertThat(lista(pc, "categories"))
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k).matches("[a-z]+(-[a-z]+)*"));
        assertThat(pc.get("developmentStatus")).isIn("concept", "development", "beta", "stable", "obsolete");
        assertThat(pc.get("softwareType"))
                .isIn(
                        "standalone/mobile",
                        "standalone/iot",
                        "standalone/desktop",
                        "standalone/web",
                        "standalone/backend",
                        "standalone/other",
                        "addon",
                        "library",
                        "configurationFiles");
        assertThat(lista(karta(pc, "intendedAudience"), "countries")).contains("se");

        Map<String, Object> beskrivning = karta(pc, "description");
        assertThat(beskrivning).containsKeys("sv", "en");
        for (String sprak : List.of("sv", "en")) {
            Map<String, Object> text = karta(beskrivning, sprak);
            assertThat(((String) text.get("shortDescription")).strip())
                    .as("%s shortDescription", sprak)
                    .isNotBlank()
                    .hasSizeLessThanOrEqualTo(150)
                    .doesNotContain("\n");
            assertThat(((String) text.get("longDescription")).strip())
                    .as("%s longDescription", sprak)
                    .hasSizeBetween(150, 10_000);
            assertThat(lista(text, "features")).as("%s features", sprak).isNotEmpty();
        }

        Map<String, Object> underhall = karta(pc, "maintenance");
        assertThat(underhall.get("type")).isIn("internal", "contract", "community", "none");
        if (List.of("internal", "community").contains(underhall.get("type"))) {
            assertThat((List<?>) underhall.get("contacts"))
                    .as("contacts, required for this maintenance type")
                    .isNotEmpty();
        }
        Map<String, Object> lokalisering = karta(pc, "localisation");
        assertThat(lokalisering.get("localisationReady")).isInstanceOf(Boolean.class);
        assertThat(lista(lokalisering, "availableLanguages")).contains("sv");
    }

    @Test
    void theVersionAndTheLicenceAreThePoms() throws Exception {
        Map<String, Object> pc = publiccode();
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        String version = xpath.evaluate("/project/version", pom);
        String licens = xpath.evaluate("/project/licenses/license/name", pom);

        assertThat(version).isNotBlank();
        assertThat(pc.get("softwareVersion"))
                .as("softwareVersion is the pom's <version>")
                .isEqualTo(version);
        assertThat(licens).isEqualTo("EUPL-1.2");
        assertThat(karta(pc, "legal").get("license"))
                .as("legal.license is the pom's licence")
                .isEqualTo(licens);
    }

    private static Map<String, Object> publiccode() throws IOException {
        try (Reader in = Files.newBufferedReader(PUBLICCODE, StandardCharsets.UTF_8)) {
            Map<String, Object> pc = new Yaml().load(in);
            assertThat(pc).as("%s parses as a YAML map", PUBLICCODE).isNotNull();
            return pc;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> karta(Map<String, Object> i, String nyckel) {
        assertThat(i.get(nyckel)).as(nyckel).isInstanceOf(Map.class);
        return (Map<String, Object>) i.get(nyckel);
    }

    @SuppressWarnings("unchecked")
    private static List<String> lista(Map<String, Object> i, String nyckel) {
        assertThat(i.get(nyckel)).as(nyckel).isInstanceOf(List.class);
        return (List<String>) i.get(nyckel);
    }
}
