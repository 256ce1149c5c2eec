package se.tillit.uppgift.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form value has an upper length even where the form sets none (found by the hostile-input round, 20 000 characters). */
class FormularLangdTest {

    private static final Formular FORMULAR = new Formular(
            "test",
            List.of(
                    new Formular.Falt("motivering", "textarea", "Motivering", null, List.of(), true, null, null, null),
                    new Formular.Falt("kort", "textfield", "Kort", null, List.of(), false, null, 20, null)));

    @Test
    void aFieldWithoutItsOwnLimitTakesAtMostTheHouseLimit() {
        assertThat(FORMULAR.validera(Map.of("motivering", "x".repeat(Formular.STORSTA_LANGD))))
                .isEmpty();

        Map<String, Formular.Fel> fel = FORMULAR.validera(Map.of("motivering", "x".repeat(Formular.STORSTA_LANGD + 1)));

        assertThat(fel).containsOnlyKeys("motivering");
        assertThat(fel.get("motivering").meddelande()).isEqualTo("formular.fel.maxLangd");
    }

    @Test
    void aFieldsOwnShorterLimitStillHolds() {
        assertThat(FORMULAR.validera(Map.of("motivering", "Skäl.", "kort", "x".repeat(21))))
                .containsOnlyKeys("kort");
    }
}
