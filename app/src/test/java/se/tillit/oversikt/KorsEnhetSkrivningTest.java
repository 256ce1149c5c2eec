package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.KorsEnhet.BOU;
import static se.tillit.KorsEnhet.CHEF_BOU;
import static se.tillit.KorsEnhet.CHEF_LSS;
import static se.tillit.KorsEnhet.HANDLAGGARE_BOU;
import static se.tillit.KorsEnhet.HANDLAGGARE_LSS;
import static se.tillit.KorsEnhet.LSS;
import static se.tillit.KorsEnhet.avslojarInget;
import static se.tillit.KorsEnhet.falt;
import static se.tillit.KorsEnhet.skickat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.HttpSession;
import se.tillit.KorsEnhet.Arende;
import se.tillit.KorsEnhetTestbas;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Utredningsprocessen;

/**
 * Issue 16 (docs/security.md): the oversikt module's pages whose form names another unit's object. The chef's
 * reassignment ({@code /forsenat/fordela}) names a unit, tasks and a handläggare: another unit's task, among the own
 * unit's or alone, does not exist (404) and nothing is reassigned, the own unit's task neither; another unit is not the
 * chef's (404); a BOU task is not given to LSS's handläggare (403). The decision page ({@code /arenden/{id}/beslut/nytt})
 * names a provider, the appeal whose judgment called for the decision ({@code enligtDom}) and its own form id: BOU as
 * provider is refused (400); BOU's appeal does not exist for LSS's case (404) and no decision is made; BOU's form id
 * makes nothing in either unit and shows nothing of BOU's case.
 */
@TillitSpringTest
class KorsEnhetSkrivningTest extends KorsEnhetTestbas {

    private static final Pattern FORMULAR_ID = Pattern.compile("name=\"formularId\" value=\"([^\"]+)\"");

    @Autowired
    TaskService taskService;

    // --- /forsenat/fordela

    @Test
    void anotherUnitsTaskAloneOrAmongTheOwnIsNotReassigned_andTheOwnUnitsNeither() {
        Arende bou = k.arende(BOU);
        Arende lss = k.arende(LSS);
        String bousUppgift = k.uppgift(bou, Utredningsprocessen.TASK_UTREDA);
        String lssUppgift = k.uppgift(lss, Utredningsprocessen.TASK_UTREDA);
        Map<String, String> fore = k.avtryck(bou, lss);
        HttpSession carl = k.browser(CHEF_LSS);

        HttpResponse<String> ensam = fordela(carl, LSS, HANDLAGGARE_LSS, bousUppgift);
        HttpResponse<String> blandad = fordela(carl, LSS, HANDLAGGARE_LSS, lssUppgift, bousUppgift);
        HttpResponse<String> pahittad = fordela(carl, LSS, HANDLAGGARE_LSS, "999999999");

        assertThat(ensam.statusCode()).isEqualTo(404).isEqualTo(pahittad.statusCode());
        assertThat(blandad.statusCode()).isEqualTo(404);
        avslojarInget(ensam, bou, bousUppgift);
        avslojarInget(blandad, bou, bousUppgift, lssUppgift);
        assertThat(k.avtryck(bou, lss)).isEqualTo(fore);
    }

    @Test
    void anotherUnitIsNotTheChefsToReassignIn_norAreItsTasksGivenToAnotherUnitsHandlaggare() {
        Arende bou = k.arende(BOU);
        String bousUppgift = k.uppgift(bou, Utredningsprocessen.TASK_UTREDA);
        Map<String, String> fore = k.avtryck(bou);

        HttpResponse<String> annanEnhet = fordela(k.browser(CHEF_LSS), BOU, HANDLAGGARE_LSS, bousUppgift);
        HttpResponse<String> annanHandlaggare = fordela(k.browser(CHEF_BOU), BOU, HANDLAGGARE_LSS, bousUppgift);

        assertThat(annanEnhet.statusCode()).isEqualTo(404);
        assertThat(annanHandlaggare.statusCode()).isEqualTo(403);
        avslojarInget(annanEnhet, bou, bousUppgift);
        assertThat(k.avtryck(bou)).isEqualTo(fore);
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(bousUppgift)
                        .singleResult()
                        .getAssignee())
                .isNotEqualTo(HANDLAGGARE_LSS);
    }

    // --- /arenden/{id}/beslut/nytt

    @Test
    void theDecisionPageWithAnotherUnitAsProviderIsRefusedAndDecidesNothing() {
        Arende bou = k.arende(BOU);
        Arende lss = k.arende(LSS);
        k.utredningKlar(lss);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);
        Map<String, String> form = beslutsformular(leo, lss, BOU);
        Map<String, String> fore = k.avtryck(bou, lss);

        HttpResponse<String> svar = leo.postForm("/arenden/" + lss.id() + "/beslut/nytt", form);

        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(svar.body()).contains("Ett bifall beställs av en utförare");
        avslojarInget(svar, bou, skickat(form));
        assertThat(k.avtryck(bou, lss)).isEqualTo(fore);
    }

    @Test
    void aDecisionAccordingToAnotherUnitsJudgmentIsRefusedBeforeAnythingIsDecided() {
        Arende bou = k.arende(BOU);
        String bousOverklagande = k.overklagande(bou, k.beslut(bou, "UTF-SOLROSEN"), "BIFALLET");
        Arende lss = k.arende(LSS);
        k.utredningKlar(lss);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);
        Map<String, String> form = beslutsformular(leo, lss, "UTF-SOLROSEN");
        form.put("enligtDom", bousOverklagande);
        Map<String, String> fore = k.avtryck(bou, lss);

        HttpResponse<String> svar = leo.postForm("/arenden/" + lss.id() + "/beslut/nytt", form);

        assertThat(svar.statusCode())
                .as("BOU's appeal does not exist for LSS's case")
                .isEqualTo(404);
        avslojarInget(svar, bou, skickat(form));
        assertThat(k.avtryck(bou, lss))
                .as("no decision in LSS's case, nothing in BOU's")
                .isEqualTo(fore);
    }

    @Test
    void anotherUnitsFormIdDecidesNothingInEitherUnitAndShowsNothingOfTheOther() {
        Arende bou = k.arende(BOU);
        k.utredningKlar(bou);
        HttpSession hanna = k.browser(HANDLAGGARE_BOU);
        Map<String, String> bousFormular = beslutsformular(hanna, bou, "UTF-SOLROSEN");
        assertThat(hanna.postForm("/arenden/" + bou.id() + "/beslut/nytt", bousFormular)
                        .statusCode())
                .isEqualTo(302);
        Arende lss = k.arende(LSS);
        k.utredningKlar(lss);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);
        Map<String, String> form = beslutsformular(leo, lss, "UTF-SOLROSEN");
        form.put("formularId", bousFormular.get("formularId"));
        Map<String, String> fore = k.avtryck(bou, lss);

        HttpResponse<String> svar = leo.postForm("/arenden/" + lss.id() + "/beslut/nytt", form);

        // the form id is the page's own random value, in no other user's page: one used in another case is answered
        // as a form sent twice, deciding nothing (docs/security.md)
        assertThat(svar.statusCode()).isIn(302, 400, 403, 404);
        avslojarInget(svar, bou, skickat(form));
        avslojarInget(leo.get("/arenden/" + lss.id()), bou);
        assertThat(k.avtryck(bou, lss)).isEqualTo(fore);
    }

    /** The decision page's form as the user gets it, one granted insats ordered from the provider given. */
    private static Map<String, String> beslutsformular(HttpSession session, Arende arende, String utforare) {
        String sida = session.get("/arenden/" + arende.id() + "/beslut/nytt").body();
        Matcher id = FORMULAR_ID.matcher(sida);
        assertThat(id.find()).as("the page's form id").isTrue();
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        boolean bou = arende.enhet().equals(BOU);
        Map<String, String> form = new LinkedHashMap<>(falt(
                "formularId",
                id.group(1),
                "beslutsdatum",
                idag.toString(),
                "atgard",
                "fatta",
                "beslut[0].insatstyp",
                bou ? "SOL_KONTAKTPERSON" : "LSS_KORTTIDSVISTELSE",
                "beslut[0].utfall",
                "BIFALL",
                "beslut[0].lagrum",
                "0",
                "beslut[0].giltigFrom",
                idag.toString(),
                "beslut[0].omfattning",
                "Korsenhetstestet",
                "beslut[0].motivering",
                "Behovet är styrkt.",
                "beslut[0].utforare",
                utforare,
                "beslut[0].utforartyp",
                "EGEN_REGI",
                "beslut[0].onskadStart",
                idag.toString()));
        if (!bou) {
            form.put("beslut[0].individuellPlan", "MUNTLIGT"); // R21: an LSS grant records the information (issue 17)
        }
        return form;
    }

    /** The reassignment form, with its tasks as the repeated field {@code uppgift}. */
    private static HttpResponse<String> fordela(HttpSession chef, String enhet, String till, String... uppgifter) {
        String token = HttpSession.csrfToken(chef.get("/").body()).orElseThrow();
        StringBuilder form =
                new StringBuilder("_csrf=" + kodat(token) + "&enhet=" + kodat(enhet) + "&till=" + kodat(till));
        for (String uppgift : List.of(uppgifter)) {
            form.append("&uppgift=").append(kodat(uppgift));
        }
        return chef.post("/forsenat/fordela", "application/x-www-form-urlencoded", form.toString());
    }

    private static String kodat(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
