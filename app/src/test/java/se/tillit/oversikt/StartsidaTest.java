package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.uppgift.Uppgiftsoversikt;

/** The start page shows the user's own work: their tasks overdue and due soon, what the units have unassigned. */
@TillitSpringTest
class StartsidaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Uppgiftsoversikt uppgifter;

    @Test
    void aHandlaggareSeesTheirOverdueTaskAndTheirTaskDueSoonWithLinksToThemAndToTheLists() {
        Testperson forsenad = Testperson.medArende(port, jdbc, "handlaggare.lss", "LSS", "LSS");
        Testperson snart = Testperson.medArende(port, jdbc, "handlaggare.lss", "LSS", "LSS");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String forsenadUppgift = ta(leo, forsenad);
        String snartUppgift = ta(leo, snart);
        // long overdue, and due within the hour: each first of its kind whatever other tests left in Leo's lists
        frist(forsenadUppgift, "now() - interval '3650 days'");
        frist(snartUppgift, "now() + interval '1 hour'");
        long loggradFore = loggrader("handlaggare.lss");

        String start = leo.get("/").body();

        assertThat(start).contains("Ditt arbete", "Försenade", "Förfaller inom 7 dagar");
        String forsenadDel =
                start.substring(start.indexOf("id=\"start-forsenade\""), start.indexOf("id=\"start-inomSju\""));
        String snartDel = start.substring(start.indexOf("id=\"start-inomSju\""));
        assertThat(forsenadDel)
                .contains(
                        "/uppgifter/" + forsenadUppgift,
                        forsenad.arendenummer(),
                        "/arenden/" + forsenad.arendeId(),
                        forsenad.namn(),
                        forsenad.personnummer(),
                        "dagar försenad")
                .doesNotContain(snart.arendenummer());
        assertThat(snartDel)
                .contains("/uppgifter/" + snartUppgift, snart.arendenummer(), snart.namn())
                .doesNotContain(forsenad.arendenummer());
        assertThat(start)
                .contains(
                        "href=\"/uppgifter?filter=forsenade\"",
                        "href=\"/uppgifter?filter=inom7\"",
                        "href=\"/uppgifter?vy=enhetens\"");
        String enhetens = leo.get("/uppgifter?vy=enhetens").body();
        long otilldelade = enhetens.contains("Inga uppgifter.")
                ? 0
                : Long.parseLong(enhetens.replaceAll("(?s).*<caption>(\\d+) uppgifter.*", "$1"));
        assertThat(start).contains("Otilldelade uppgifter i dina enheter: " + otilldelade);
        assertThat(start).as("not a chef").doesNotContain("enheterna du är chef för");
        // issue 18 (ADR 22): each page is one row for the request, naming the persons it showed
        assertThat(loggrader("handlaggare.lss"))
                .as("the start page and the unit's list, one row each")
                .isEqualTo(loggradFore + 2);
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where anvandarnamn = 'handlaggare.lss' and beskrivning = 'Startsidan: mitt arbete'
                           and personer @> array[cast(:forsenad as uuid), cast(:snart as uuid)] and person_id is null""")
                        .param("forsenad", forsenad.personId())
                        .param("snart", snart.personId())
                        .query(Long.class)
                        .single())
                .as("the start page's row names both persons it showed")
                .isOne();
    }

    @Test
    void aProtectedIdentityIsMaskedOnTheStartPage() { // A7
        // Elsa Provsson, a demo person with skyddad folkbokföring
        HttpResponse<String> anmalan = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"20110907-9846","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN","inkom":"%s","orsakskod":"ORO_FOR_BARN","enhet":"BOU"}""".formatted(se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));
        assertThat(anmalan.statusCode()).as(anmalan.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(anmalan.body(), "arendenummer");
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);
        String taskId = jdbc.sql("select task_id from uppgift where arendenummer = :n limit 1")
                .param("n", arendenummer)
                .query(String.class)
                .single();
        assertThat(hanna.postForm("/uppgifter/" + taskId + "/ta", Map.of()).statusCode())
                .isEqualTo(302);
        frist(taskId, "now() - interval '3649 days'");

        String start = hanna.get("/").body();

        assertThat(start)
                .contains(arendenummer, "Skyddad identitet", "********-****")
                .doesNotContain("Elsa")
                .doesNotContain("20110907");
    }

    @Test
    void aChefSeesTheOverdueTasksOfTheirUnitsWithALinkToTheOverdueView() {
        long forsenade = uppgifter.forseningar("LSS", 14).perHandlaggare().values().stream()
                        .mapToLong(Long::longValue)
                        .sum()
                + uppgifter.forseningar("VUX", 14).perHandlaggare().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();

        String start = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                .get("/")
                .body();

        assertThat(start)
                .contains(
                        "Ditt arbete",
                        "href=\"/forsenat\"",
                        "Försenade uppgifter i enheterna du är chef för: " + forsenade);
    }

    @Test
    void aRevisorWithoutTasksSeesTheirUnitsAndRolesOnly() {
        String start = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/")
                .body();

        assertThat(start)
                .contains("Dina enheter och roller", "Socialnämnden", "Revisor")
                .doesNotContain("Ditt arbete");
    }

    private String ta(HttpSession session, Testperson person) {
        String taskId = jdbc.sql(
                        "select task_id from uppgift where arendenummer = :n and uppgiftstyp = 'Task_BedomAktualisering'")
                .param("n", person.arendenummer())
                .query(String.class)
                .single();
        assertThat(session.postForm("/uppgifter/" + taskId + "/ta", Map.of()).statusCode())
                .isEqualTo(302);
        return taskId;
    }

    private void frist(String taskId, String uttryck) {
        jdbc.sql("update uppgift set forfaller = " + uttryck + " where task_id = :t")
                .param("t", taskId)
                .update();
    }

    private long loggrader(String anvandare) {
        return jdbc.sql("select count(*) from atkomstlogg where anvandarnamn = :a")
                .param("a", anvandare)
                .query(Long.class)
                .single();
    }
}
