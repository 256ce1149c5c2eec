package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/** The chef's overdue view, its lists and reassignment within the unit (logged). */
@TillitSpringTest
class ForsenatTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    se.tillit.uppgift.Uppgiftsoversikt oversikt;

    @Test
    void theChefSeesAnOverdueTaskFollowsTheCountToItAndReassignsIt() {
        HttpResponse<String> ansokan = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"19400202-9892","fornamn":"Gustav","efternamn":"Forsenad","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                                OffsetDateTime.now().minusDays(30).truncatedTo(ChronoUnit.SECONDS)));
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        String taskId = jdbc.sql("select task_id from uppgift where arendenummer = :n")
                .param("n", arendenummer)
                .query(String.class)
                .single();
        // the assessment was due two days ago
        jdbc.sql("update uppgift set forfaller = now() - interval '2 days' where task_id = :t")
                .param("t", taskId)
                .update();
        HttpSession chef = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);

        String oversikt = chef.get("/forsenat").body();
        assertThat(oversikt)
                .contains(
                        "Enhet LSS och funktionsnedsättning",
                        "Enhet Vuxen och missbruk",
                        "Bedömningar av aktualiseringar",
                        "Ingen tilldelad",
                        "/forsenat/lista?enhet=LSS&amp;typ=Task_BedomAktualisering&amp;forsenade=true");
        String lista = chef.get("/forsenat/lista?enhet=LSS&typ=Task_BedomAktualisering&forsenade=true")
                .body();
        assertThat(lista).contains(arendenummer, "Leo Lind (demo)");

        HttpResponse<String> fordela = chef.postForm(
                "/forsenat/fordela", Map.of("enhet", "LSS", "uppgift", taskId, "till", "handlaggare.lss"));

        assertThat(fordela.statusCode()).isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("handlaggare.lss");
        assertThat(jdbc.sql("select tilldelad from uppgift where task_id = :t")
                        .param("t", taskId)
                        .query(String.class)
                        .single())
                .isEqualTo("handlaggare.lss");
        assertThat(jdbc.sql(
                                "select beskrivning from atkomstlogg where anvandarnamn = 'chef.lss' and handling = 'SKRIV'")
                        .query(String.class)
                        .list())
                .anySatisfy(rad -> assertThat(rad).contains("till handlaggare.lss"));
        assertThat(historyService
                        .createUserOperationLogQuery()
                        .taskId(taskId)
                        .userId("chef.lss")
                        .count())
                .as("the engine's own log names the chef")
                .isPositive();
    }

    @Test
    void childInvestigationsAwaitingAnExtensionDecisionAreCountedAndListedForTheChef() {
        // R04/R05: a child investigation past four months becomes the chef's task; the projection row below is the
        // one Uppgiftsprojektion writes when the utredning process creates Task_UtredningUtanForlangning
        HttpResponse<String> ansokan = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"19461111-9886","fornamn":"Gustav","efternamn":"Forlangd","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        long fore = oversikt.forseningar("LSS", 14).vantarPaForlangningsbeslut();
        jdbc.sql("""
                insert into uppgift (task_id, process_instance_id, arende_id, arendenummer, arendetyp, person_id, person_namn,
                                     personnummer, skyddad, uppgiftstyp, namn, enhet_kod, kandidatroll, skapad, forfaller)
                select 'forlangning-' || task_id, process_instance_id, arende_id, arendenummer, arendetyp, person_id, person_namn,
                       personnummer, skyddad, 'Task_UtredningUtanForlangning', 'Förlängningsbeslut behövs', enhet_kod, 'CHEF', now(), now()
                  from uppgift where arendenummer = :n""").param("n", arendenummer).update();

        assertThat(oversikt.forseningar("LSS", 14).vantarPaForlangningsbeslut()).isEqualTo(fore + 1);
        assertThat(oversikt.forseningar("BOU", 14).vantarPaForlangningsbeslut())
                .as("other units are not counted")
                .isZero();
        HttpSession chef = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);
        assertThat(chef.get("/forsenat").body())
                .contains(
                        "väntar på förlängningsbeslut",
                        "/uppgifter?vy=enhetens&amp;uppgiftstyp=Task_UtredningUtanForlangning");
        String lista = chef.get("/uppgifter?vy=enhetens&uppgiftstyp=Task_UtredningUtanForlangning")
                .body();
        assertThat(lista)
                .as("the filter offers every user task of the deployed processes, the chef's too")
                .contains(
                        "value=\"Task_UtredningUtanForlangning\"",
                        "value=\"Task_UppfoljningForsenad\"",
                        "value=\"Task_Utreda\"",
                        "Utredning över det lokala målet");
        assertThat(lista).contains(arendenummer, "Förlängningsbeslut behövs");
        assertThat(chef.get("/uppgifter?vy=enhetens&uppgiftstyp=Task_Utreda").body())
                .doesNotContain(arendenummer);
    }

    @Test
    void onlyChefsSeeTheViewAndOnlyForTheirUnits() {
        String taskId = jdbc.sql("select task_id from uppgift where enhet_kod = 'LSS' limit 1")
                .query(String.class)
                .optional()
                .orElse("x");

        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/forsenat")
                        .statusCode())
                .isEqualTo(403);
        HttpSession chefBou = HttpSession.browser(port, "chef.bou", DemoKonton.LOSENORD);
        assertThat(chefBou.get("/forsenat/lista?enhet=LSS").statusCode()).isEqualTo(404);
        assertThat(chefBou.postForm(
                                "/forsenat/fordela",
                                Map.of("enhet", "LSS", "uppgift", taskId, "till", "handlaggare.lss"))
                        .statusCode())
                .isEqualTo(404);
        HttpSession chefLss = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);
        assertThat(chefLss.postForm(
                                "/forsenat/fordela",
                                Map.of("enhet", "LSS", "uppgift", taskId, "till", "handlaggare.bou"))
                        .statusCode())
                .as("not a handläggare of the unit")
                .isEqualTo(403);
    }
}
