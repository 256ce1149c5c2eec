package se.tillit.kostnad;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.KorsEnhet.BOU;
import static se.tillit.KorsEnhet.CHEF_LSS;
import static se.tillit.KorsEnhet.HANDLAGGARE_LSS;
import static se.tillit.KorsEnhet.avslojarInget;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tillit.KorsEnhet.Arende;
import se.tillit.KorsEnhetTestbas;
import se.tillit.TillitSpringTest;

/**
 * Issue 16 (docs/security.md): the import of performed time ({@code /api/kostnader/utford-tid}, and its page) names
 * persons by personnummer in its file. It is the administrator's and the integration account's, who are in no case's
 * unit; a unit's handläggare or chef (who reads the unit's costs) sending a file that names another unit's person is
 * refused (403) before the file is read, nothing is written and the answer shows nothing of the person's case.
 */
@TillitSpringTest
class KorsEnhetSkrivningTest extends KorsEnhetTestbas {

    @Test
    void performedTimeForAnotherUnitsPersonFromAUnitsUserIsRefusedAndWritesNothing() {
        Arende bou = k.arende(BOU);
        k.beslut(bou, "UTF-SOLROSEN");
        Map<String, String> fore = k.avtryck(bou);
        String fil = "personnummer;insats;manad;timmar\n%s;SOL_KONTAKTPERSON;%s;10\n"
                .formatted(bou.personnummer(), YearMonth.now(se.tillit.drift.Svensktid.ZON));

        for (String anvandare : new String[] {HANDLAGGARE_LSS, CHEF_LSS}) {
            HttpResponse<String> api = k.api(anvandare).post("/api/kostnader/utford-tid", "text/csv", fil);
            HttpResponse<String> sida = k.browser(anvandare)
                    .postFil("/kostnader/utford-tid", "tid.csv", fil.getBytes(StandardCharsets.UTF_8));

            assertThat(api.statusCode()).as(anvandare).isEqualTo(403);
            assertThat(sida.statusCode()).as(anvandare).isEqualTo(403);
            avslojarInget(api, bou, fil);
            avslojarInget(sida, bou, fil);
        }
        assertThat(k.avtryck(bou)).isEqualTo(fore);
    }
}
