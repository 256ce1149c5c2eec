package se.tillit.verkstallighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.GynnandeLssBeslut;
import se.tillit.GynnandeLssBeslut.Fall;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Genomforandeplanprocessen;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Roll;

/**
 * The provider's genomförandeplan in the browser (issue 17, R18): after the start the provider writes the plan with the
 * person, with whether and how the person took part in structured fields; a person who declined needs a documented
 * alternative before the plan can be set (400, the error beside the field, nothing lost and nothing saved). Setting the
 * plan completes the process's task; a revision is a new version, the earlier kept. The handläggare reads the plan on
 * the case page; every read is logged; another provider's user gets 404.
 */
@TillitSpringTest
class GenomforandeplanTest {

    static final String GENOMFORANDE =
            "Korttidsvistelse två helger i månaden; kontaktman Sara ansvarar för aktiviteterna.";
    static final String ALTERNATIV = "Greta ville inte medverka; hennes synpunkter inhämtades genom hennes gode man.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @Test
    void theProviderWritesThePlanWithThePersonAndTheHandlaggareReadsItOnTheCasePage() { // R18
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Fall order = order("Greta", idag.minusDays(10));
        HttpSession utforare = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        String bestallning = "/bestallningar/" + order.beslutId();
        String plan = bestallning + "/genomforandeplan";

        HttpResponse<String> foreStart = skicka(utforare, plan, giltig(idag, "JA", List.of("SAMTAL")));
        assertThat(foreStart.statusCode())
                .as("the plan is written after the start")
                .isEqualTo(400);
        assertThat(foreStart.body()).contains("rapportera starten först");
        assertThat(utforare.get(bestallning).body()).doesNotContain("href=\"" + plan + "\"");

        LocalDate startade = idag.minusDays(3);
        assertThat(utforare.postForm(bestallning + "/verkstallighet", Map.of("verkstalld", startade.toString()))
                        .statusCode())
                .isEqualTo(302);
        Task uppgift = taskService
                .createTaskQuery()
                .processDefinitionKey(Genomforandeplanprocessen.PROCESS)
                .processVariableValueEquals("beslutId", order.beslutId())
                .singleResult();
        assertThat(uppgift).as("the start started the plan's process").isNotNull();
        assertThat(uppgift.getTaskDefinitionKey()).isEqualTo(Genomforandeplanprocessen.TASK_UPPRATTA_GENOMFORANDEPLAN);
        assertThat(uppgift.getDueDate()
                        .toInstant()
                        .atZone(ZoneId.of("Europe/Stockholm"))
                        .toLocalDate())
                .as("LSS korttidsvistelse: four weeks from the start (table genomforandeplanfrist)")
                .isEqualTo(startade.plusWeeks(4));
        assertThat(taskService.getIdentityLinksForTask(uppgift.getId()))
                .anyMatch(l -> "UTF-SOLROSEN:UTFORARE".equals(l.getGroupId()));

        assertThat(utforare.get(bestallning).body())
                .contains("href=\"" + plan + "\"", "Skriv eller läs genomförandeplanen");
        HttpResponse<String> tom = utforare.get(plan);
        assertThat(tom.statusCode()).isEqualTo(200);
        assertThat(tom.body())
                .contains(
                        "Ingen genomförandeplan är fastställd ännu.",
                        "Greta Planesson",
                        order.arendenummer(),
                        "Fastställ planen");

        Map<String, Object> avbojdUtanAlternativ = giltig(idag, "NEJ_AVBOJDE", List.of());
        HttpResponse<String> nekad = skicka(utforare, plan, avbojdUtanAlternativ);
        assertThat(nekad.statusCode()).isEqualTo(400);
        assertThat(nekad.body())
                .contains(
                        "id=\"plan-fel-alternativ\"",
                        "Personen har avböjt: dokumentera alternativet",
                        "href=\"#plan-alternativ\"")
                .as("nothing lost: the text as sent")
                .contains(GENOMFORANDE)
                .contains("id=\"plan-deltog-NEJ_AVBOJDE\" value=\"NEJ_AVBOJDE\" checked=\"checked\"");
        HttpResponse<String> utanHur = skicka(utforare, plan, giltig(idag, "JA", List.of()));
        assertThat(utanHur.statusCode()).isEqualTo(400);
        assertThat(utanHur.body()).contains("id=\"plan-fel-hur\"", "Kryssa i hur personen har varit delaktig.");
        HttpResponse<String> utanText = skicka(
                utforare,
                plan,
                Map.of(
                        "deltog",
                        "JA",
                        "hur",
                        List.of("SAMTAL"),
                        "faststalld",
                        idag.toString(),
                        "foljsUpp",
                        idag.plusMonths(6).toString()));
        assertThat(utanText.statusCode()).isEqualTo(400);
        assertThat(utanText.body()).contains("id=\"plan-fel-genomforande\"");
        HttpResponse<String> foreStarten = skicka(
                utforare,
                plan,
                Map.of(
                        "genomforande",
                        GENOMFORANDE,
                        "deltog",
                        "JA",
                        "hur",
                        List.of("SAMTAL"),
                        "faststalld",
                        startade.minusDays(1).toString(),
                        "foljsUpp",
                        idag.plusMonths(6).toString()));
        assertThat(foreStarten.statusCode()).isEqualTo(400);
        assertThat(foreStarten.body()).contains("id=\"plan-fel-faststalld\"", "före starten");
        assertThat(antalVersioner(order)).as("nothing saved").isZero();
        assertThat(taskService.createTaskQuery().taskId(uppgift.getId()).count())
                .as("the task waits")
                .isOne();

        assertThat(skicka(utforare, plan, giltig(idag, "JA", List.of("SAMTAL", "MOTE")))
                        .statusCode())
                .isEqualTo(302);
        String faststalld = utforare.get(plan).body();
        assertThat(faststalld)
                .contains(
                        "Genomförandeplanen är fastställd.",
                        GENOMFORANDE,
                        "<span>Samtal</span>, <span>Möte</span>",
                        "Version 1",
                        "Revidera planen");
        assertThat(taskService.createTaskQuery().taskId(uppgift.getId()).count())
                .as("setting the plan completed the task")
                .isZero();
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(uppgift.getProcessInstanceId())
                        .singleResult()
                        .getEndTime())
                .as("and ended the process")
                .isNotNull();
        assertThat(skicka(utforare, plan, giltig(idag, "JA", List.of("SAMTAL", "MOTE")))
                        .statusCode())
                .isEqualTo(302);
        assertThat(utforare.get(plan).body()).as("sent twice: recorded once").contains("Det var redan registrerat.");
        assertThat(antalVersioner(order)).isOne();

        Map<String, Object> revidering = new java.util.HashMap<>(giltig(idag, "NEJ_AVBOJDE", List.of("FORETRADARE")));
        revidering.put("alternativ", ALTERNATIV);
        assertThat(skicka(utforare, plan, revidering).statusCode()).isEqualTo(302);
        assertThat(utforare.get(plan).body())
                .contains(
                        "Genomförandeplanen är reviderad", ALTERNATIV, "Version 2", "Tidigare versioner", "Version 1");
        assertThat(antalVersioner(order)).isEqualTo(2);

        HttpResponse<String> arendesida = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/arenden/" + order.arendeId());
        assertThat(arendesida.statusCode()).isEqualTo(200);
        assertThat(arendesida.body())
                .contains(
                        "Genomförandeplaner",
                        "Genomförandeplan: Korttidsvistelse utanför hemmet (LSS)",
                        GENOMFORANDE,
                        "Nej, personen har avböjt",
                        ALTERNATIV,
                        "Genom företrädare",
                        "Tidigare versioner",
                        "<span>Samtal</span>, <span>Möte</span>");
        assertThat(loggade(order, "handlaggare.lss", "Genomförandeplan"))
                .as("the handläggare's read is logged")
                .isOne();
        assertThat(loggade(order, "utforare", "Genomförandeplan hos utföraren"))
                .as("every showing of the provider's page")
                .isGreaterThanOrEqualTo(9);
    }

    @Test
    void aProviderOfAnotherOrganisationAndTheCaseWorkersGet404OnThePlanPage() {
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Fall order = order("Harald", idag.minusDays(5));
        HttpSession utforare = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        assertThat(utforare.postForm(
                                "/bestallningar/" + order.beslutId() + "/verkstallighet",
                                Map.of("verkstalld", idag.minusDays(1).toString()))
                        .statusCode())
                .isEqualTo(302);
        Testkonton.skapaEnhet(jdbc, "UTF-ANNAN17", "Annan utförare", Enhet.Enhetstyp.UTFORARE);
        Testkonton.skapaKonto(jdbc, "utforare.annan17", "Annan utförare", "UTF-ANNAN17", Roll.UTFORARE);
        String plan = "/bestallningar/" + order.beslutId() + "/genomforandeplan";

        for (String konto : List.of("utforare.annan17", "handlaggare.lss", DemoKonton.CHEF)) {
            HttpSession annan = HttpSession.browser(port, konto, DemoKonton.LOSENORD);
            assertThat(annan.get(plan).statusCode()).as(konto).isEqualTo(404);
            assertThat(skicka(annan, plan, giltig(idag, "JA", List.of("SAMTAL")))
                            .statusCode())
                    .as(konto)
                    .isEqualTo(404);
        }
        assertThat(antalVersioner(order)).as("nothing saved").isZero();
        assertThat(utforare.get(plan).statusCode())
                .as("the order's own provider")
                .isEqualTo(200);
    }

    @Test
    void whenTheTargetPassesTheOrderingUnitsChefSeesItInTheOverdueViewUntilThePlanIsSet() { // R18, like every deadline
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Fall order = order("Ingrid", idag.minusDays(60));
        HttpSession utforare = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        String plan = "/bestallningar/" + order.beslutId() + "/genomforandeplan";
        // reported late: started 40 days ago, so the four weeks' target passed 12 days ago
        assertThat(utforare.postForm(
                                "/bestallningar/" + order.beslutId() + "/verkstallighet",
                                Map.of("verkstalld", idag.minusDays(40).toString()))
                        .statusCode())
                .isEqualTo(302);
        String processId = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Genomforandeplanprocessen.PROCESS)
                .variableValueEquals("beslutId", order.beslutId())
                .singleResult()
                .getId();

        // both timers are due: the job executor runs them; the test runs them too, whichever comes first
        Task eskalering = null;
        for (int forsok = 0; forsok < 150 && eskalering == null; forsok++) {
            for (var jobb : managementService
                    .createJobQuery()
                    .processInstanceId(processId)
                    .timers()
                    .list()) {
                try {
                    managementService.executeJob(jobb.getId());
                } catch (RuntimeException jobbExekutornHannForst) {
                    // the job executor ran it at the same time
                }
            }
            eskalering = taskService
                    .createTaskQuery()
                    .processInstanceId(processId)
                    .taskDefinitionKey(Genomforandeplanprocessen.TASK_GENOMFORANDEPLAN_FORSENAD)
                    .singleResult();
            if (eskalering == null) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(eskalering).as("the chef's task").isNotNull();
        assertThat(taskService.getIdentityLinksForTask(eskalering.getId()))
                .anyMatch(l -> "LSS:CHEF".equals(l.getGroupId()));
        HttpSession chef = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);
        assertThat(chef.get("/forsenat").body())
                .contains("Genomförandeplaner efter målet", "typ=Task_GenomforandeplanForsenad");
        String lista = "/forsenat/lista?enhet=LSS&typ=Task_GenomforandeplanForsenad&forsenade=true";
        assertThat(chef.get(lista).body())
                .as("overdue on the chef's list of the ordering unit")
                .contains(order.arendenummer());

        assertThat(skicka(utforare, plan, giltig(idag, "DELVIS", List.of("FORETRADARE")))
                        .statusCode())
                .isEqualTo(302);

        assertThat(taskService.createTaskQuery().taskId(eskalering.getId()).count())
                .as("the plan set ends the chef's task")
                .isZero();
        assertThat(chef.get(lista).body()).doesNotContain(order.arendenummer());
        // the reminder's and the escalation's e-mails wait in the outbox (no mail server here); they would reach the
        // next
        // test that sends one
        jdbc.sql("""
                delete from event_publication where completion_date is null
                   and (serialized_event like :task or serialized_event like :beslut)""")
                .param("task", "%" + eskalering.getId() + "%")
                .param("beslut", "%" + order.beslutId() + "%")
                .update();
    }

    /** The form as a page sends it: the CSRF token, and one {@code hur} per ticked box. */
    static HttpResponse<String> skicka(HttpSession session, String path, Map<String, Object> falt) {
        String token = HttpSession.csrfToken(session.get("/").body()).orElseThrow();
        StringBuilder form = new StringBuilder("_csrf=").append(kod(token));
        falt.forEach((namn, varde) -> {
            for (Object v : varde instanceof List<?> lista ? lista : List.of(varde)) {
                form.append('&').append(kod(namn)).append('=').append(kod(v.toString()));
            }
        });
        return session.post(path, "application/x-www-form-urlencoded", form.toString());
    }

    static Map<String, Object> giltig(LocalDate idag, String deltog, List<String> hur) {
        return Map.of(
                "genomforande",
                GENOMFORANDE,
                "deltog",
                deltog,
                "hur",
                hur,
                "faststalld",
                idag.toString(),
                "foljsUpp",
                idag.plusMonths(6).toString());
    }

    private static String kod(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long antalVersioner(Fall order) {
        return jdbc.sql("select count(*) from genomforandeplan where beslut_id = :b::uuid")
                .param("b", order.beslutId())
                .query(Long.class)
                .single();
    }

    private long loggade(Fall order, String anvandare, String beskrivning) {
        return jdbc.sql("""
                select count(*) from atkomstlogg where anvandarnamn = :anvandare and arende_id = :a::uuid
                   and person_id = :p::uuid and beskrivning = :beskrivning""")
                .param("anvandare", anvandare)
                .param("a", order.arendeId())
                .param("p", order.personId())
                .param("beskrivning", beskrivning)
                .query(Long.class)
                .single();
    }

    /** A favourable LSS korttidsvistelse for a new synthetic person, ordered from Solrosen ({@link GynnandeLssBeslut}). */
    private Fall order(String fornamn, LocalDate beslutsdatum) {
        return new GynnandeLssBeslut(port, jdbc, taskService)
                .person(fornamn, "Planesson")
                .delgivet(beslutsdatum);
    }
}
