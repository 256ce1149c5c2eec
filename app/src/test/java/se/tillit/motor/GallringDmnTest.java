package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.tillit.gallring.Aktbedomning;

/**
 * Gallring of a person's file (issue 18), the table {@code gallring} row by row, each against the provision it names
 * (law-and-peers.md A7 "Gallring", C1 items 17–18, C5 item 54). Inputs per row: gallringsstopp, the day of the month
 * the person was born, the law of the file (SOL, LSS), the kind of record, the day its case was closed.
 */
@Deployment(resources = "decisions/gallring.dmn")
class GallringDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    static final Path TABELL = Path.of("../decisions/gallring.dmn");

    /** Every row, once: the rule ids the test below covers, checked against the file so a new row needs a test row. */
    static final Set<String> TESTADE = Set.of(
            "GALLRINGSSTOPP",
            "FORSKNING_SOL",
            "FORSKNING_LSS",
            "FEM_AR_SOL",
            "FEM_AR_LSS",
            "PLACERING_BARN",
            "ADOPTION",
            "FADERSKAP_FORALDRASKAP",
            "LSS_BOENDE_BARN",
            "BARNAVARDSUTREDNING",
            "BARNAVARDSUTREDNING_FORE_2026",
            "EJ_INLEDD_UTREDNING",
            "VARDNADSAVTAL");

    @ParameterizedTest(name = "{5}: {6}, {7} after the last entry, age {8}, {9} ({10})")
    @CsvSource(
            delimiter = ';',
            nullValues = "-",
            value = {
                // issue 18: a legal hold set in Tillit with a reason keeps the file whatever else applies; C5 item 54
                "true;  12; SOL; PLACERING_BARN;         2027-03-01; GALLRINGSSTOPP;                BEVARAS; P5Y; -;  -;                          Gallringsstopp",
                // SoL 16 kap. 4 §, SoF 2025:468 13 kap. 1 §: the research sample, persons born on the 5th, 15th, 25th;
                // A7, C5 item 54
                "false; 15; SOL; ARENDE;                 2027-03-01; FORSKNING_SOL;                 BEVARAS; P5Y; -;  -;                          socialtjänstförordningen (2025:468) 13 kap. 1 §",
                // LSS 21 c–21 d §§: the same sample for LSS files; A7 (LSS row)
                "false; 25; LSS; ARENDE;                 2027-03-01; FORSKNING_LSS;                 BEVARAS; P5Y; -;  -;                          LSS (1993:387) 21 c–21 d §§",
                // SoL 16 kap. 1 §: five years after the last entry, done by the end of the following calendar year; C1
                // item 17
                "false; 12; SOL; ARENDE;                 2027-03-01; FEM_AR_SOL;                    GALLRAS; P5Y; -;  NASTA_KALENDERARETS_UTGANG; SoL (2025:400) 16 kap. 1 §",
                // LSS 21 c–21 d §§: the same five years for LSS files; A7 (LSS row), C1 item 17
                "false; 12; LSS; ARENDE;                 2027-03-01; FEM_AR_LSS;                    GALLRAS; P5Y; -;  NASTA_KALENDERARETS_UTGANG; LSS (1993:387) 21 c–21 d §§",
                // SoL 16 kap. 2 §: placements of a child are never gallrade; A7, C5 item 54
                "false; 12; SOL; PLACERING_BARN;         2027-03-01; PLACERING_BARN;                BEVARAS; P5Y; -;  -;                          SoL (2025:400) 16 kap. 2 §",
                // SoL 16 kap. 2 §: adoption, never; A7, C5 item 54
                "false; 12; SOL; ADOPTION;               2027-03-01; ADOPTION;                      BEVARAS; P5Y; -;  -;                          SoL (2025:400) 16 kap. 2 §",
                // SoL 16 kap. 2 §: paternity or parenthood investigations, never; A7, C5 item 54
                "false; 12; SOL; FADERSKAP_FORALDRASKAP; 2027-03-01; FADERSKAP_FORALDRASKAP;        BEVARAS; P5Y; -;  -;                          SoL (2025:400) 16 kap. 2 §",
                // LSS 21 c–21 d §§: children's housing under LSS 9 § 8, never; A7 (LSS row)
                "false; 12; LSS; LSS_BOENDE_BARN;        2027-03-01; LSS_BOENDE_BARN;               BEVARAS; P5Y; -;  -;                          9 § 8",
                // SoL 16 kap. 2 a § (SFS 2025:1501): a child protection investigation not before the person turns 30;
                // A7, C5 item 54
                "false; 12; SOL; BARNAVARDSUTREDNING;    2026-01-15; BARNAVARDSUTREDNING;           GALLRAS; P5Y; 30; NASTA_KALENDERARETS_UTGANG; SoL (2025:400) 16 kap. 2 a §",
                // the transitional rule of SFS 2025:1501: a case closed before 2026-01-15 keeps the five-year rule; A7
                "false; 12; SOL; BARNAVARDSUTREDNING;    2026-01-14; BARNAVARDSUTREDNING_FORE_2026; GALLRAS; P5Y; -;  NASTA_KALENDERARETS_UTGANG; övergångsbestämmelserna till SFS 2025:1501",
                // SoL 16 kap. 2 a § second paragraph: a decision not to investigate, after five years; A7
                "false; 12; SOL; EJ_INLEDD_UTREDNING;    2027-03-01; EJ_INLEDD_UTREDNING;           GALLRAS; P5Y; -;  NASTA_KALENDERARETS_UTGANG; 16 kap. 2 a § andra stycket",
                // SoL 16 kap. 3 §: agreements on custody, residence or contact not before the child turns 18; A7, C5
                // item 54
                "false; 12; SOL; VARDNADSAVTAL;          2027-03-01; VARDNADSAVTAL;                 GALLRAS; P5Y; 18; NASTA_KALENDERARETS_UTGANG; SoL (2025:400) 16 kap. 3 §"
            })
    void eachRowWithItsSource(
            boolean gallringsstopp,
            int fodelsedag,
            String lag,
            String slag,
            String avslutad,
            String regel,
            String utfall,
            String tid,
            Integer tidigastVidAlder,
            String slutfrist,
            String kalla) {
        Map<String, Object> rad = enda(gallringsstopp, fodelsedag, lag, slag, avslutad);

        assertThat(rad)
                .containsEntry("regel", regel)
                .containsEntry("utfall", utfall)
                .containsEntry("tid", tid)
                .containsEntry("slutfrist", slutfrist);
        assertThat(rad.get("tidigastVidAlder") == null ? null : ((Number) rad.get("tidigastVidAlder")).intValue())
                .isEqualTo(tidigastVidAlder);
        assertThat((String) rad.get("kalla")).contains(kalla);
    }

    @Test
    void everyRowOfTheTableHasATestRowAbove() throws IOException {
        Matcher regler = Pattern.compile("<outputEntry id=\"Out_[A-Za-z]+_regel\"><text>\"([A-Z_0-9]+)\"</text>")
                .matcher(Files.readString(TABELL));
        Set<String> iTabellen = new TreeSet<>();
        while (regler.find()) {
            iTabellen.add(regler.group(1));
        }

        assertThat(iTabellen).containsExactlyInAnyOrderElementsOf(TESTADE);
    }

    /** SoL 16 kap. 4 §, SoF 13 kap. 1 §: the sample is the 5th, 15th and 25th exactly, for every kind of record. */
    @ParameterizedTest(name = "born on the {0}th: the research sample")
    @ValueSource(ints = {5, 15, 25})
    void theResearchDaysKeepEveryKindOfRecord(int dag) {
        for (String slag :
                List.of("ARENDE", "BARNAVARDSUTREDNING", "EJ_INLEDD_UTREDNING", "PLACERING_BARN", "VARDNADSAVTAL")) {
            assertThat(enda(false, dag, "SOL", slag, "2027-03-01"))
                    .as(slag)
                    .containsEntry("regel", "FORSKNING_SOL")
                    .containsEntry("utfall", "BEVARAS");
        }
        assertThat(enda(false, dag, "LSS", "LSS_BOENDE_BARN", "2027-03-01")).containsEntry("regel", "FORSKNING_LSS");
        // the destruction delivers what these rows keep to the e-archive, knowing them by their prefix (ADR 0024)
        assertThat((String) enda(false, dag, "SOL", "ARENDE", "2027-03-01").get("regel"))
                .startsWith(Aktbedomning.FORSKNING);
        assertThat((String) enda(false, dag, "LSS", "ARENDE", "2027-03-01").get("regel"))
                .startsWith(Aktbedomning.FORSKNING);
    }

    @ParameterizedTest(name = "born on the {0}th: not in the sample, gallrad after five years")
    @ValueSource(ints = {1, 4, 6, 14, 16, 24, 26, 31})
    void theDaysAroundTheResearchDaysAreNotInTheSample(int dag) {
        assertThat(enda(false, dag, "SOL", "ARENDE", "2027-03-01")).containsEntry("regel", "FEM_AR_SOL");
    }

    /** A hold outranks every other row: the research sample, a placement, an LSS file. */
    @ParameterizedTest(name = "a hold on a {1} file, born on the {0}th, of kind {2}")
    @CsvSource({"5, SOL, ARENDE", "12, LSS, ARENDE", "12, SOL, PLACERING_BARN", "12, SOL, BARNAVARDSUTREDNING"})
    void aHoldKeepsTheFileWhateverElseApplies(int dag, String lag, String slag) {
        assertThat(enda(true, dag, lag, slag, "2027-03-01")).containsEntry("regel", "GALLRINGSSTOPP");
    }

    @Test
    void aKindWithoutARowHasNoRuleSoNothingIsGallratByAGuess() {
        assertThat(evaluate(false, 12, "SOL", "OKANT", "2027-03-01")).isEmpty();
        assertThat(evaluate(false, 12, "VUXEN", "ARENDE", "2027-03-01")).isEmpty();
    }

    private static Map<String, Object> enda(
            boolean gallringsstopp, int fodelsedag, String lag, String slag, String avslutad) {
        DmnDecisionResult resultat = evaluate(gallringsstopp, fodelsedag, lag, slag, avslutad);
        assertThat(resultat)
                .as("exactly one row for %s %s %s %s %s", gallringsstopp, fodelsedag, lag, slag, avslutad)
                .hasSize(1);
        return resultat.getSingleResult().getEntryMap();
    }

    private static DmnDecisionResult evaluate(
            boolean gallringsstopp, int fodelsedag, String lag, String slag, String avslutad) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("gallringsstopp", gallringsstopp);
        indata.put("fodelsedag", fodelsedag);
        indata.put("lag", lag);
        indata.put("slag", slag);
        indata.put("avslutad", avslutad);
        return engine.getDecisionService()
                .evaluateDecisionByKey("gallring")
                .variables(indata)
                .evaluate();
    }
}
