package se.tillit.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.KorsEnhet.BOU;
import static se.tillit.KorsEnhet.HANDLAGGARE_BOU;
import static se.tillit.KorsEnhet.HANDLAGGARE_LSS;
import static se.tillit.KorsEnhet.LSS;
import static se.tillit.KorsEnhet.avslojarInget;
import static se.tillit.KorsEnhet.falt;
import static se.tillit.KorsEnhet.skickat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.tillit.HttpSession;
import se.tillit.KorsEnhet.Arende;
import se.tillit.KorsEnhetTestbas;
import se.tillit.TillitSpringTest;

/**
 * Issue 16 (docs/security.md): the journal's writes that name another unit's note, as handlaggare.lss in an LSS case
 * of its own against a note of BOU's. A correction names the corrected note in its address beside the own case: BOU's
 * note is not one of the case's (404), as a made-up one is not, and nothing is written. A note's form carries its
 * token (the idempotency key that names the note it wrote): BOU's token in LSS's form writes nothing in either case
 * and the answer shows nothing of BOU's (the token is a random value in BOU's page only; a used one is answered as a
 * form sent twice).
 */
@TillitSpringTest
class KorsEnhetSkrivningTest extends KorsEnhetTestbas {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

    @Test
    void aCorrectionOfAnotherUnitsNoteInTheOwnCaseIsAsIfTheNoteDidNotExist() {
        Arende bou = k.arende(BOU);
        String bousAnteckning = anteckning(k.browser(HANDLAGGARE_BOU), bou);
        Arende lss = k.arende(LSS);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);
        Map<String, String> fore = k.avtryck(bou, lss);

        Map<String, String> form = formular(token(leo, lss));
        HttpResponse<String> svar =
                leo.postForm("/arenden/" + lss.id() + "/journal/" + bousAnteckning + "/rattelse", form);
        HttpResponse<String> pahittad = leo.postForm(
                "/arenden/" + lss.id() + "/journal/" + UUID.randomUUID() + "/rattelse", formular(token(leo, lss)));

        assertThat(svar.statusCode()).isEqualTo(404).isEqualTo(pahittad.statusCode());
        avslojarInget(svar, bou, skickat(form));
        assertThat(k.avtryck(bou, lss)).isEqualTo(fore);
    }

    @Test
    void anotherUnitsNoteTokenInTheOwnCaseWritesNothingInEitherAndShowsNothingOfTheOther() {
        Arende bou = k.arende(BOU);
        HttpSession hanna = k.browser(HANDLAGGARE_BOU);
        String bousToken = token(hanna, bou);
        anteckning(hanna, bou, bousToken);
        Arende lss = k.arende(LSS);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);
        Map<String, String> fore = k.avtryck(bou, lss);

        Map<String, String> form = formular(bousToken);
        HttpResponse<String> svar = leo.postForm("/arenden/" + lss.id() + "/journal", form);

        assertThat(svar.statusCode()).isIn(302, 400, 403, 404);
        avslojarInget(svar, bou, skickat(form));
        avslojarInget(leo.get("/arenden/" + lss.id() + "/journal"), bou);
        assertThat(k.avtryck(bou, lss)).isEqualTo(fore);
    }

    /** A signed note in the case, written on the journal page by the unit's handläggare; its id. */
    private String anteckning(HttpSession handlaggare, Arende arende) {
        return anteckning(handlaggare, arende, token(handlaggare, arende));
    }

    private String anteckning(HttpSession handlaggare, Arende arende, String token) {
        HttpResponse<String> svar = handlaggare.postForm("/arenden/" + arende.id() + "/journal", formular(token));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(302);
        return jdbc.sql("select id::text from journalanteckning where idempotensnyckel = cast(:t as uuid)")
                .param("t", token)
                .query(String.class)
                .single();
    }

    private static String token(HttpSession session, Arende arende) {
        Matcher m = TOKEN.matcher(
                session.get("/arenden/" + arende.id() + "/journal").body());
        assertThat(m.find()).as("the journal form's token").isTrue();
        return m.group(1);
    }

    private static Map<String, String> formular(String token) {
        return falt(
                "handelsedatum",
                LocalDate.now(se.tillit.drift.Svensktid.ZON).toString(),
                "slag",
                "SAMTAL",
                "text",
                "Korsenhetstestets anteckning.",
                "token",
                token);
    }
}
