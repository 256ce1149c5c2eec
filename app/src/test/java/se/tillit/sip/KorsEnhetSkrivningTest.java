package se.tillit.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.KorsEnhet.BOU;
import static se.tillit.KorsEnhet.HANDLAGGARE_LSS;
import static se.tillit.KorsEnhet.LSS;
import static se.tillit.KorsEnhet.avslojarInget;
import static se.tillit.KorsEnhet.falt;
import static se.tillit.KorsEnhet.skickat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.tillit.HttpSession;
import se.tillit.KorsEnhet.Arende;
import se.tillit.KorsEnhetTestbas;
import se.tillit.TillitSpringTest;

/**
 * Issue 16 (docs/security.md): the SIP requests whose body names another unit's case, unit or person, as
 * handlaggare.lss against a person whose only case is BOU's. Another unit's case ({@code /sip/ny?arende=}) does not
 * exist for LSS (404), as a made-up one does not; another unit (the API's {@code enhet}) is refused (403); nothing is
 * written. The person is not refused, as in a registration (arende.KorsEnhetSkrivningTest): LSS may ask for a SIP in
 * its own unit for anyone, and the SIP is LSS's, linked to no case of BOU's, showing nothing of it.
 */
@TillitSpringTest
class KorsEnhetSkrivningTest extends KorsEnhetTestbas {

    @Test
    void aSipFormForAnotherUnitsCaseIsAsIfTheCaseDidNotExist() {
        Arende bou = k.arende(BOU);
        Map<String, String> fore = k.avtryck(bou);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);

        Map<String, String> form =
                falt("arende", bou.id(), "regionEnhet", "Vårdcentralen Kors", "onskan", "EJ_TILLFRAGAD");
        HttpResponse<String> svar = leo.postForm("/sip/ny", form);
        Map<String, String> pahittat = falt(
                "arende", UUID.randomUUID().toString(), "regionEnhet", "Vårdcentralen Kors", "onskan", "EJ_TILLFRAGAD");

        assertThat(svar.statusCode())
                .isEqualTo(404)
                .isEqualTo(leo.postForm("/sip/ny", pahittat).statusCode());
        avslojarInget(svar, bou, skickat(form));
        assertThat(k.avtryck(bou)).isEqualTo(fore);
    }

    @Test
    void aSipInAnotherUnitIsRefusedAndWritesNothing() {
        Arende bou = k.arende(BOU);
        Map<String, String> fore = k.avtryck(bou);

        String json = nySip(bou.personnummer(), BOU);
        HttpResponse<String> svar = k.api(HANDLAGGARE_LSS).post("/api/sip", json);

        assertThat(svar.statusCode()).isEqualTo(403);
        avslojarInget(svar, bou, json);
        assertThat(k.avtryck(bou)).isEqualTo(fore);
    }

    @Test
    void aSipInTheOwnUnitForAnotherUnitsPerson_isTheOwnUnitsLinkedToNoCaseOfTheOther() {
        Arende bou = k.arende(BOU);
        Map<String, String> fore = k.avtryck(bou);

        String json = nySip(bou.personnummer(), LSS);
        HttpResponse<String> svar = k.api(HANDLAGGARE_LSS).post("/api/sip", json);

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        assertThat(svar.body()).contains("\"enhet\":\"LSS\"", "\"arendeId\":null");
        String sip = HttpSession.json(svar.body(), "id");
        k.foljUpp("SIP-" + sip);
        avslojarInget(svar, bou, json, bou.personId());
        assertThat(jdbc.sql("select count(*) from sip where arende_id = cast(:a as uuid)")
                        .param("a", bou.id())
                        .query(Long.class)
                        .single())
                .isZero();
        Map<String, String> efter = k.avtryck(bou);
        efter.keySet().removeIf(nyckel -> nyckel.endsWith("(antal)") || nyckel.startsWith("sip "));
        assertThat(fore).containsAllEntriesOf(efter);

        // what LSS reads of its SIP
        String[] lssSer = {bou.personnummer(), bou.personId(), bou.efternamn()};
        avslojarInget(k.api(HANDLAGGARE_LSS).get("/api/sip/" + sip), bou, lssSer);
        avslojarInget(k.browser(HANDLAGGARE_LSS).get("/sip/" + sip), bou, lssSer);
    }

    private static String nySip(String personnummer, String enhet) {
        return """
                {"personnummer":"%s","fornamn":"Annan","efternamn":"Namnsson","enhet":"%s","regionEnhet":"Vårdcentralen Kors"}""".formatted(personnummer, enhet);
    }
}
