package se.tillit.beslut.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tillit.beslut.Beslutsutfall;
import se.tillit.beslut.Lagrum;

/** The letter's appeal text per outcome and law (förvaltningslagen 33, 44 §§; LSS 27 §; SoL 2025:400 35 kap. 1 §). */
class OverklagandehanvisningTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "BIFALL,        LSS, ''",
        "BIFALL,        SOL, ''",
        "DELVIS_BIFALL, LSS, 27 § LSS",
        "AVSLAG,        LSS, 27 § LSS",
        "DELVIS_BIFALL, SOL, 35 kap. 1 § socialtjänstlagen",
        "AVSLAG,        SOL, 35 kap. 1 § socialtjänstlagen"
    })
    void theLetterTellsHowToAppealEveryDecisionThatIsNotAFullBifall(Beslutsutfall utfall, Lagrum.Lag lag, String lagrum)
            throws IOException {
        var nyckel = Overklagandehanvisning.nyckel(utfall, lag);

        if (lagrum.isEmpty()) {
            assertThat(nyckel).isEmpty();
            return;
        }
        String text = svenska().getProperty(nyckel.orElseThrow());
        assertThat(text)
                .contains(
                        lagrum,
                        "förvaltningsrätten",
                        "inom tre veckor från den dag du fick del av beslutet",
                        "skicka eller lämna brevet till socialnämnden",
                        "förvaltningslagen 44 §");
    }

    private static Properties svenska() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OverklagandehanvisningTest.class.getResourceAsStream("/messages.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
