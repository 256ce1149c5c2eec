package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Swedish first, English beside it: every key a template uses exists in both, and both have the same keys. */
class MessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** #{key} and #{'prefix.' + ${...}} (the prefix's keys are checked through the enums' values below) */
    static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");

    @Test
    void everyKeyATemplateUsesExistsInSwedishAndEnglish() throws IOException {
        Properties swedish = load("messages.properties");
        Properties english = load("messages_en.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(swedish.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyRoleAndUnitTypeHasAName() throws IOException {
        Properties swedish = load("messages.properties");
        for (se.tillit.sakerhet.Roll roll : se.tillit.sakerhet.Roll.values()) {
            assertThat(swedish).containsKey("roll." + roll.name());
        }
        for (se.tillit.sakerhet.Enhet.Enhetstyp typ : se.tillit.sakerhet.Enhet.Enhetstyp.values()) {
            assertThat(swedish).containsKey("enhetstyp." + typ.name());
        }
    }

    /** R25: the decision-table page names every problem and every origin of a version through these keys. */
    @Test
    void everyTableProblemAndOriginHasATextInBothLanguages() throws IOException {
        Properties swedish = load("messages.properties");
        Properties english = load("messages_en.properties");
        for (se.tillit.tabell.Tabellproblem.Typ typ : se.tillit.tabell.Tabellproblem.Typ.values()) {
            assertThat(swedish).containsKey("tabell.problem." + typ.name());
            assertThat(english).containsKey("tabell.problem." + typ.name());
        }
        for (se.tillit.tabell.Tabellversion.Ursprung ursprung : se.tillit.tabell.Tabellversion.Ursprung.values()) {
            assertThat(swedish).containsKey("tabell.ursprung." + ursprung.name());
        }
    }

    @Test
    void everyUserTaskOfTheProcessesHasANameForTheTaskTypeFilter() throws IOException {
        Properties swedish = load("messages.properties");
        Pattern userTask = Pattern.compile("<bpmn:userTask id=\"([A-Za-z0-9_]+)\"");
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("../processes"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = userTask.matcher(Files.readString(model));
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        }

        assertThat(ids).hasSizeGreaterThanOrEqualTo(15);
        assertThat(swedish.stringPropertyNames())
                .containsAll(ids.stream().map(id -> "uppgiftstyp." + id).toList());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
