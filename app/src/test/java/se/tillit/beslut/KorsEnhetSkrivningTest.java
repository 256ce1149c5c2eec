package se.tillit.beslut;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.KorsEnhet.BOU;
import static se.tillit.KorsEnhet.HANDLAGGARE_LSS;
import static se.tillit.KorsEnhet.LSS;
import static se.tillit.KorsEnhet.avslojarInget;
import static se.tillit.KorsEnhet.falt;
import static se.tillit.KorsEnhet.skickat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.tillit.HttpSession;
import se.tillit.KorsEnhet.Arende;
import se.tillit.KorsEnhetTestbas;
import se.tillit.TillitSpringTest;

/**
 * Issue 16 (docs/security.md): the decision writes whose body names another unit's object, as handlaggare.lss in an
 * LSS case of its own, against unit BOU: a decision's provider ({@code utforare}) that is BOU, not a provider, is
 * refused (400, the same text for any unit that is not a provider); a new decision according to a judgment
 * ({@code nyttBeslut}) that names BOU's decision is refused with the text a made-up decision gets. Nothing is written,
 * in LSS's case or BOU's. (The decision page's own fields, {@code utforare}, {@code enligtDom} and {@code formularId},
 * are the oversikt module's page: oversikt.KorsEnhetSkrivningTest.)
 */
@TillitSpringTest
class KorsEnhetSkrivningTest extends KorsEnhetTestbas {

    @Test
    void aDecisionOrderedFromAnotherUnitThatIsNoProviderIsRefusedAndWritesNothing() {
        Arende bou = k.arende(BOU);
        Arende lss = k.arende(LSS);
        Map<String, String> fore = k.avtryck(bou, lss);

        String json = beslut(BOU);
        HttpResponse<String> svar = k.api(HANDLAGGARE_LSS).post("/api/arenden/" + lss.id() + "/beslut", json);
        HttpResponse<String> okand =
                k.api(HANDLAGGARE_LSS).post("/api/arenden/" + lss.id() + "/beslut", beslut("UTF-FINNS-INTE"));

        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(svar.body()).contains("utforare").isEqualTo(okand.body());
        avslojarInget(svar, bou, json);
        assertThat(k.avtryck(bou, lss)).isEqualTo(fore);
    }

    @Test
    void aNewDecisionAccordingToAJudgmentThatNamesAnotherUnitsDecisionIsRefusedAsAMadeUpOne() {
        Arende bou = k.arende(BOU);
        String bousBeslut = k.beslut(bou, "UTF-SOLROSEN");
        Arende lss = k.arende(LSS);
        String lssBeslut = k.beslut(lss, null);
        String overklagande = k.overklagande(lss, lssBeslut, "BIFALLET");
        k.beslut(lss, "UTF-SOLROSEN"); // LSS's own new decision, which the form offers
        Map<String, String> fore = k.avtryck(bou, lss);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);

        Map<String, String> form = falt("nyttBeslut", bousBeslut);
        HttpResponse<String> svar = leo.postForm("/overklaganden/" + overklagande + "/nytt-beslut", form);
        HttpResponse<String> pahittat = leo.postForm(
                "/overklaganden/" + overklagande + "/nytt-beslut",
                falt("nyttBeslut", UUID.randomUUID().toString()));

        assertThat(svar.statusCode()).isEqualTo(400).isEqualTo(pahittat.statusCode());
        assertThat(felet(svar.body())).isEqualTo(felet(pahittat.body())).isNotEmpty();
        avslojarInget(svar, bou, skickat(form));
        assertThat(k.avtryck(bou, lss)).isEqualTo(fore);
        assertThat(jdbc.sql("select nytt_beslut_id is null from overklagande where id = cast(:o as uuid)")
                        .param("o", overklagande)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    /** The page's error text at the new-decision field. */
    private static String felet(String sida) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"fel-nyttBeslut-[^\"]+\"[^>]*>([^<]*)<")
                .matcher(sida);
        return m.find() ? m.group(1).strip() : "";
    }

    private static String beslut(String utforare) {
        return """
                {"insatstyp":"LSS_KORTTIDSVISTELSE","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 6"},
                 "omfattning":"Korsenhetstestet","niva":2,"giltigFrom":"%1$s","motivering":"Behovet är styrkt",
                 "overklagandehanvisning":true,"delegationspunkt":"KORS-1","beslutsdatum":"%1$s",
                 "utforare":"%2$s","utforartyp":"EGEN_REGI","onskadStart":"%1$s","individuellPlan":"MUNTLIGT"}""".formatted(LocalDate.now(se.tillit.drift.Svensktid.ZON), utforare);
    }
}
