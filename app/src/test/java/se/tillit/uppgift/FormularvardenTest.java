package se.tillit.uppgift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Formularflaggor;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Utredningsprocessen;

/**
 * Issue 16, docs/adr/0019: the engine holds no free text. Every user task with a form (forms/*.form, read from the
 * models, so a form added later is walked too) is completed on its page as a handläggare would, each text field with a
 * text of its own; then neither the engine's variables nor their history (act_ru_variable, act_hi_varinst,
 * act_hi_detail, and the byte arrays long values go to) hold any of those texts, and every variable of these cases'
 * process instances has a name the code sets: a form's flag ({@link Formularflaggor}) or an id, date or code the motor
 * module or a model sets. The {@code motivering} handed on as a transient value when the förhandsbedömning ends (and
 * copied out of the call activity) is nowhere, history detail included. The form values themselves are in
 * {@code formularsvar}.
 */
@TillitSpringTest
class FormularvardenTest {

    static final Pattern FORM_REF =
            Pattern.compile("<bpmn:userTask id=\"([A-Za-z0-9_]+)\"[^>]*camunda:formRef=\"([a-z-]+)\"");
    static final Pattern BPMN_NAMN = Pattern.compile(
            "(?:inputParameter name|outputParameter name|resultVariable|target|elementVariable|collection)=\"([a-zA-Z]+)\"");
    static final Pattern PREFIX = Pattern.compile("<camunda:inputParameter name=\"prefix\">([a-zA-Z]+)<");
    static final Pattern PREFIX_SUFFIX = Pattern.compile("prefix \\+ \"([A-Za-z]+)\"");
    static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper mapper = new ObjectMapper();
    /** Every free text typed into a form by this test. */
    private final List<String> fritexter = new ArrayList<>();
    /** The form tasks completed on their page, by their BPMN id. */
    private final Set<String> genomgangna = new TreeSet<>();

    @Test
    void noFormsFreeTextIsInTheEngineAndEveryVariableIsOneTheCodeSets() throws IOException {
        Map<String, Map<String, JsonNode>> formular = formular();
        Map<String, String> formularPerUppgift = formularPerUppgift();
        assertThat(formularPerUppgift)
                .as("user tasks with a form in the models")
                .hasSizeGreaterThanOrEqualTo(6);

        // a child: the skyddsbedömning and the förhandsbedömning's decision, which leaves the call activity with a
        // transient motivering (aktualisering.bpmn copies it out for the service task that registers the outcome)
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);
        String barnarende = registrera(DemoKonton.HANDLAGGARE, """
                {"personnummer":"%s","fornamn":"Barn","efternamn":"Formularsson","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN",
                 "inkom":"%s","orsakskod":"ORO_FOR_BARN","anmalartyp":"SKOLA","enhet":"BOU"}""", barn());
        gor(
                hanna,
                barnarende,
                Formularflaggor.TASK_OMEDELBAR_SKYDDSBEDOMNING,
                formularPerUppgift,
                formular,
                Map.of(Formularflaggor.OMEDELBART_SKYDDSBEHOV, "false"));
        gor(
                hanna,
                barnarende,
                Formularflaggor.TASK_BESLUTA_OM_UTREDNING,
                formularPerUppgift,
                formular,
                Map.of(Formularflaggor.BEDOMNING, "LEDER_TILL_UTREDNING"));
        String motivering = fritexter.get(fritexter.size() - 1);
        assertThat(jdbc.sql(
                                "select utfall_motivering from aktualisering where arende_id = (select id from arende where arendenummer = :n)")
                        .param("n", barnarende)
                        .query(String.class)
                        .list())
                .as("the use case got the transient motivering")
                .contains(motivering);

        // an adult's LSS application: the aktualisering's own assessment, then a decision to follow up
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String personnummer = vuxen();
        String lssarende = registrera("handlaggare.lss", """
                {"personnummer":"%s","fornamn":"Vuxen","efternamn":"Formularsson","arendetyp":"LSS","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""", personnummer);
        gor(
                leo,
                lssarende,
                Formularflaggor.TASK_BEDOM_AKTUALISERING,
                formularPerUppgift,
                formular,
                Map.of(Formularflaggor.BEDOMNING, "LEDER_TILL_UTREDNING"));
        Map<String, Object> arende = lssArendeMedBeslut(lssarende);

        // a follow-up of that decision (uppfoljning.bpmn, from its start as verkställigheten calls it)
        Map<String, Object> uppfoljning = new HashMap<>(arende);
        uppfoljning.put(
                "uppfoljningStart", LocalDate.now(se.tillit.drift.Svensktid.ZON).toString());
        runtimeService.startProcessInstanceByKey(Uppfoljningsprocessen.PROCESS, lssarende, uppfoljning);
        gor(
                leo,
                lssarende,
                Formularflaggor.TASK_FOLJA_UPP,
                formularPerUppgift,
                formular,
                Map.of(Formularflaggor.RESULTAT, "AVSLUT"));

        // a discharge's planning and the SIP (utskrivning.bpmn, at its two form tasks)
        for (String uppgift : List.of(Formularflaggor.TASK_PLANERA_UTSKRIVNING, Formularflaggor.TASK_DELTA_I_SIP)) {
            runtimeService
                    .createProcessInstanceByKey("utskrivning")
                    .businessKey(lssarende)
                    .startBeforeActivity(uppgift)
                    .setVariables(Map.of(
                            "enhet",
                            "LSS",
                            "arendeId",
                            arende.get("arendeId"),
                            "arendenummer",
                            lssarende,
                            "utskrivningId",
                            UUID.randomUUID().toString()))
                    .execute();
        }
        gor(leo, lssarende, Formularflaggor.TASK_PLANERA_UTSKRIVNING, formularPerUppgift, formular, Map.of());
        gor(leo, lssarende, Formularflaggor.TASK_DELTA_I_SIP, formularPerUppgift, formular, Map.of());

        assertThat(genomgangna).as("every user task with a form was walked").isEqualTo(formularPerUppgift.keySet());
        assertThat(genomgangna)
                .as("Formularflaggor names every task with a form")
                .isEqualTo(Formularflaggor.PER_UPPGIFT.keySet());

        // 1. no typed text anywhere in the engine's variables or their history (any case's, not only these)
        for (String text : fritexter) {
            assertThat(traffar(text))
                    .as("where the engine holds the typed text " + text)
                    .isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from formularsvar where varde = any(:t)")
                        .param("t", fritexter.toArray(String[]::new))
                        .query(Long.class)
                        .single())
                .as("each typed text is kept in formularsvar")
                .isEqualTo(fritexter.size());

        // 2. every variable of these cases' instances, now or in their history, is one the code sets
        List<String> instanser = jdbc.sql("select id_ from act_hi_procinst where business_key_ in (:a, :b)")
                .param("a", barnarende)
                .param("b", lssarende)
                .query(String.class)
                .list();
        assertThat(instanser).hasSizeGreaterThanOrEqualTo(6);
        Set<String> tillatna = tillatnaNamn(formular);
        Map<String, String> okanda = new LinkedHashMap<>();
        for (String tabell : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
            String typ = "act_ru_variable".equals(tabell) ? "type_" : "var_type_";
            jdbc.sql("select distinct name_, " + typ + " from " + tabell + " where proc_inst_id_ in (:p)")
                    .param("p", instanser)
                    .query((rs, n) -> Map.entry(rs.getString(1), tabell + " (" + rs.getString(2) + ")"))
                    .list()
                    .forEach(v -> {
                        if (!tillatna.contains(v.getKey())) {
                            okanda.merge(v.getKey(), v.getValue(), (a, b) -> a + ", " + b);
                        }
                    });
        }
        assertThat(okanda)
                .as("variables whose names no code of the motor module or model sets (a form's field that is "
                        + "not a flag in Formularflaggor, or free text)")
                .isEmpty();

        // 3. the transient motivering: never a variable, in no table, not even as the call activity's output
        for (String tabell : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
            for (String text : Formularflaggor.TEXT_TILL_ANVANDNINGSFALL) {
                assertThat(jdbc.sql("select count(*) from " + tabell + " where proc_inst_id_ in (:p) and name_ = :n")
                                .param("p", instanser)
                                .param("n", text)
                                .query(Long.class)
                                .single())
                        .as(text + " in " + tabell)
                        .isZero();
            }
        }
    }

    /** Takes the task of the case waiting at this BPMN id and sends its form with a text of its own in each text field. */
    private void gor(
            HttpSession session,
            String arendenummer,
            String uppgiftstyp,
            Map<String, String> formularPerUppgift,
            Map<String, Map<String, JsonNode>> formular,
            Map<String, String> val) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(uppgiftstyp)
                .singleResult();
        assertThat(task).as(uppgiftstyp + " waits in " + arendenummer).isNotNull();
        HttpResponse<String> tagen = session.postForm("/uppgifter/" + task.getId() + "/ta", Map.of());
        assertThat(tagen.statusCode()).as(tagen.body()).isEqualTo(302);
        Map<String, String> falt = new LinkedHashMap<>();
        formular.get(formularPerUppgift.get(uppgiftstyp)).forEach((nyckel, komponent) -> {
            String typ = komponent.path("type").asText();
            if (val.containsKey(nyckel)) {
                falt.put(nyckel, val.get(nyckel));
            } else if ("textarea".equals(typ) || "textfield".equals(typ)) {
                String text = "Fritext " + nyckel + " " + UUID.randomUUID();
                fritexter.add(text);
                falt.put(nyckel, text);
            } else if (komponent.has("values")) {
                falt.put(nyckel, komponent.get("values").get(0).path("value").asText());
            } else if ("checkbox".equals(typ)) {
                falt.put(nyckel, "true");
            }
        });
        HttpResponse<String> svar = session.postForm("/uppgifter/" + task.getId(), falt);
        assertThat(svar.statusCode()).as(uppgiftstyp + ": " + svar.body()).isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
                .as(uppgiftstyp + " completed")
                .isZero();
        genomgangna.add(uppgiftstyp);
    }

    /** Where (table and column) a text is in the engine's variables and history. */
    private List<String> traffar(String text) {
        List<String> traffar = new ArrayList<>();
        for (String tabell : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
            for (String kolumn : List.of("text_", "text2_")) {
                if (jdbc.sql("select count(*) from " + tabell + " where " + kolumn + " like :t")
                                .param("t", "%" + text + "%")
                                .query(Long.class)
                                .single()
                        > 0) {
                    traffar.add(tabell + "." + kolumn);
                }
            }
        }
        if (jdbc.sql("select count(*) from act_ge_bytearray where position(convert_to(:t, 'UTF8') in bytes_) > 0")
                        .param("t", text)
                        .query(Long.class)
                        .single()
                > 0) {
            traffar.add("act_ge_bytearray");
        }
        return traffar;
    }

    /**
     * The names the code gives variables: the lower-camel string literals of the motor module (the only module that
     * talks to the engine), the names the models declare (input and output parameters, result variables, call
     * activities' in and out targets) and the deadline variables {@code Fristberakning} makes from a model's prefix;
     * less every form field that is not its task's flag, and the free text handed on as transient values.
     */
    private static Set<String> tillatnaNamn(Map<String, Map<String, JsonNode>> formular) throws IOException {
        Set<String> namn = new TreeSet<>();
        List<String> suffix = new ArrayList<>();
        try (Stream<Path> kallor = Files.walk(Path.of("src/main/java/se/tillit/motor"))) {
            for (Path kalla : kallor.filter(p -> p.toString().endsWith(".java")).toList()) {
                String kod = Files.readString(kalla);
                lagg(LITERAL, kod, namn);
                lagg(PREFIX_SUFFIX, kod, suffix);
            }
        }
        assertThat(suffix).as("Fristberakning's variables").contains("Frist", "Forfaller");
        try (Stream<Path> modeller = Files.list(Path.of("../processes"))) {
            for (Path modell :
                    modeller.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(modell);
                lagg(BPMN_NAMN, xml, namn);
                List<String> prefix = new ArrayList<>();
                lagg(PREFIX, xml, prefix);
                prefix.forEach(p -> suffix.forEach(s -> namn.add(p + s)));
            }
        }
        Set<String> flaggor = new TreeSet<>();
        Formularflaggor.PER_UPPGIFT.values().forEach(flaggor::addAll);
        formular.values()
                .forEach(falt ->
                        falt.keySet().stream().filter(f -> !flaggor.contains(f)).forEach(namn::remove));
        namn.removeAll(Formularflaggor.TEXT_TILL_ANVANDNINGSFALL);
        namn.addAll(flaggor);
        return namn;
    }

    private static void lagg(Pattern monster, String text, java.util.Collection<String> till) {
        Matcher m = monster.matcher(text);
        while (m.find()) {
            till.add(m.group(1));
        }
    }

    /** Each form's fields with a key, by the form's id. */
    private Map<String, Map<String, JsonNode>> formular() throws IOException {
        Map<String, Map<String, JsonNode>> formular = new HashMap<>();
        try (Stream<Path> filer = Files.list(Path.of("../forms"))) {
            for (Path fil : filer.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode form = mapper.readTree(fil.toFile());
                Map<String, JsonNode> falt = new LinkedHashMap<>();
                samla(form, falt);
                formular.put(form.path("id").asText(), falt);
            }
        }
        return formular;
    }

    private static void samla(JsonNode nod, Map<String, JsonNode> falt) {
        for (JsonNode komponent : nod.path("components")) {
            if (komponent.hasNonNull("key")) {
                falt.put(komponent.get("key").asText(), komponent);
            }
            samla(komponent, falt);
        }
    }

    /** Every user task with a form in the models: its BPMN id and its form's id. */
    private static Map<String, String> formularPerUppgift() throws IOException {
        Map<String, String> uppgifter = new LinkedHashMap<>();
        try (Stream<Path> modeller = Files.list(Path.of("../processes"))) {
            for (Path modell : modeller.filter(p -> p.toString().endsWith(".bpmn"))
                    .sorted()
                    .toList()) {
                Matcher m = FORM_REF.matcher(Files.readString(modell));
                while (m.find()) {
                    uppgifter.put(m.group(1), m.group(2));
                }
            }
        }
        return uppgifter;
    }

    private String registrera(String anvandare, String mall, String personnummer) {
        HttpResponse<String> svar = HttpSession.api(port, anvandare, DemoKonton.LOSENORD)
                .post(
                        "/api/aktualiseringar",
                        mall.formatted(personnummer, se.tillit.Testtid.idagFore(java.time.Duration.ofHours(2))));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        return HttpSession.json(svar.body(), "arendenummer");
    }

    /** The LSS case's investigation done and a decision taken (as in VarjeUppgiftOppnasTest); its ids for the models. */
    private Map<String, Object> lssArendeMedBeslut(String arendenummer) {
        String arendeId = jdbc.sql("select id::text from arende where arendenummer = :n")
                .param("n", arendenummer)
                .query(String.class)
                .single();
        taskService.complete(taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(Utredningsprocessen.TASK_UTREDA)
                .singleResult()
                .getId());
        String igar = LocalDate.now(se.tillit.drift.Svensktid.ZON).minusDays(1).toString();
        HttpResponse<String> beslut = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/arenden/" + arendeId + "/beslut", """
                {"insatstyp":"LSS_KORTTIDSVISTELSE","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 6"},
                 "omfattning":"Fyra dygn per månad","giltigFrom":"%1$s","motivering":"Behovet är styrkt","overklagandehanvisning":false,
                 "delegationspunkt":"3.2","beslutsdatum":"%1$s","utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%1$s",
                 "individuellPlan":"MUNTLIGT"}""".formatted(igar));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("enhet", "LSS");
        variabler.put("arendeId", arendeId);
        variabler.put("arendenummer", arendenummer);
        variabler.put("beslutId", HttpSession.json(beslut.body(), "id"));
        return variabler;
    }

    /** A synthetic child (born 2012–2021, serial 98x). */
    private static String barn() {
        return personnummer(2012 + ThreadLocalRandom.current().nextInt(10));
    }

    private static String vuxen() {
        return personnummer(1940 + ThreadLocalRandom.current().nextInt(50));
    }

    private static String personnummer(int ar) {
        LocalDate fodd =
                LocalDate.of(ar, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365));
        return Testpersoner.medKontrollsiffra(fodd.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-98"
                + ThreadLocalRandom.current().nextInt(10));
    }
}
