package se.tillit.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Forhandsbedomningsprocessen;

/**
 * The same förlängning sent 8 times at once (a double click, a client's retry, two nodes): one takes effect, the others
 * get a clean 4xx (409 when the engine's optimistic locking refused it, 400 when it came after), never a 500. The
 * cluster test (se.tillit.kluster.SamtidigKorrelationTest) does the same over two nodes.
 */
@TillitSpringTest
class SamtidigForlangningTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eightIdenticalForlangningarAtOnceTakeEffectOnceAndNoneAnswers500() throws Exception {
        HttpResponse<String> anmalan = HttpSession.api(port, "handlaggare.bou", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"20170506-9837","fornamn":"Barn","efternamn":"Samtidigsson","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN",
                 "inkom":"%s","orsakskod":"ORO_FOR_BARN","anmalartyp":"SKOLA","enhet":"BOU"}""".formatted(se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));
        assertThat(anmalan.statusCode()).as(anmalan.body()).isEqualTo(201);
        String aktualiseringId = HttpSession.json(anmalan.body(), "aktualiseringId");
        String arendenummer = HttpSession.json(anmalan.body(), "arendenummer");
        ProcessInstance forhandsbedomning = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(arendenummer)
                .processDefinitionKey(Forhandsbedomningsprocessen.PROCESS)
                .singleResult();
        taskService.complete(taskService
                .createTaskQuery()
                .processInstanceId(forhandsbedomning.getId())
                .singleResult()
                .getId());
        LocalDate nyFrist = LocalDate.parse(
                        (String) runtimeService.getVariable(forhandsbedomning.getId(), "forhandsbedomningFrist"))
                .plusDays(7);
        String beslut = "{\"beslutsdatum\":\"" + LocalDate.now(se.tillit.drift.Svensktid.ZON)
                + "\",\"skal\":\"Barnet kan inte höras förrän efter sjukhusvistelsen\"," + "\"nyFrist\":\"" + nyFrist
                + "\"}";

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tradar = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> svar = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            svar.add(tradar.submit(() -> {
                start.await();
                return HttpSession.api(port, "chef.bou", DemoKonton.LOSENORD)
                        .post("/api/aktualiseringar/" + aktualiseringId + "/forhandsbedomning/forlangningar", beslut);
            }));
        }
        start.countDown();
        List<Integer> statusar = new ArrayList<>();
        for (Future<HttpResponse<String>> s : svar) {
            HttpResponse<String> r = s.get(60, TimeUnit.SECONDS);
            statusar.add(r.statusCode());
            if (r.statusCode() == 409) {
                assertThat(r.body()).contains("Ändrades samtidigt");
            }
        }
        tradar.shutdown();

        assertThat(statusar).as("answers").containsOnlyOnce(204).allMatch(s -> s == 204 || s == 400 || s == 409);
        assertThat(jdbc.sql("select count(*) from forhandsbedomning_forlangning where aktualisering_id = :id::uuid")
                        .param("id", aktualiseringId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(runtimeService.getVariable(forhandsbedomning.getId(), "forhandsbedomningFrist"))
                .isEqualTo(nyFrist.toString());
    }
}
