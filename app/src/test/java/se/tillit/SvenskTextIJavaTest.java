package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Swedish user text lives in messages*.properties, not in Java (issue 20; STYLE.md 8): as {@link MessagesTest} checks
 * the templates, this test reads every Java source under src/main/java and fails on a Swedish user-facing string
 * literal, by the rule of {@link SvenskTextIJava}. Java names the text by its key; a page's error rendering and the
 * API's problem documents resolve it (se.tillit.fel.Texter).
 */
class SvenskTextIJavaTest {

    static final Path KALLOR = Path.of("src/main/java");

    static final String DEMODATA =
            "demo data: synthetic records written to the demo database, not text of the application";
    static final String UTSKRIVNINGENS_DATA = "stored with a message received from the region (its remark) or as the "
            + "initiation's description: recorded data, not text of the application";

    /** Files whose Swedish literals are not user text of the application, each with the reason. */
    static final Map<String, String> INTE_ANVANDARTEXT = Map.ofEntries(
            Map.entry("se/tillit/arende/internal/DemoArenden.java", DEMODATA),
            Map.entry("se/tillit/ivo/internal/DemoEjVerkstallda.java", DEMODATA),
            Map.entry("se/tillit/person/internal/DemoPersoner.java", DEMODATA),
            Map.entry(
                    "se/tillit/sakerhet/internal/DemoAnvandare.java",
                    "demo data: the demo municipality's units and service accounts, stored as their names"),
            Map.entry(
                    "se/tillit/sakerhet/internal/ForstaAdministrator.java",
                    "the first administrator's account and unit, stored by name when the installation starts"),
            Map.entry(
                    "se/tillit/motor/internal/WebappSingleSignOnProvider.java",
                    "the name of the administrators' group, stored in the engine's identity tables"));

    /** Single literals that are not user text, as "file text", each with the reason. */
    static final Map<String, String> INTE_TEXT = Map.ofEntries(
            Map.entry(
                    "se/tillit/kostnad/internal/KostnadCsv.java manad;arende;utforare;utforartyp;insats;nivå;omfattning;bestallande_enhet;",
                    "the column names of the cost export, a file format its readers depend on"),
            Map.entry(
                    "se/tillit/oversikt/internal/SokSida.java ärendenummer",
                    "part of the access log's stored description of a search (ADR 0022)"),
            Map.entry(
                    "se/tillit/pris/Omfattningstext.java (\\\\d+(?:[.,]\\\\d+)?)\\\\s*(?:h|tim|timmar|timme)\\\\s*(?:/|per|i)\\\\s*(?:m|mån|månad|månaden)\\\\.?",
                    "a pattern that reads the hours of an omfattning as the user writes them, not a text shown"),
            Map.entry(
                    "se/tillit/pris/Prislista.java okänd",
                    "the version of a price list that names none, stored with a closed month"),
            Map.entry(
                    "se/tillit/statistik/internal/SolFil.java (\\\\d{1,3}(?:[.,]\\\\d{1,2})?)\\\\s*tim(?:mar)?\\\\s*(?:/|per)\\\\s*(vecka|v|månad|mån)",
                    "a pattern that reads the hours of an omfattning as written in a decision, not a text shown"),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java Vårdtillfället har redan ett inskrivningsmeddelande; inget nytt ärende",
                    UTSKRIVNINGENS_DATA),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java Inskrivningsmeddelande från ",
                    UTSKRIVNINGENS_DATA),
            Map.entry("se/tillit/utskrivning/internal/UtskrivningTjanst.java  vård): inskriven ", UTSKRIVNINGENS_DATA),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java , beräknad utskrivning ",
                    UTSKRIVNINGENS_DATA),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java Mottaget efter att vårdtillfället avslutats",
                    UTSKRIVNINGENS_DATA),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java Ingen pågående period som utskrivningsklar att avsluta",
                    UTSKRIVNINGENS_DATA),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java Kallelse till SIP före underrättelsen om utskrivningsklar",
                    UTSKRIVNINGENS_DATA),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java Vårdtillfället var redan avslutat (",
                    UTSKRIVNINGENS_DATA),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java Utskriven utan att underrättelse om utskrivningsklar tagits emot",
                    UTSKRIVNINGENS_DATA),
            Map.entry(
                    "se/tillit/utskrivning/internal/UtskrivningTjanst.java Underrättelsen om utskrivningsklar togs emot efter att vårdtillfället avslutats",
                    UTSKRIVNINGENS_DATA));

    @Test
    void ingenSvenskAnvandartextIJava() {
        List<SvenskTextIJava.Fynd> fynd = SvenskTextIJava.i(KALLOR).stream()
                .filter(f -> !INTE_ANVANDARTEXT.containsKey(namn(f)))
                .filter(f -> !INTE_TEXT.containsKey(namn(f) + " " + f.text()))
                .toList();

        assertThat(fynd)
                .as("Swedish user text in Java: move it to messages.properties and messages_en.properties, "
                        + "and name it by its key")
                .isEmpty();
    }

    @Test
    void listornaNamnerBaraDetSomFinns() {
        List<SvenskTextIJava.Fynd> fynd = SvenskTextIJava.i(KALLOR);
        Set<String> filer = fynd.stream().map(SvenskTextIJavaTest::namn).collect(Collectors.toCollection(TreeSet::new));
        Set<String> texter =
                fynd.stream().map(f -> namn(f) + " " + f.text()).collect(Collectors.toCollection(TreeSet::new));

        assertThat(filer).containsAll(INTE_ANVANDARTEXT.keySet());
        assertThat(texter).containsAll(INTE_TEXT.keySet());
    }

    @Test
    void regelnFinnerSvenskAnvandartextMenInteDetSomInteVisas() {
        String kalla = """
                class Exempel {
                    /** Välj ett datum: a comment is not text. */
                    @Operation(summary = "Hämtar ärendet", description = "Två ord")
                    record Ny(@NotBlank(message = "Datum saknas") String datum, @Size(message = "steg.fel.langd") String t) {
                    }
                    void steg() {
                        log.warn("Ärendet {} saknas", id); // för driften
                        atkomstlogg.logga(Handling.LAS, id, null, "Läst ärende");
                        jdbc.sql("select * from arende where namn = 'Åsa'");
                        throw new IllegalStateException("Får inte hända");
                        fel.add(new Valideringsfel.Faltfel("datum", "Välj ett datum"));
                        throw new HittadesInte("Finns inte");
                        throw new Konflikt("arende.fel.konflikt");
                        throw new OgiltigtPersonnummerException("Personnummer saknas");
                        throw new ProcessEngineException("The table has no row");
                        model.addAttribute("rubrik", "Översikt");
                    }
                }
                """;

        assertThat(SvenskTextIJava.iFil(Path.of("Exempel.java"), kalla))
                .extracting(SvenskTextIJava.Fynd::text)
                .containsExactly("Datum saknas", "Välj ett datum", "Finns inte", "Personnummer saknas", "Översikt");
    }

    private static String namn(SvenskTextIJava.Fynd fynd) {
        return fynd.fil().toString().replace('\\', '/');
    }
}
