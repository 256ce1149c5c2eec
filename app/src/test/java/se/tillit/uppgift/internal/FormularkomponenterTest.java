package se.tillit.uppgift.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A form is shown whole or refused: a component the task page cannot render (a date field, an explanatory text, a group
 * added in Camunda Modeler) must not vanish from the page unnoticed (issue 20). The build fails on a committed form
 * with such a component, and the application refuses to start with one ({@link Formularkontroll}).
 */
class FormularkomponenterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> formularen() throws IOException {
        return Files.list(Path.of("..", "forms"))
                .filter(fil -> fil.toString().endsWith(".form"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("formularen")
    void everyCommittedFormHasOnlyComponentsTheTaskPageShows(Path fil) throws IOException {
        Formular formular = Formular.tolka(Files.readString(fil), MAPPER);

        assertThat(formular.falt()).isNotEmpty();
    }

    @Test
    void theFormsFolderIsWhereTheTestLooks() throws IOException {
        assertThat(formularen()).hasSizeGreaterThanOrEqualTo(5);
    }

    /** What the application does at start with the forms it deploys: one unknown component and it does not start. */
    @Test
    void theStartIsRefusedByAFormWithAnUnknownComponent(@org.junit.jupiter.api.io.TempDir Path mapp)
            throws IOException {
        Files.writeString(mapp.resolve("bra.form"), formMed("{\"type\":\"textarea\",\"key\":\"motivering\"}"));
        new Formularkontroll(MAPPER, mapp.toUri() + "*.form");

        Files.writeString(mapp.resolve("ny.form"), formMed("{\"type\":\"datetime\",\"key\":\"datum\"}"));
        assertThatThrownBy(() -> new Formularkontroll(MAPPER, mapp.toUri() + "*.form"))
                .isInstanceOf(Formular.OkandKomponent.class)
                .hasMessageContaining("'datetime'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"datetime", "text", "group", "checklist", "taglist", "dynamiclist", "html", "button"})
    void aComponentTheRendererDoesNotKnowIsRefusedWithItsTypeAndKey(String typ) {
        String json = formMed("{\"type\":\"" + typ + "\",\"key\":\"nyttFalt\",\"label\":\"Nytt\"}");

        assertThatThrownBy(() -> Formular.tolka(json, MAPPER))
                .isInstanceOf(Formular.OkandKomponent.class)
                .hasMessageContaining("provformular")
                .hasMessageContaining("'" + typ + "'")
                .hasMessageContaining("nyttFalt");
    }

    @Test
    void aValueFieldWithoutAKeyIsRefusedToo() {
        String json = formMed("{\"type\":\"textfield\",\"label\":\"Utan nyckel\"}");

        assertThatThrownBy(() -> Formular.tolka(json, MAPPER)).isInstanceOf(Formular.OkandKomponent.class);
    }

    @Test
    void spacersAndSeparatorsOnlyLayTheFormOut() {
        Formular formular = Formular.tolka(
                formMed(
                        "{\"type\":\"spacer\"}",
                        "{\"type\":\"separator\"}",
                        "{\"type\":\"textarea\",\"key\":\"motivering\",\"label\":\"Motivering\"}"),
                MAPPER);

        assertThat(formular.falt()).extracting(Formular.Falt::nyckel).containsExactly("motivering");
    }

    private static String formMed(String... komponenter) {
        return "{\"id\":\"provformular\",\"type\":\"default\",\"components\":[" + String.join(",", List.of(komponenter))
                + "]}";
    }
}
