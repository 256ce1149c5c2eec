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

    /** Files whose Swedish literals are not user text of the application, each with the reason. */
    static final Map<String, String> INTE_ANVANDARTEXT = Map.ofEntries(
            Map.entry("se/tillit/arende/internal/DemoArenden.java",
                    "demo data: synthetic records written to the demo database, not text of the application"),
            Map.entry("se/tillit/ivo/internal/DemoEjVerkstallda.java",
                    "demo data: synthetic records written to the demo database, not text of the application"),
            Map.entry("se/tillit/person/internal/DemoPersoner.java",
                    "demo data: synthetic persons and addresses written to the demo database"),
            Map.entry("se/tillit/sakerhet/internal/DemoAnvandare.java",
                    "demo data: the demo municipality's units and service accounts, stored as their names"));

    /** Single literals that are not user text, each with the reason. */
    static final Map<String, String> INTE_TEXT = Map.of(
            "(\\\\d+(?:[.,]\\\\d+)?)\\\\s*(?:h|tim|timmar|timme)\\\\s*(?:/|per|i)\\\\s*(?:m|mån|månad|månaden)\\\\.?",
            "a pattern that reads the hours of an omfattning as the user writes them, not a text shown");

    /**
     * Files not yet moved to message keys (issue 20, left for later): the list only shrinks; a file moved must leave
     * it, and a file not on it must hold no Swedish user text.
     */
    static final Set<String> EJ_FLYTTADE = Set.of(
            "se/tillit/arende/ForlangningAvForhandsbedomning.java",
            "se/tillit/arende/NyAktualisering.java",
            "se/tillit/arende/internal/AktualiseringSida.java",
            "se/tillit/arende/internal/ArendeController.java",
            "se/tillit/arende/internal/ArendeTjanst.java",
            "se/tillit/arende/internal/BegaranOmAvgorandeTjanst.java",
            "se/tillit/arende/package-info.java",
            "se/tillit/arkiv/internal/ArkivSida.java",
            "se/tillit/barn/internal/BarnSida.java",
            "se/tillit/barn/internal/BarnTjanst.java",
            "se/tillit/barn/internal/ForaldrastodTjanst.java",
            "se/tillit/beslut/Lagrum.java",
            "se/tillit/beslut/NyttBeslut.java",
            "se/tillit/beslut/Placeringsuppgift.java",
            "se/tillit/beslut/internal/BeslutController.java",
            "se/tillit/beslut/internal/BeslutSida.java",
            "se/tillit/beslut/internal/BeslutTjanst.java",
            "se/tillit/beslut/internal/BeslutsbrevSida.java",
            "se/tillit/beslut/internal/IndividuellPlanTjanst.java",
            "se/tillit/beslut/internal/InsatsavslutTjanst.java",
            "se/tillit/beslut/internal/JdbcLssUppgifter.java",
            "se/tillit/beslut/internal/PlaceringSida.java",
            "se/tillit/beslut/internal/PlaceringTjanst.java",
            "se/tillit/gallring/internal/Gallringsforvaltning.java",
            "se/tillit/ivo/internal/IvoApi.java",
            "se/tillit/ivo/internal/IvoLasare.java",
            "se/tillit/ivo/internal/IvoSida.java",
            "se/tillit/ivo/internal/Kvartal.java",
            "se/tillit/ivo/internal/Kvartalsrapporter.java",
            "se/tillit/journal/internal/JournalSida.java",
            "se/tillit/journal/internal/JournalTjanst.java",
            "se/tillit/kostnad/internal/KostnadApi.java",
            "se/tillit/kostnad/internal/KostnadCsv.java",
            "se/tillit/kostnad/internal/KostnadSida.java",
            "se/tillit/kostnad/internal/Manadskostnader.java",
            "se/tillit/kostnad/internal/UtfordTidImport.java",
            "se/tillit/lexsarah/internal/LexSarahSida.java",
            "se/tillit/lexsarah/internal/LexSarahTjanst.java",
            "se/tillit/lexsarah/internal/LexSarahVy.java",
            "se/tillit/motor/internal/ArendeprocessKoppling.java",
            "se/tillit/motor/internal/BarnprocessKoppling.java",
            "se/tillit/motor/internal/BegaranOmAvgorandeKoppling.java",
            "se/tillit/motor/internal/BeslutprocessKoppling.java",
            "se/tillit/motor/internal/CamundaBetalningsregler.java",
            "se/tillit/motor/internal/CamundaDelegationsordning.java",
            "se/tillit/motor/internal/CamundaPrislista.java",
            "se/tillit/motor/internal/CamundaUppgiftsmotor.java",
            "se/tillit/motor/internal/GenomforandeplanprocessKoppling.java",
            "se/tillit/motor/internal/IndividuellPlanKoppling.java",
            "se/tillit/motor/internal/InsatsavslutKoppling.java",
            "se/tillit/motor/internal/LexSarahprocessKoppling.java",
            "se/tillit/motor/internal/SamtidigAndring.java",
            "se/tillit/motor/internal/SipprocessKoppling.java",
            "se/tillit/motor/internal/WebappSingleSignOnProvider.java",
            "se/tillit/nyckeltal/internal/KoladaExport.java",
            "se/tillit/nyckeltal/internal/NyckeltalApi.java",
            "se/tillit/nyckeltal/internal/NyckeltalSida.java",
            "se/tillit/nyckeltal/internal/Nyckeltalsrapport.java",
            "se/tillit/oversikt/internal/ArendesidaController.java",
            "se/tillit/oversikt/internal/AvslutSida.java",
            "se/tillit/oversikt/internal/BegaranOmAvgorandeSida.java",
            "se/tillit/oversikt/internal/EjVerkstalltSida.java",
            "se/tillit/oversikt/internal/FattaBeslutSida.java",
            "se/tillit/oversikt/internal/ForlangningSida.java",
            "se/tillit/oversikt/internal/ForsenatController.java",
            "se/tillit/oversikt/internal/InloggningsloggSida.java",
            "se/tillit/oversikt/internal/PersonSida.java",
            "se/tillit/oversikt/internal/RevisorController.java",
            "se/tillit/oversikt/internal/SokSida.java",
            "se/tillit/oversikt/package-info.java",
            "se/tillit/person/AndradAvAnnan.java",
            "se/tillit/person/internal/JdbcPersonuppgifter.java",
            "se/tillit/pris/Manadskostnad.java",
            "se/tillit/pris/Omfattningstext.java",
            "se/tillit/pris/PrisSaknas.java",
            "se/tillit/pris/Prisfraga.java",
            "se/tillit/pris/Prislista.java",
            "se/tillit/pris/Prisregler.java",
            "se/tillit/pris/TimmarSaknas.java",
            "se/tillit/revision/internal/EnhetensLoggSida.java",
            "se/tillit/revision/internal/LoggkedjaSida.java",
            "se/tillit/sakerhet/AktuellAnvandare.java",
            "se/tillit/sakerhet/Losenordspolicy.java",
            "se/tillit/sakerhet/internal/ForstaAdministrator.java",
            "se/tillit/sakerhet/package-info.java",
            "se/tillit/statistik/internal/SolFil.java",
            "se/tillit/statistik/internal/StatistikLasare.java",
            "se/tillit/statistik/internal/StatistikSida.java",
            "se/tillit/tabell/internal/Tabellforvaltning.java",
            "se/tillit/uppfoljning/internal/UppfoljningController.java",
            "se/tillit/uppfoljning/internal/UppfoljningTjanst.java",
            "se/tillit/uppfoljning/package-info.java",
            "se/tillit/uppgift/internal/UppgiftController.java",
            "se/tillit/utredning/Forlangningsbeslut.java",
            "se/tillit/utredning/internal/UtredningSida.java",
            "se/tillit/utredning/internal/UtredningTjanst.java",
            "se/tillit/utredning/internal/Utredningsarbete.java",
            "se/tillit/utskrivning/internal/RegionApi.java",
            "se/tillit/utskrivning/internal/RegionMeddelande.java",
            "se/tillit/utskrivning/internal/UtskrivningApi.java",
            "se/tillit/utskrivning/internal/UtskrivningSida.java",
            "se/tillit/utskrivning/internal/UtskrivningTjanst.java",
            "se/tillit/utskrivning/internal/Utskrivningsinstallningar.java",
            "se/tillit/utskrivning/internal/Utskrivningsvy.java",
            "se/tillit/verkstallighet/EjVerkstalldaBeslut.java",
            "se/tillit/verkstallighet/internal/BestallningLasning.java",
            "se/tillit/verkstallighet/internal/EjVerkstalltController.java",
            "se/tillit/verkstallighet/internal/EjVerkstalltTjanst.java",
            "se/tillit/verkstallighet/internal/GenomforandeplanTjanst.java",
            "se/tillit/verkstallighet/internal/NarvaroSida.java",
            "se/tillit/verkstallighet/internal/VerkstallighetController.java",
            "se/tillit/verkstallighet/internal/VerkstallighetTjanst.java",
            "se/tillit/verkstallighet/package-info.java");

    @Test
    void ingenSvenskAnvandartextIJava() {
        List<SvenskTextIJava.Fynd> fynd = SvenskTextIJava.i(KALLOR).stream()
                .filter(f -> !INTE_ANVANDARTEXT.containsKey(namn(f)) && !EJ_FLYTTADE.contains(namn(f)))
                .filter(f -> !INTE_TEXT.containsKey(f.text()))
                .toList();

        assertThat(fynd).as("Swedish user text in Java: move it to messages.properties and messages_en.properties, "
                + "and name it by its key").isEmpty();
    }

    @Test
    void listornaNamnerBaraFilerSomHarSvenskText() {
        Set<String> medText = SvenskTextIJava.i(KALLOR).stream().map(SvenskTextIJavaTest::namn)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(medText).containsAll(EJ_FLYTTADE).containsAll(INTE_ANVANDARTEXT.keySet());
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
                        model.addAttribute("rubrik", "Översikt");
                    }
                }
                """;

        assertThat(SvenskTextIJava.iFil(Path.of("Exempel.java"), kalla)).extracting(SvenskTextIJava.Fynd::text)
                .containsExactly("Datum saknas", "Välj ett datum", "Finns inte", "Översikt");
    }

    private static String namn(SvenskTextIJava.Fynd fynd) {
        return fynd.fil().toString().replace('\\', '/');
    }
}
