package se.tillit.verkstallighet;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.KorsEnhet.BOU;
import static se.tillit.KorsEnhet.HANDLAGGARE_LSS;
import static se.tillit.KorsEnhet.LSS;
import static se.tillit.KorsEnhet.avslojarInget;
import static se.tillit.KorsEnhet.falt;
import static se.tillit.KorsEnhet.skickat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.KorsEnhet;
import se.tillit.KorsEnhet.Arende;
import se.tillit.KorsEnhetTestbas;
import se.tillit.TillitSpringTest;

/**
 * Issue 16 (docs/security.md): the provider's attendance week ({@code /narvaro}) names decisions in its body
 * ({@code visad}, {@code narvarande}: "beslutId|dag"). A decision not ordered from the provider's unit (here LSS's
 * refused one, which no provider has) does not exist for its staff (404), as a made-up one does not; a handläggare of
 * another unit, who is no provider's staff, is refused (403). Nothing is written. The demo has one provider
 * (Solrosen), so "another provider's order" is a decision ordered from none. The API's attendance
 * ({@code /api/beslut/{id}/narvaro}) names its decision in the address only: the matrix holds it. The ej-verkställt
 * record's writes name a second object in the address, beside the decision: tried with another unit's record here.
 */
@TillitSpringTest
class KorsEnhetSkrivningTest extends KorsEnhetTestbas {

    @Test
    void attendanceForADecisionNotOrderedFromTheProviderIsAsIfItDidNotExist() {
        Arende lss = k.arende(LSS);
        String ejBestallt = k.beslut(lss, null);
        Map<String, String> fore = k.avtryck(lss);

        Map<String, String> form = vecka(ejBestallt);
        HttpResponse<String> svar = k.browser(DemoKonton.UTFORARE).postForm("/narvaro", form);
        HttpResponse<String> pahittat = k.browser(DemoKonton.UTFORARE)
                .postForm("/narvaro", vecka(UUID.randomUUID().toString()));

        assertThat(svar.statusCode()).isEqualTo(404).isEqualTo(pahittat.statusCode());
        avslojarInget(svar, lss, skickat(form));
        assertThat(k.avtryck(lss)).isEqualTo(fore);
    }

    @Test
    void anotherUnitsHandlaggareIsNoProvidersStaff() {
        Arende bou = k.arende(BOU);
        String bestallt = k.beslut(bou, "UTF-SOLROSEN");
        Map<String, String> fore = k.avtryck(bou);

        Map<String, String> form = vecka(bestallt);
        HttpResponse<String> svar = k.browser(HANDLAGGARE_LSS).postForm("/narvaro", form);

        assertThat(svar.statusCode()).isEqualTo(403);
        avslojarInget(svar, bou, skickat(form));
        assertThat(k.avtryck(bou)).isEqualTo(fore);
    }

    /**
     * The ej-verkställt record's writes name the record (and an offer) in the address beside the decision; the
     * authorization matrix gives them one object's ids only. Here LSS's own decision with BOU's record or offer: not
     * the decision's (404, as a made-up one), nothing written, on the API and the page alike.
     */
    @Test
    void anotherUnitsEjVerkstalltRecordOrOfferBesideTheOwnDecisionIsAsIfItDidNotExist() {
        Arende bou = k.arende(BOU);
        String bousPost = ejVerkstallt(k.beslut(bou, "UTF-SOLROSEN"));
        String bousErbjudande = jdbc.sql("""
                        insert into ej_verkstallt_erbjudande (ej_verkstallt_id, erbjudet, vad, skapad_av)
                        values (cast(:p as uuid), current_date, 'Korsenhetstestets erbjudande', :av) returning id::text""")
                .param("p", bousPost)
                .param("av", KorsEnhet.HANDLAGGARE_BOU)
                .query(String.class)
                .single();
        Arende lss = k.arende(LSS);
        String lssBeslut = k.beslut(lss, "UTF-SOLROSEN");
        String lssPost = ejVerkstallt(lssBeslut);
        Map<String, String> fore = k.avtryck(bou, lss);
        HttpSession leo = k.api(HANDLAGGARE_LSS);
        String bas = "/api/beslut/" + lssBeslut + "/ej-verkstallt/";
        String idag = LocalDate.now(se.tillit.drift.Svensktid.ZON).toString();

        Map<String, HttpResponse<String>> svar = new LinkedHashMap<>();
        svar.put("orsak", leo.put(bas + bousPost + "/orsak", "{\"orsak\":\"BRIST_PA_PLATS\"}"));
        svar.put(
                "erbjudande",
                leo.post(bas + bousPost + "/erbjudanden", "{\"erbjudet\":\"" + idag + "\",\"vad\":\"Korsenhet\"}"));
        svar.put(
                "svar",
                leo.post(
                        bas + lssPost + "/erbjudanden/" + bousErbjudande + "/svar",
                        "{\"svar\":\"AVBOJT\",\"datum\":\"" + idag + "\"}"));
        svar.put(
                "avslut",
                leo.post(bas + bousPost + "/avslut", "{\"datum\":\"" + idag + "\",\"orsak\":\"ATERKALLAT\"}"));
        svar.put(
                "sidans orsak",
                k.browser(HANDLAGGARE_LSS)
                        .postForm(
                                "/beslut/" + lssBeslut + "/ej-verkstallt/" + bousPost + "/orsak",
                                falt("orsak", "BRIST_PA_PLATS")));
        HttpResponse<String> pahittad =
                leo.post(bas + UUID.randomUUID() + "/avslut", "{\"datum\":\"" + idag + "\",\"orsak\":\"ATERKALLAT\"}");

        svar.forEach((vad, s) -> {
            assertThat(s.statusCode()).as(vad + ": " + s.body()).isEqualTo(404).isEqualTo(pahittad.statusCode());
            avslojarInget(s, bou, bousPost, bousErbjudande);
        });
        assertThat(k.avtryck(bou, lss)).isEqualTo(fore);
    }

    /** An open ej-verkställt record of the decision, as its process opens one three months after it (R22). */
    private String ejVerkstallt(String beslutId) {
        return jdbc.sql("""
                        insert into ej_verkstallt (beslut_id, grund, raknas_fran, oppnad)
                        values (cast(:b as uuid), 'BESLUT', current_date - 92, current_date) returning id::text""").param("b", beslutId).query(String.class).single();
    }

    private static Map<String, String> vecka(String beslutId) {
        String ruta = beslutId + "|" + LocalDate.now(se.tillit.drift.Svensktid.ZON);
        return falt(
                "vecka",
                LocalDate.now(se.tillit.drift.Svensktid.ZON).toString(),
                "enhet",
                "UTF-SOLROSEN",
                "visad",
                ruta,
                "narvarande",
                ruta);
    }
}
