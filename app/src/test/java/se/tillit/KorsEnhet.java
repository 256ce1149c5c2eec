package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utredningsprocessen;

/**
 * The fixture and the checks of the cross-unit write tests (issue 16, docs/security.md "One unit's cases stay in that
 * unit"): each module's {@code KorsEnhetSkrivningTest} sends, as a user of one unit, a write whose body names a person,
 * case, decision or unit of another, and checks with these that it is refused, that nothing of the other unit changed
 * and that the answer carries nothing of the other unit's case. The other unit's objects are made here the ordinary
 * way, through the API as that unit's handläggare; every case is about a new synthetic person (Skatteverket's test
 * series), as the test database is shared by every test class of a run.
 *
 * <p>One class per module rather than one parameterised class: the writes differ in what they name and in what is
 * right (a refusal, or the own unit's object untouched by the other's), so each test reads best beside the module's
 * other tests, where whoever changes a write finds it; what they share is here, and {@code
 * sakerhet.KorsEnhetTackningTest} keeps the list of such writes whole across the modules.
 */
public final class KorsEnhet {

    /** Unit A of the authorization matrix: Barn och unga. */
    public static final String BOU = "BOU";
    /** Unit B of the authorization matrix: LSS (its handläggare and chef also hold VUX). */
    public static final String LSS = "LSS";

    public static final String HANDLAGGARE_BOU = DemoKonton.HANDLAGGARE;
    public static final String HANDLAGGARE_LSS = "handlaggare.lss";
    public static final String CHEF_BOU = DemoKonton.CHEF;
    public static final String CHEF_LSS = "chef.lss";

    private static final Random SLUMP = new SecureRandom();

    /**
     * A case of a unit and its person: what an answer to a user of another unit must not carry.
     *
     * @param efternamn made for the test, so that it is found in no other answer
     */
    public record Arende(
            String enhet,
            String personnummer,
            String personId,
            String fornamn,
            String efternamn,
            String id,
            String nummer) {

        /** The personnummer as 12 digits, as the register keeps it. */
        public String tolvSiffror() {
            return personnummer.replace("-", "");
        }
    }

    private final int port;
    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    /** The business keys of the processes this fixture started: case numbers, lex Sarah report numbers. */
    private final List<String> processnycklar = new ArrayList<>();

    public KorsEnhet(int port, JdbcClient jdbc, ProcessEngine motor) {
        this.port = port;
        this.jdbc = jdbc;
        this.taskService = motor.getTaskService();
        this.runtimeService = motor.getRuntimeService();
    }

    /** A process the test started itself (a lex Sarah report's), to end with the fixture's. */
    public void foljUpp(String affarsnyckel) {
        processnycklar.add(affarsnyckel);
    }

    /**
     * Ends the processes of the fixture's cases and reports, so that their open tasks (due before many others) leave
     * the units' task queues as other tests find them, as the authorization matrix does with its fixture.
     */
    public void avslutaProcesserna() {
        if (processnycklar.isEmpty()) {
            return;
        }
        java.util.Set<String> processer = new TreeSet<>(jdbc.sql("""
                        select distinct u.process_instance_id from uppgift u
                          left join lexsarah_rapport l on l.id = u.lexsarah_id
                         where u.arendenummer in (:nycklar) or l.nummer in (:nycklar)""")
                .param("nycklar", processnycklar)
                .query(String.class)
                .list());
        avslutaProcesser(runtimeService, processer, processnycklar, "KorsEnhet: fixturen tas bort");
        assertThat(jdbc.sql("""
                        select count(*) from uppgift u left join lexsarah_rapport l on l.id = u.lexsarah_id
                         where u.arendenummer in (:nycklar) or l.nummer in (:nycklar)""")
                        .param("nycklar", processnycklar)
                        .query(Long.class)
                        .single())
                .as("the fixture leaves no open task behind")
                .isZero();
        processnycklar.clear();
    }

    /**
     * Ends the processes {@code processer} and those of the business keys {@code nycklar}: a fixture's, so that their
     * open tasks leave the units' task queues as other tests find them.
     */
    public static void avslutaProcesser(
            RuntimeService runtimeService,
            java.util.Collection<String> processer,
            java.util.Collection<String> nycklar,
            String orsak) {
        java.util.Set<String> alla = new TreeSet<>(processer);
        nycklar.forEach(nyckel -> runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(nyckel)
                .list()
                .forEach(process -> alla.add(process.getId())));
        for (String process : alla) {
            // a called process may have ended with its caller
            if (runtimeService
                            .createProcessInstanceQuery()
                            .processInstanceId(process)
                            .count()
                    > 0) {
                runtimeService.deleteProcessInstance(process, orsak, false, true);
            }
        }
    }

    /** The account's session on the JSON API (people: their browser session and CSRF header, never HTTP Basic). */
    public HttpSession api(String anvandare) {
        return HttpSession.api(port, anvandare, DemoKonton.LOSENORD);
    }

    /** The account's browser session, for pages and their forms. */
    public HttpSession browser(String anvandare) {
        return HttpSession.browser(port, anvandare, DemoKonton.LOSENORD);
    }

    // --- the other unit's objects, made the ordinary way

    /** A personnummer of Skatteverket's test series (birth numbers 980–999), born in the years given, not yet in the register. */
    public String nyttPersonnummer(int franAr, int tillAr) {
        for (int forsok = 0; forsok < 200; forsok++) {
            LocalDate fodd = LocalDate.of(franAr + SLUMP.nextInt(tillAr - franAr + 1), 1, 1)
                    .plusDays(SLUMP.nextInt(365));
            String pnr = Testpersoner.medKontrollsiffra(
                    "%s-%03d".formatted(fodd.toString().replace("-", ""), 980 + SLUMP.nextInt(20)));
            if (jdbc.sql("select count(*) from person where personnummer = :p")
                            .param("p", pnr.replace("-", ""))
                            .query(Long.class)
                            .single()
                    == 0) {
                return pnr;
            }
        }
        throw new IllegalStateException("no free personnummer in " + franAr + "–" + tillAr);
    }

    /**
     * An open case of the unit about a new person, registered by the unit's handläggare through the API, its assessment
     * done so that the investigation runs: BOU a child's case (born 2002–2009), LSS an adult's LSS case (born 1921–1926),
     * years no other test uses.
     */
    public Arende arende(String enhet) {
        boolean bou = enhet.equals(BOU);
        String pnr = bou ? nyttPersonnummer(2002, 2009) : nyttPersonnummer(1921, 1926);
        String fornamn = bou ? "Bo" : "Lisa";
        String efternamn = "Korsenhet" + slumpbokstaver(6);
        HttpResponse<String> svar = api(handlaggare(enhet)).post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"%s","efternamn":"%s","arendetyp":"%s","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","enhet":"%s"}""".formatted(
                        pnr,
                        fornamn,
                        efternamn,
                        bou ? "BARN_OCH_UNGA" : "LSS",
                        OffsetDateTime.now().minusDays(2).truncatedTo(ChronoUnit.SECONDS),
                        enhet));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        String nummer = HttpSession.json(svar.body(), "arendenummer");
        processnycklar.add(nummer);
        slutfor(
                nummer,
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Korsenhetstestet"));
        String personId = jdbc.sql("select id::text from person where personnummer = :p")
                .param("p", pnr.replace("-", ""))
                .query(String.class)
                .single();
        return new Arende(enhet, pnr, personId, fornamn, efternamn, HttpSession.json(svar.body(), "arendeId"), nummer);
    }

    /**
     * A decision in the case, made and delivered through the API by the unit's handläggare: granted and ordered from the
     * provider given, or (provider null) refused.
     */
    public String beslut(Arende arende, String utforare) {
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        String insats = arende.enhet().equals(BOU)
                ? "\"insatstyp\":\"SOL_KONTAKTPERSON\",\"lagrum\":{\"lag\":\"SOL\",\"lagversion\":\"2025:400\",\"kapitel\":11,\"paragraf\":\"1 §\"}"
                : "\"insatstyp\":\"LSS_KORTTIDSVISTELSE\",\"lagrum\":{\"lag\":\"LSS\",\"lagversion\":\"1993:387\",\"paragraf\":\"9 § 6\"}"
                        // R21, LSS 10 §: an LSS grant records how the person was told of the individuell plan
                        + (utforare == null ? "" : ",\"individuellPlan\":\"MUNTLIGT\"");
        String utfall = utforare == null
                ? "\"utfall\":\"AVSLAG\",\"motivering\":\"Behovet är inte styrkt\""
                : "\"utfall\":\"BIFALL\",\"motivering\":\"Behovet är styrkt\",\"utforare\":\"%s\",\"utforartyp\":\"EGEN_REGI\",\"onskadStart\":\"%s\""
                        .formatted(utforare, idag);
        HttpSession api = api(handlaggare(arende.enhet()));
        HttpResponse<String> svar =
                api.post("/api/arenden/" + arende.id() + "/beslut", """
                {%s,%s,"omfattning":"Korsenhetstestet","niva":2,"giltigFrom":"%s","overklagandehanvisning":true,
                 "delegationspunkt":"KORS-1","beslutsdatum":"%s"}""".formatted(insats, utfall, idag, idag));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        String beslutId = HttpSession.json(svar.body(), "id");
        HttpResponse<String> delgivning =
                api.post("/api/beslut/" + beslutId + "/delgivning", "{\"delgivningsdatum\":\"" + idag + "\"}");
        assertThat(delgivning.statusCode()).as(delgivning.body()).isEqualTo(200);
        return beslutId;
    }

    /** An appeal of the decision, registered by the unit's handläggare; with a judgment, the court's outcome too. */
    public String overklagande(Arende arende, String beslutId, String domstolensUtfall) {
        HttpSession api = api(handlaggare(arende.enhet()));
        String idag = LocalDate.now(se.tillit.drift.Svensktid.ZON).toString();
        HttpResponse<String> svar =
                api.post("/api/beslut/" + beslutId + "/overklaganden", "{\"inkom\":\"" + idag + "\"}");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        String id = HttpSession.json(svar.body(), "id");
        if (domstolensUtfall != null) {
            // the appeal waits for the court once it has been reconsidered, not changed, and forwarded (FL 45–46 §§)
            HttpSession sida = browser(handlaggare(arende.enhet()));
            HttpResponse<String> omprovad = sida.postForm(
                    "/overklaganden/" + id + "/omprovning",
                    Map.of(
                            "omprovning",
                            "INTE_ANDRAT",
                            "omprovad",
                            idag,
                            "motivering",
                            "Överklagandet tillför inga nya omständigheter."));
            assertThat(omprovad.statusCode()).as(omprovad.body()).isEqualTo(302);
            HttpResponse<String> overlamnad = sida.postForm(
                    "/overklaganden/" + id + "/overlamnande",
                    Map.of("overlamnat", idag, "malnummer", "KORS-" + slumpbokstaver(4)));
            assertThat(overlamnad.statusCode()).as(overlamnad.body()).isEqualTo(302);
            HttpResponse<String> dom = api.post(
                    "/api/overklaganden/" + id + "/domslut",
                    "{\"utfall\":\"" + domstolensUtfall + "\",\"domDatum\":\"" + idag + "\"}");
            assertThat(dom.statusCode()).as(dom.body()).isEqualTo(204);
        }
        return id;
    }

    /** The case's investigation done: the case waits for its decision (Task_FattaBeslut). */
    public void utredningKlar(Arende arende) {
        slutfor(arende.nummer(), Utredningsprocessen.TASK_UTREDA, Map.of());
    }

    /** The open task of the case, by its BPMN element id. */
    public String uppgift(Arende arende, String element) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arende.nummer())
                .taskDefinitionKey(element)
                .singleResult();
        assertThat(task).as("%s of %s", element, arende.nummer()).isNotNull();
        return task.getId();
    }

    public static String handlaggare(String enhet) {
        return enhet.equals(BOU) ? HANDLAGGARE_BOU : HANDLAGGARE_LSS;
    }

    private void slutfor(String arendenummer, String element, Map<String, Object> variabler) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(element)
                .singleResult();
        assertThat(task).as(element).isNotNull();
        taskService.complete(task.getId(), variabler);
    }

    private static String slumpbokstaver(int antal) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < antal; i++) {
            s.append((char) ('a' + SLUMP.nextInt(26)));
        }
        return s.toString();
    }

    // --- the checks

    /**
     * The answer, its body and any redirect, carries nothing of the other unit's case: not its id or number, not its
     * person's id or name, and its personnummer (in any of its forms) only where the request itself carried it (a
     * form shown again with what was typed).
     */
    public static void avslojarInget(HttpResponse<String> svar, Arende annan, String... skickat) {
        String allt = (svar.body() == null ? "" : svar.body()) + "\n"
                + svar.headers().firstValue("Location").orElse("");
        String begaran = String.join("\n", skickat);
        List<String> hemligt =
                new ArrayList<>(List.of(annan.id(), annan.nummer(), annan.personId(), annan.efternamn()));
        String tolv = annan.tolvSiffror();
        List<String> pnr = List.of(
                tolv,
                annan.personnummer(),
                tolv.substring(2),
                annan.personnummer().substring(2));
        if (pnr.stream().noneMatch(begaran::contains)) {
            hemligt.addAll(pnr);
        }
        hemligt.removeIf(begaran::contains);
        assertThat(hemligt)
                .as(
                        "the answer (%d) shows nothing of %s's case %s: %s",
                        svar.statusCode(), annan.enhet(), annan.nummer(), allt)
                .noneMatch(allt::contains);
    }

    /**
     * Tables and how a row belongs to a case ({@code :a} the case's id). Counted too (new rows anywhere): the tables
     * only an explicit write adds to.
     */
    private static final Map<String, String> RADER_AV_ARENDET = new LinkedHashMap<>();

    private static final List<String> RAKNAS = List.of(
            "arende",
            "aktualisering",
            "beslut",
            "bestallning",
            "overklagande",
            "narvaro",
            "journalanteckning",
            "sip",
            "lexsarah_rapport",
            "utford_tid",
            "anvandare_roll",
            "ej_verkstallt",
            "ej_verkstallt_skal",
            "ej_verkstallt_erbjudande");

    static {
        String beslutet = "beslut_id in (select id from beslut where arende_id = :a)";
        String personen = "person_id = (select person_id from arende where id = :a)";
        RADER_AV_ARENDET.put("arende", "id = :a");
        RADER_AV_ARENDET.put("person", "id = (select person_id from arende where id = :a)");
        RADER_AV_ARENDET.put("aktualisering", "arende_id = :a");
        RADER_AV_ARENDET.put("utredning", "arende_id = :a");
        RADER_AV_ARENDET.put("beslut", "arende_id = :a");
        RADER_AV_ARENDET.put("bestallning", beslutet);
        RADER_AV_ARENDET.put("overklagande", beslutet);
        RADER_AV_ARENDET.put("narvaro", beslutet);
        RADER_AV_ARENDET.put("utford_tid", beslutet);
        RADER_AV_ARENDET.put("ej_verkstallt", beslutet);
        String posten = "ej_verkstallt_id in (select id from ej_verkstallt where " + beslutet + ")";
        RADER_AV_ARENDET.put("ej_verkstallt_skal", posten);
        RADER_AV_ARENDET.put("ej_verkstallt_erbjudande", posten);
        RADER_AV_ARENDET.put("journalanteckning", "arende_id = :a");
        RADER_AV_ARENDET.put("uppgift", "arende_id = :a");
        RADER_AV_ARENDET.put("sip", personen);
        RADER_AV_ARENDET.put("lexsarah_rapport", personen);
        RADER_AV_ARENDET.put("anvandare_roll", "enhet_kod = (select enhet_kod from arende where id = :a)");
    }

    /**
     * What the database holds of the cases: for each table, a checksum of the cases' rows (the engine's task assignee
     * included, as {@code act_ru_task}), and the row count of the tables that only an explicit write adds to. Equal
     * before and after a refused write: nothing was written, in the other unit or anywhere.
     */
    public Map<String, String> avtryck(Arende... arenden) {
        Map<String, String> avtryck = new TreeMap<>();
        for (String tabell : RAKNAS) {
            avtryck.put(
                    tabell + " (antal)",
                    String.valueOf(jdbc.sql("select count(*) from " + tabell)
                            .query(Long.class)
                            .single()));
        }
        for (Arende arende : arenden) {
            RADER_AV_ARENDET.forEach((tabell, villkor) -> avtryck.put(
                    tabell + " " + arende.nummer(),
                    jdbc.sql("select coalesce(md5(string_agg(md5(r::text), '' order by md5(r::text))), '-') from "
                                    + tabell + " r where " + villkor)
                            .param("a", UUID.fromString(arende.id()))
                            .query(String.class)
                            .single()));
            avtryck.put(
                    "act_ru_task " + arende.nummer(),
                    String.join(
                            ",",
                            jdbc.sql("""
                    select t.task_def_key_ || '=' || coalesce(t.assignee_, '-') from act_ru_task t
                      join act_ru_execution e on e.id_ = t.proc_inst_id_ where e.business_key_ = :n order by t.id_""")
                                    .param("n", arende.nummer())
                                    .query(String.class)
                                    .list()));
        }
        return avtryck;
    }

    /** The id in an answer's {@code Location} ({@code .../<uuid>}), or in a JSON field. */
    public static String idIAdress(HttpResponse<String> svar) {
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")
                .matcher(svar.headers().firstValue("Location").orElse(""));
        assertThat(m.find())
                .as("an id in the Location of %s", svar.headers().map())
                .isTrue();
        return m.group(1);
    }

    /** Form fields as name-value pairs. */
    public static Map<String, String> falt(String... parVis) {
        assertThat(parVis.length % 2).isZero();
        Map<String, String> falt = new LinkedHashMap<>();
        for (int i = 0; i < parVis.length; i += 2) {
            falt.put(parVis[i], parVis[i + 1]);
        }
        return falt;
    }

    /** What was sent, for {@link #avslojarInget}: a form's values. */
    public static String[] skickat(Map<String, String> falt) {
        return falt.values().toArray(String[]::new);
    }
}
