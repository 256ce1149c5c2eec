package se.tillit.barn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which day the reporter's clock starts from, row by row with its source: SoL 2025:400 19 kap. 6 § (from 2026-01-15,
 * SFS 2025:1501), law-and-peers.md A3 ("on request, 'senast en vecka' after the decision to open or not open. At once
 * if the request comes later or an investigation is running") and C1 item 3. The length (P7D, or P0D at once) is the
 * table barnfrister's (BarnfristerDmnTest); the process waits while the start is empty (AnmalarinformationProcessTest).
 */
class InformationsfristTest {

    @ParameterizedTest(name = "asked {0}, decided {1}, investigation running {2}: from {3}, at once {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // C1 item 3: asked before the decision, registered after it: the week runs from the decision, the later
                // day
                "2026-03-02, 2026-03-05, false, 2026-03-05, false",
                // C1 item 3: asked the day of the decision
                "2026-03-05, 2026-03-05, false, 2026-03-05, false",
                // C1 item 3: asked within the week after the decision: still due a week after the decision
                "2026-03-09, 2026-03-05, false, 2026-03-05, false",
                "2026-03-12, 2026-03-05, false, 2026-03-05, false",
                // 19 kap. 6 §: asked later than that week: at once, from the request
                "2026-03-13, 2026-03-05, false, 2026-03-13, true",
                // C1 item 3: asked before the decision, registered before it: no start until the decision is taken
                "2026-03-02, -,          false, -,          false",
                // 19 kap. 6 §, 20 kap. 2 §: an investigation already running (no decision to open is needed): at once
                "2026-03-02, -,          true,  2026-03-02, true",
                // a decision taken: the decision's rules, whatever else runs
                "2026-03-06, 2026-03-05, true,  2026-03-05, false"
            })
    void theClockStartsWhereTheLawSays(
            LocalDate begaran, LocalDate beslutad, boolean utredningPagar, LocalDate start, boolean genast) {
        Informationsfrist frist = Informationsfrist.berakna(begaran, beslutad, utredningPagar);

        assertThat(frist.start()).isEqualTo(start);
        assertThat(frist.genast()).isEqualTo(genast);
    }
}
