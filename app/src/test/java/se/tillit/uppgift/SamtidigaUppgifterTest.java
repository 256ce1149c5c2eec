package se.tillit.uppgift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Roll;

/**
 * Two people, one task; one person, two clicks (issue 14): each race is run many times, and every answer must be a
 * redirect to a page that says what happened, never a 5xx, and the effect must happen once.
 */
@TillitSpringTest
class SamtidigaUppgifterTest {

    static final String KOLLEGA = "lina.samtidig";
    static final int VARV = 8;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @BeforeEach
    void enKollegaIsammaEnhet() {
        // a second handläggare of LSS, for this test only (the demo has one per unit)
        Testkonton.skapaKonto(jdbc, KOLLEGA, "Lina Samtidig (test)", "LSS", Roll.HANDLAGGARE);
    }

    @Test
    void twoHandlaggareTakingOneTaskAtOnce_oneGetsIt_theOtherIsToldWho() throws Exception {
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpSession lina = HttpSession.browser(port, KOLLEGA, DemoKonton.LOSENORD);
        for (int varv = 0; varv < VARV; varv++) {
            String taskId = nyBedomning(leo, "1945031" + varv + "-980");
            List<HttpResponse<String>> svar = samtidigt(
                    leo.forberedForm("/uppgifter/" + taskId + "/ta", Map.of()),
                    lina.forberedForm("/uppgifter/" + taskId + "/ta", Map.of()));

            assertThat(svar).extracting(HttpResponse::statusCode).containsOnly(302);
            String tagenAv =
                    taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
            assertThat(tagenAv).isIn("handlaggare.lss", KOLLEGA);
            HttpSession forloraren = tagenAv.equals(KOLLEGA) ? leo : lina;
            HttpResponse<String> forlorarensSvar = svar.get(tagenAv.equals(KOLLEGA) ? 0 : 1);
            if (forlorarensSvar.headers().firstValue("Location").orElse("").contains("vy=enhetens")) {
                assertThat(forloraren.get("/uppgifter?vy=enhetens").body())
                        .contains("Uppgiften har redan tagits av " + tagenAv);
            }
            // and once more, now that it is surely taken: the loser is told by whom
            forloraren.postForm("/uppgifter/" + taskId + "/ta", Map.of());
            assertThat(forloraren.get("/uppgifter?vy=enhetens").body())
                    .contains("Uppgiften har redan tagits av " + tagenAv);
        }
    }

    @Test
    void aDoubleClickOnSlutfor_completesOnce_andTheSecondIsToldItIsDone() throws Exception {
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        for (int varv = 0; varv < VARV; varv++) {
            String taskId = nyBedomning(leo, "1945041" + varv + "-980");
            assertThat(leo.postForm("/uppgifter/" + taskId + "/ta", Map.of()).statusCode())
                    .isEqualTo(302);
            Map<String, String> formular = Map.of(
                    "bedomning", "LEDER_INTE_TILL_UTREDNING", "motivering", "Personen återtog sin ansökan i telefon.");

            List<HttpResponse<String>> svar = samtidigt(
                    leo.forberedForm("/uppgifter/" + taskId, formular),
                    leo.forberedForm("/uppgifter/" + taskId, formular));

            assertThat(svar).extracting(HttpResponse::statusCode).containsOnly(302);
            assertThat(jdbc.sql("select count(*) from handling where task_id = :t")
                            .param("t", taskId)
                            .query(Long.class)
                            .single())
                    .as("one document")
                    .isEqualTo(1);
            assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        }
        // a third submit after the fact: a clear message, not "not found"
        String taskId = nyBedomning(leo, "19450420-980");
        leo.postForm("/uppgifter/" + taskId + "/ta", Map.of());
        Map<String, String> formular =
                Map.of("bedomning", "LEDER_INTE_TILL_UTREDNING", "motivering", "Återtagen ansökan.");
        assertThat(leo.postForm("/uppgifter/" + taskId, formular).statusCode()).isEqualTo(302);
        assertThat(leo.get("/uppgifter").body()).contains("Uppgiften är slutförd.");
        HttpResponse<String> igen = leo.postForm("/uppgifter/" + taskId, formular);
        assertThat(igen.statusCode()).isEqualTo(302);
        assertThat(leo.get("/uppgifter").body()).contains("Uppgiften är redan slutförd");
    }

    @Test
    void aSubmitOfATaskNobodyClaimed_isRefusedWith409_andTheTaskPageSaysWhy_andNothingIsSaved() {
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String taskId = nyBedomning(leo, "19450430-980");
        leo.get("/uppgifter/" + taskId);

        HttpResponse<String> svar = leo.postForm(
                "/uppgifter/" + taskId,
                Map.of("bedomning", "LEDER_INTE_TILL_UTREDNING", "motivering", "Inskickat utan att ta uppgiften."));

        // a refusal, not a redirect that a browser's history or an integration would take for a completed step
        assertThat(svar.statusCode()).isEqualTo(409);
        assertThat(svar.body()).contains("Ta uppgiften innan du slutför den.", "Ta uppgiften");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(jdbc.sql("select count(*) from handling where task_id = :t")
                        .param("t", taskId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Sends both at the same moment; returns the answers in the order given. */
    @SafeVarargs
    private static List<HttpResponse<String>> samtidigt(Supplier<HttpResponse<String>>... anrop) throws Exception {
        ExecutorService tradar = Executors.newFixedThreadPool(anrop.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> svar = java.util.Arrays.stream(anrop)
                    .map(a -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    start.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return a.get();
                            },
                            tradar))
                    .toList();
            start.countDown();
            return svar.stream().map(CompletableFuture::join).toList();
        } finally {
            tradar.shutdown();
        }
    }

    /** A new ansökan of a synthetic person (a valid check digit computed here), and the id of its assessment task. */
    private String nyBedomning(HttpSession integration, String utanKontrollsiffra) {
        String personnummer = se.tillit.Testpersoner.medKontrollsiffra(utanKontrollsiffra);
        HttpResponse<String> svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Samma","efternamn":"Stund","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                                personnummer, se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));
        assertThat(svar.statusCode()).as(svar.body()).isIn(200, 201);
        String arendenummer = HttpSession.json(svar.body(), "arendenummer");
        return jdbc.sql(
                        "select task_id from uppgift where arendenummer = :n and uppgiftstyp = 'Task_BedomAktualisering'")
                .param("n", arendenummer)
                .query(String.class)
                .single();
    }
}
