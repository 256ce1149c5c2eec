package se.tillit.uppgift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utredningsprocessen;

/**
 * Issue 14, journey 4: every user task of every deployed model opens from the task list for the users who may work it,
 * and a task done on a page of its own leads to that page, which opens too. The tasks are read from the models, so a
 * task added later is covered without touching this test. Each task is started on a real case (with a real
 * investigation, decision, SIP and lex Sarah report, so every page has its object) and ended afterwards.
 */
@TillitSpringTest
class VarjeUppgiftOppnasTest {

    static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([A-Za-z0-9_]+)\"");
    static final Pattern USER_TASK =
            Pattern.compile("<bpmn:userTask id=\"([A-Za-z0-9_]+)\"[^>]*candidateGroups=\"\\$\\{enhet}:([A-Z_]+)");
    static final Pattern VARIABEL = Pattern.compile("\\$\\{([a-zA-Z]+)");
    static final Pattern VARAKTIGHET = Pattern.compile("<bpmn:timeDuration[^>]*>\\$\\{([a-zA-Z]+)}");
    static final Pattern SIDLANK =
            Pattern.compile("<a href=\"(/(?:utredningar|arenden|beslut|sip|lexsarah)/[^\"]+)\"[^>]*>[^<]*</a></p>");
    static final Map<String, String> ANVANDARE = Map.of(
            "HANDLAGGARE", "handlaggare.lss", "CHEF", "chef.lss", "LEXSARAH_ANSVARIG", DemoKonton.LEXSARAH_ANSVARIG);

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyUserTaskOfEveryModelOpensOnItsPageForTheUsersWhoMayWorkIt() throws IOException {
        Map<String, Object> objekt = ettArendeMedAllt();
        Map<String, HttpSession> sessioner = new HashMap<>();
        List<String> fel = new ArrayList<>();
        int provade = 0;
        try (Stream<Path> modeller = Files.list(Path.of("../processes"))) {
            for (Path modell : modeller.filter(p -> p.toString().endsWith(".bpmn"))
                    .sorted()
                    .toList()) {
                String xml = Files.readString(modell);
                Matcher process = PROCESS.matcher(xml);
                assertThat(process.find()).isTrue();
                Matcher uppgift = USER_TASK.matcher(xml);
                while (uppgift.find()) {
                    provade++;
                    String roll = uppgift.group(2);
                    HttpSession session = sessioner.computeIfAbsent(
                            roll, r -> HttpSession.browser(port, ANVANDARE.get(r), DemoKonton.LOSENORD));
                    String problem = oppna(
                            process.group(1), uppgift.group(1), variabler(xml, objekt, process.group(1)), session);
                    if (problem != null) {
                        fel.add(process.group(1) + "/" + uppgift.group(1) + " as " + roll + ": " + problem);
                    }
                }
            }
        }
        assertThat(provade).as("user tasks found in the models").isGreaterThan(35);
        assertThat(fel).isEmpty();
    }

    /** Starts the process at the task, opens the task from the list as its user, follows its page; null when all is well. */
    private String oppna(String processnyckel, String uppgiftstyp, Map<String, Object> variabler, HttpSession session) {
        ProcessInstance instans = runtimeService
                .createProcessInstanceByKey(processnyckel)
                .businessKey((String) variabler.getOrDefault("arendenummer", "LS-TEST"))
                .startBeforeActivity(uppgiftstyp)
                .setVariables(variabler)
                .execute();
        try {
            Task task = taskService
                    .createTaskQuery()
                    .processInstanceId(instans.getId())
                    .taskDefinitionKey(uppgiftstyp)
                    .singleResult();
            if (task == null) {
                return "no task was created";
            }
            HttpResponse<String> sida = session.get("/uppgifter/" + task.getId());
            if (sida.statusCode() == 302) {
                String dit = sida.headers().firstValue("Location").orElse("");
                sida = session.get(dit.replaceFirst("^https?://[^/]+", ""));
                return sida.statusCode() == 200
                        ? null
                        : "the page it leads to (" + dit + ") answered " + sida.statusCode();
            }
            if (sida.statusCode() != 200) {
                return "the task page answered " + sida.statusCode();
            }
            Matcher lank = SIDLANK.matcher(sida.body());
            if (lank.find()) {
                HttpResponse<String> egen = session.get(lank.group(1).replace("&amp;", "&"));
                if (egen.statusCode() != 200) {
                    return "its page " + lank.group(1) + " answered " + egen.statusCode();
                }
            }
            return null;
        } finally {
            runtimeService.deleteProcessInstance(instans.getId(), "VarjeUppgiftOppnasTest", true, true);
        }
    }

    /** The model's variables: the real objects' ids where it names them, a date a year ahead for every date. */
    private static Map<String, Object> variabler(String xml, Map<String, Object> objekt, String processnyckel) {
        Map<String, Object> variabler = new HashMap<>();
        String omEttAr = OffsetDateTime.now()
                .plusYears(1)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        TreeSet<String> namn = new TreeSet<>();
        Matcher matcher = VARIABEL.matcher(xml);
        while (matcher.find()) {
            namn.add(matcher.group(1));
        }
        Matcher varaktighet = VARAKTIGHET.matcher(xml);
        TreeSet<String> varaktigheter = new TreeSet<>();
        while (varaktighet.find()) {
            varaktigheter.add(varaktighet.group(1));
        }
        for (String variabel : namn) {
            if (varaktigheter.contains(variabel)) {
                variabler.put(variabel, "P365D"); // a timer that waits this long (the lex Sarah targets)
            } else if (variabel.endsWith("Forfaller")
                    || variabel.endsWith("Paminnelse")
                    || variabel.endsWith("Passerad")
                    || variabel.endsWith("Mal")) {
                variabler.put(variabel, omEttAr);
            }
        }
        variabler.putAll(objekt);
        if ("lexsarah".equals(processnyckel)) {
            // a report's tasks belong to the report, not to a case
            variabler.remove("arendeId");
            variabler.remove("personId");
            variabler.remove("arendenummer");
        }
        return variabler;
    }

    /** A real LSS case with an investigation, a decision, a SIP and a lex Sarah report, made through the use cases. */
    private Map<String, Object> ettArendeMedAllt() {
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String personnummer = Testpersoner.medKontrollsiffra("19490707-982");
        HttpResponse<String> ansokan = leo.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Alla","efternamn":"Uppgiftsson","arendetyp":"LSS","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        personnummer, OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        Task bedomning = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING)
                .singleResult();
        taskService.complete(bedomning.getId(), Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan"));
        String igar = LocalDate.now(se.tillit.drift.Svensktid.ZON).minusDays(1).toString();
        HttpResponse<String> beslut = leo.post("/api/arenden/" + arendeId + "/beslut", """
                {"insatstyp":"LSS_KORTTIDSVISTELSE","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 6"},
                 "omfattning":"Fyra dygn per månad","giltigFrom":"%1$s","motivering":"Behovet är styrkt","overklagandehanvisning":false,
                 "delegationspunkt":"3.2","beslutsdatum":"%1$s","utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%1$s",
                 "individuellPlan":"MUNTLIGT"}""".formatted(igar));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        HttpResponse<String> sip = leo.post("/api/sip", """
                {"personnummer":"%s","enhet":"LSS","regionEnhet":"Vårdcentralen Ekbacken","regionalaInsatser":true}""".formatted(personnummer));
        assertThat(sip.statusCode()).as(sip.body()).isEqualTo(201);
        HttpResponse<String> lexsarah = leo.post("/api/lexsarah", """
                {"enhet":"LSS","typ":"PATAGLIG_RISK","vadHande":"Ett beslut blev liggande utan att verkställas i fyra månader.",
                 "intraffade":"%s","plats":"Handläggningen"}""".formatted(igar));
        assertThat(lexsarah.statusCode()).as(lexsarah.body()).isEqualTo(201);

        // the real investigation's own task is done, so the one this test starts is the only one that waits for it
        taskService.complete(taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(Utredningsprocessen.TASK_UTREDA)
                .singleResult()
                .getId());
        Map<String, Object> objekt = new HashMap<>();
        objekt.put("enhet", "LSS");
        objekt.put("namnd", "NAMND");
        objekt.put("arendeId", arendeId);
        objekt.put("arendenummer", arendenummer);
        objekt.put("arendetyp", "LSS");
        objekt.put(
                "personId",
                jdbc.sql("select person_id::text from arende where id = :a::uuid")
                        .param("a", arendeId)
                        .query(String.class)
                        .single());
        objekt.put(
                "utredningId",
                jdbc.sql("select id::text from utredning where arende_id = :a::uuid")
                        .param("a", arendeId)
                        .query(String.class)
                        .single());
        objekt.put("beslutId", HttpSession.json(beslut.body(), "id"));
        objekt.put("sipId", HttpSession.json(sip.body(), "id"));
        objekt.put("lexsarahId", HttpSession.json(lexsarah.body(), "id"));
        return objekt;
    }
}
