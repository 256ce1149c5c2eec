package se.tillit.uppgift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utredningsprocessen;

/** The handläggare's task lists and task form, through the login page, with the unit boundary and masking. */
@TillitSpringTest
class UppgiftslistaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Test
    void aHandlaggareClaimsANewTaskOfTheUnitAndCompletesItThroughItsFormAfterOneInvalidTry() {
        String arendenummer =
                registrera("handlaggare.lss", "19450312-9845", "Ingrid", "Listsson", "LSS", "ANSOKAN", "LSS");
        String taskId = uppgiftFor(arendenummer, Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);

        // the last page: a task without a deadline comes last, and the shared test database holds many
        assertThat(leo.get("/uppgifter?vy=enhetens&uppgiftstyp=Task_BedomAktualisering&sida=999")
                        .body())
                .contains(
                        arendenummer,
                        "Ingrid Listsson",
                        "19450312-9845",
                        "Bedöm om aktualiseringen leder till utredning");
        assertThat(leo.postForm("/uppgifter/" + taskId + "/ta", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(leo.get("/uppgifter").body()).contains(arendenummer);
        assertThat(leo.get("/uppgifter?vy=enhetens").body()).doesNotContain(arendenummer);

        String formular = leo.get("/uppgifter/" + taskId).body();
        assertThat(formular).contains("Leder aktualiseringen till utredning?", "Ja, utredning inleds", "Motivering");

        HttpResponse<String> ogiltigt = leo.postForm("/uppgifter/" + taskId, Map.of("motivering", "kort"));
        assertThat(ogiltigt.statusCode()).isEqualTo(400);
        assertThat(ogiltigt.body())
                .contains("Fältet måste fyllas i.", "Skriv minst 10 tecken.", "Rätta felen nedan.")
                .contains(">kort</textarea>");
        assertThat(taskService.createTaskQuery().taskId(taskId).count())
                .as("nothing changed")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from handling where task_id = :t")
                        .param("t", taskId)
                        .query(Long.class)
                        .single())
                .as("no document of an invalid submit")
                .isZero();

        HttpResponse<String> giltigt = leo.postForm(
                "/uppgifter/" + taskId,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan om daglig verksamhet"));
        assertThat(giltigt.statusCode()).isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(jdbc.sql("select count(*) from uppgift where task_id = :t")
                        .param("t", taskId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(uppgiftFor(arendenummer, Utredningsprocessen.TASK_UTREDA))
                .as("the investigation's task is in the projection")
                .isNotNull();
        assertThat(leo.get("/uppgifter?vy=enhetens").body()).contains(arendenummer, "Utreda", "Lokalt mål");

        // the submitted form is a document of the case, as the user read it: labels, and the option's label
        String arendeId = jdbc.sql("select id from arende where arendenummer = :n")
                .param("n", arendenummer)
                .query(String.class)
                .single();
        String arendesida = leo.get("/arenden/" + arendeId).body();
        assertThat(arendesida)
                .contains(
                        "Handlingar",
                        "Bedöm om aktualiseringen leder till utredning",
                        "av handlaggare.lss",
                        "<dt>Leder aktualiseringen till utredning?</dt>",
                        "<dd>Ja, utredning inleds</dd>",
                        "<dt>Motivering</dt>",
                        "<dd>Ansökan om daglig verksamhet</dd>");
    }

    @Test
    void aTaskOfAnotherUnitDoesNotExistForMe() {
        String arendenummer =
                registrera("handlaggare.lss", "19600505-9859", "Olle", "Annanenhet", "LSS", "ANSOKAN", "LSS");
        String taskId = uppgiftFor(arendenummer, Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING);
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        HttpResponse<String> sida = hanna.get("/uppgifter/" + taskId);
        HttpResponse<String> ta = hanna.postForm("/uppgifter/" + taskId + "/ta", Map.of());

        assertThat(sida.statusCode()).isEqualTo(404);
        assertThat(sida.body())
                .doesNotContain("Olle")
                .doesNotContain(arendenummer)
                .doesNotContain("19600505");
        assertThat(ta.statusCode()).isEqualTo(404);
        assertThat(hanna.get("/uppgifter?vy=enhetens").body()).doesNotContain(arendenummer);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void aProtectedIdentityIsMaskedUnlessTheUserMaySeeIt() { // A7
        // Elsa Provsson, a demo person with skyddad folkbokföring
        String arendenummer =
                registrera(DemoKonton.HANDLAGGARE, "20110907-9846", null, null, "BARN_OCH_UNGA", "ANMALAN", "BOU");

        String maskerad = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .get("/uppgifter?vy=enhetens")
                .body();
        assertThat(maskerad)
                .contains(arendenummer, "Skyddad identitet", "********-****")
                .doesNotContain("Elsa")
                .doesNotContain("20110907");

        jdbc.sql("update anvandare set far_se_skyddade_uppgifter = true where anvandarnamn = :a")
                .param("a", DemoKonton.HANDLAGGARE)
                .update();
        try {
            String synlig = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                    .get("/uppgifter?vy=enhetens")
                    .body();
            assertThat(synlig).contains("Elsa Provsson", "20110907-9846");
        } finally {
            jdbc.sql("update anvandare set far_se_skyddade_uppgifter = false where anvandarnamn = :a")
                    .param("a", DemoKonton.HANDLAGGARE)
                    .update();
        }
    }

    @Test
    void aRevisorHasNoTasksAndCannotClaimOne() {
        String arendenummer = registrera(
                "handlaggare.lss", "19450312-9845", null, null, "SOL_FUNKTIONSNEDSATTNING", "ANSOKAN", "LSS");
        String taskId = uppgiftFor(arendenummer, Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING);
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);

        assertThat(revisor.get("/uppgifter?vy=enhetens").body()).contains("Inga uppgifter.");
        assertThat(revisor.postForm("/uppgifter/" + taskId + "/ta", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void theListIsFilteredAndSortedByDeadline() {
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        String forsenade = hanna.get("/uppgifter?vy=enhetens&filter=forsenade").body();
        String lss = hanna.get("/uppgifter?vy=enhetens&arendetyp=LSS").body();

        assertThat(forsenade).doesNotContain("Gör omedelbar skyddsbedömning"); // due tonight, not overdue
        assertThat(lss).contains("Inga uppgifter."); // BoU's handläggare has no LSS tasks
    }

    private String registrera(
            String anvandare,
            String personnummer,
            String fornamn,
            String efternamn,
            String arendetyp,
            String typ,
            String enhet) {
        String namn = fornamn == null ? "" : "\"fornamn\":\"" + fornamn + "\",\"efternamn\":\"" + efternamn + "\",";
        HttpResponse<String> svar = HttpSession.api(port, anvandare, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s",%s"arendetyp":"%s","typ":"%s","inkom":"%s","orsakskod":"TEST","enhet":"%s"}""".formatted(
                                personnummer,
                                namn,
                                arendetyp,
                                typ,
                                se.tillit.Testtid.idagFore(java.time.Duration.ofMinutes(1)),
                                enhet));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        return HttpSession.json(svar.body(), "arendenummer");
    }

    private String uppgiftFor(String arendenummer, String uppgiftstyp) {
        return jdbc.sql("select task_id from uppgift where arendenummer = :n and uppgiftstyp = :t")
                .param("n", arendenummer)
                .param("t", uppgiftstyp)
                .query(String.class)
                .single();
    }
}
