package se.tillit.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.KorsEnhet.BOU;
import static se.tillit.KorsEnhet.HANDLAGGARE_LSS;
import static se.tillit.KorsEnhet.LSS;
import static se.tillit.KorsEnhet.avslojarInget;
import static se.tillit.KorsEnhet.skickat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tillit.HttpSession;
import se.tillit.KorsEnhet.Arende;
import se.tillit.KorsEnhetTestbas;
import se.tillit.TillitSpringTest;

/**
 * Issue 16 (docs/security.md, "One unit's cases stay in that unit"): a registration whose body names another unit's
 * person or unit, as handlaggare.lss against a person whose only case is BOU's. Naming the unit BOU is refused (403)
 * and writes nothing. Naming the person is not refused, and must not be: the person register is shared, and anyone
 * may come to the LSS unit's notice, whatever other unit knows them (a refusal would itself tell LSS that BOU has a
 * case). What holds is that such a registration opens LSS's own case and touches nothing of BOU's: no aktualisering
 * joins BOU's case, the person's names in the register stay as they are (the body's are ignored for a known person),
 * and neither the answer nor the pages LSS then reads show BOU's case. A BOU case type in the LSS unit is refused by
 * {@link EnhetensArendenTest}.
 */
@TillitSpringTest
class KorsEnhetSkrivningTest extends KorsEnhetTestbas {

    @Test
    void anAktualiseringNamingAnotherUnitIsRefusedAndWritesNothing_apiAndPage() {
        Arende bou = k.arende(BOU);
        Map<String, String> fore = k.avtryck(bou);

        String json = aktualisering(bou.personnummer(), "Annan", "Namnsson", "LSS", BOU);
        HttpResponse<String> api = k.api(HANDLAGGARE_LSS).post("/api/aktualiseringar", json);
        Map<String, String> form = formular(bou.personnummer(), "LSS", BOU);
        HttpResponse<String> sida = k.browser(HANDLAGGARE_LSS).postForm("/aktualiseringar/ny", form);

        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(sida.statusCode()).isEqualTo(403);
        avslojarInget(api, bou, json);
        avslojarInget(sida, bou, skickat(form));
        assertThat(k.avtryck(bou)).isEqualTo(fore);
    }

    @Test
    void anotherUnitsPersonRegisteredInTheOwnUnit_getsTheOwnUnitsCaseAndNothingOfTheOtherUnitsIsTouchedOrShown() {
        Arende bou = k.arende(BOU);
        Map<String, String> fore = k.avtryck(bou);

        String json = aktualisering(bou.personnummer(), "Annan", "Namnsson", "LSS", LSS);
        HttpResponse<String> svar = k.api(HANDLAGGARE_LSS).post("/api/aktualiseringar", json);

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        avslojarInget(svar, bou, json);
        String lssArende = HttpSession.json(svar.body(), "arendeId");
        k.foljUpp(HttpSession.json(svar.body(), "arendenummer"));
        assertThat(jdbc.sql("select enhet_kod from arende where id = cast(:a as uuid)")
                        .param("a", lssArende)
                        .query(String.class)
                        .single())
                .isEqualTo(LSS);
        assertThat(svar.body()).contains("\"tidigareArendeId\":null");
        assertThat(k.avtryck(bou))
                .as("BOU's case, its aktualiseringar and the person's register row are as they were")
                .containsAllEntriesOf(utanAntal(fore));
        assertThat(jdbc.sql("select fornamn || ' ' || efternamn from person where id = cast(:p as uuid)")
                        .param("p", bou.personId())
                        .query(String.class)
                        .single())
                .isEqualTo(bou.fornamn() + " " + bou.efternamn());

        // what LSS reads of its new case, and of the person, shows LSS's case only
        HttpSession leo = k.browser(HANDLAGGARE_LSS);
        avslojarInget(
                k.api(HANDLAGGARE_LSS).get("/api/arenden/" + lssArende),
                bou,
                bou.personnummer(),
                bou.personId(),
                bou.efternamn());
        avslojarInget(leo.get("/arenden/" + lssArende), bou, bou.personnummer(), bou.personId(), bou.efternamn());
        avslojarInget(leo.get("/personer/" + bou.personId()), bou, bou.personnummer(), bou.personId(), bou.efternamn());
    }

    @Test
    void theRegistrationPageLikewise_theOwnUnitsCaseNothingOfTheOtherUnits() {
        Arende bou = k.arende(BOU);
        Map<String, String> fore = k.avtryck(bou);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);

        Map<String, String> form = formular(bou.personnummer(), "LSS", LSS);
        HttpResponse<String> svar = leo.postForm("/aktualiseringar/ny", form);

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(302);
        k.foljUpp(jdbc.sql("select arendenummer from arende where person_id = cast(:p as uuid) and enhet_kod = 'LSS'")
                .param("p", bou.personId())
                .query(String.class)
                .single());
        avslojarInget(svar, bou, skickat(form));
        avslojarInget(leo.get("/aktualiseringar/ny"), bou, bou.personnummer(), bou.personId(), bou.efternamn());
        assertThat(k.avtryck(bou)).containsAllEntriesOf(utanAntal(fore));
        assertThat(jdbc.sql("""
                        select string_agg(enhet_kod, ',' order by enhet_kod) from arende
                         where person_id = cast(:p as uuid) and status = 'OPPET'""").param("p", bou.personId()).query(String.class).single())
                .isEqualTo("BOU,LSS");
    }

    /** The checksums of the cases' rows, without the row counts (the registration that is allowed adds its own rows). */
    private static Map<String, String> utanAntal(Map<String, String> avtryck) {
        Map<String, String> rader = new java.util.TreeMap<>(avtryck);
        rader.keySet().removeIf(nyckel -> nyckel.endsWith("(antal)"));
        return rader;
    }

    private static String aktualisering(
            String personnummer, String fornamn, String efternamn, String arendetyp, String enhet) {
        return """
                {"personnummer":"%s","fornamn":"%s","efternamn":"%s","arendetyp":"%s","typ":"ANMALAN","inkom":"%s",
                 "orsakskod":"ORO","beskrivning":"Korsenhetstestet","enhet":"%s"}""".formatted(
                        personnummer,
                        fornamn,
                        efternamn,
                        arendetyp,
                        se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1)),
                        enhet);
    }

    private static Map<String, String> formular(String personnummer, String arendetyp, String enhet) {
        return Aktualiseringsformular.anmalan(personnummer, "Annan", "Namnsson", arendetyp, enhet, "Korsenhetstestet");
    }
}
