package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.json.JsonWriter;

class PersonnummerMaskTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Person 19121212-1212 saknas         | Person [personnummer] saknas",
                "Person 191212121212 saknas          | Person [personnummer] saknas",
                "Person 121212-1212 saknas           | Person [personnummer] saknas",
                "Person 121212+1212 (över 100 år)    | Person [personnummer] (över 100 år)",
                "Samordningsnummer 19901271-9804     | Samordningsnummer [personnummer]",
                "(personnummer)=(201503129825) finns | (personnummer)=([personnummer]) finns",
                "Fel kontrollsiffra 19121212-1213    | Fel kontrollsiffra [personnummer]",
                "Med mellanslag 19121212 1212 här    | Med mellanslag [personnummer] här",
                "Med tankstreck 19121212–1212 här    | Med tankstreck [personnummer] här",
                "Luft runt 121212 – 1212 här        | Luft runt [personnummer] här",
                "Hårt mellanslag 121212 1212       | Hårt mellanslag [personnummer]"
            })
    void masksEveryNumberOfTheShape(String text, String expected) {
        assertThat(PersonnummerMask.mask(text.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ärende 2026-0042 skapat",
                "Tidsstämpel 1764028800123 (13 siffror)",
                "Port 54321, id 123456789",
                "Ärende 2026-000042, beslut 2026-11-24 kl 10:00"
            })
    void leavesOtherNumbersAlone(String text) {
        assertThat(PersonnummerMask.mask(text)).isEqualTo(text);
    }

    @Test
    void theJsonCustomizerMasksEveryStringValue() {
        JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
            members.add("message", map -> map.get("message"));
            members.add("error", map -> map.get("error"));
            new PersonnummerMaskingJsonCustomizer().customize((JsonWriter.Members) members);
        });

        String json = writer.writeToString(
                Map.of("message", "Sparar 19121212-1212", "error", "duplicate key (personnummer)=(201503129825)"));

        assertThat(json)
                .doesNotContain("19121212")
                .doesNotContain("201503129825")
                .contains("Sparar [personnummer]")
                .contains("(personnummer)=([personnummer])");
    }
}
