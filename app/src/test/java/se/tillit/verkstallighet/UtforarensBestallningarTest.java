package se.tillit.verkstallighet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.tillit.DemoKonton;
import se.tillit.GynnandeLssBeslut;
import se.tillit.GynnandeLssBeslut.Fall;
import se.tillit.GynnandeLssBeslut.Insats;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Verkstallighetsprocessen;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Roll;

/**
 * The provider's orders in the browser (issue 17): the list of the orders to the provider's own unit, the order's page
 * with what the order needs to start and nothing else of the case, and the provider's steps, each through the use case
 * the JSON API calls: accept, book a place (tomdygn, R24), report the start, an avbrott and its resumption, and why the
 * order cannot start yet, which becomes the ej-verkställt record's reason and IVO's (R22, C36). A refused step answers 400
 * with the error beside its field and saves nothing; another provider's order does not exist (404); every order shown is
 * a read in the access log.
 */
@TillitSpringTest
class UtforarensBestallningarTest {

    static final String MOTIVERING = "Motiveringen som utföraren aldrig ska se";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    Bestallningar bestallningar;

    @Autowired
    UserDetailsService anvandare;

    @Test
    void theProviderAcceptsBooksAPlaceAndReportsTheStartWhichTheHandlaggareSees() { // R24, issue 17
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        LocalDate beslutsdatum = idag.minusDays(10);
        Fall order = order("Bodil", Insats.BOSTAD, beslutsdatum);
        HttpSession utforare = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        String sida = "/bestallningar/" + order.beslutId();

        String start = utforare.get("/").body();
        assertThat(start).contains("href=\"/bestallningar\"", "nya beställningar att ta emot");
        String nya = utforare.get("/bestallningar?status=NY").body();
        assertThat(nya)
                .contains(
                        "Bodil Beställdsson",
                        order.personnummer(),
                        "Bostad med särskild service",
                        "href=\"" + sida + "\"");
        HttpResponse<String> bestallning = utforare.get(sida);
        assertThat(bestallning.statusCode()).isEqualTo(200);
        assertThat(bestallning.body())
                .contains(
                        "Bodil Beställdsson",
                        order.personnummer(),
                        order.arendenummer(),
                        "Gruppbostad",
                        "Leo Lind (demo)",
                        "handlaggare.lss@demo.tillit.invalid",
                        "Ny",
                        "Acceptera beställningen")
                .as("nothing of the case beyond the order")
                .doesNotContain(MOTIVERING)
                .doesNotContain("Utredning");
        // the decision's scope and validity, the same fragment as on the decision's page (fragments.html)
        assertThat(bestallning.body())
                .contains(
                        "<dt>Omfattning</dt>",
                        "<dd>Gruppbostad</dd>",
                        "<dt>Nivå</dt>",
                        "<dd>3</dd>",
                        "<dt>Giltighet</dt>",
                        ", tills vidare</dd>");

        assertThat(utforare.postForm(sida + "/acceptans", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(utforare.get(sida).body())
                .contains("Beställningen är accepterad.", "Accepterad", "utforare")
                .doesNotContain("Acceptera beställningen</button>");
        assertThat(utforare.postForm(sida + "/acceptans", Map.of()).statusCode())
                .as("sent twice: recorded once")
                .isEqualTo(302);
        assertThat(utforare.get(sida).body()).contains("Det var redan registrerat.");

        HttpResponse<String> utanDatum = utforare.postForm(sida + "/plats-bokad", Map.of("datum", ""));
        HttpResponse<String> foreBeslutet = utforare.postForm(
                sida + "/plats-bokad", Map.of("datum", beslutsdatum.minusDays(1).toString()));
        HttpResponse<String> framtid = utforare.postForm(
                sida + "/plats-bokad", Map.of("datum", idag.plusDays(1).toString()));
        assertThat(utanDatum.statusCode()).isEqualTo(400);
        assertThat(utanDatum.body()).contains("id=\"plats-fel-datum\"", "Ange ett datum.");
        assertThat(foreBeslutet.statusCode()).isEqualTo(400);
        assertThat(foreBeslutet.body()).contains("id=\"plats-fel-datum\"", "Platsen kan inte ha bokats före beslutet");
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("kan inte ligga i framtiden");
        assertThat(kolumn(order, "plats_bokad")).as("nothing saved").isNull();
        LocalDate bokad = idag.minusDays(7);
        assertThat(utforare.postForm(sida + "/plats-bokad", Map.of("datum", bokad.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(utforare.get(sida).body()).contains("Den bokade platsen är sparad.", bokad + " (tomdygn");

        HttpResponse<String> utanStart = utforare.postForm(sida + "/verkstallighet", Map.of());
        HttpResponse<String> startIFramtiden = utforare.postForm(
                sida + "/verkstallighet", Map.of("verkstalld", idag.plusDays(3).toString()));
        HttpResponse<String> startForeBeslutet = utforare.postForm(
                sida + "/verkstallighet",
                Map.of("verkstalld", beslutsdatum.minusDays(1).toString()));
        assertThat(utanStart.statusCode()).isEqualTo(400);
        assertThat(utanStart.body()).contains("id=\"start-fel-verkstalld\"", "Ange ett datum.");
        assertThat(startIFramtiden.statusCode()).isEqualTo(400);
        assertThat(startIFramtiden.body())
                .contains("id=\"start-fel-verkstalld\"", "Verkställighetsdatum kan inte ligga i framtiden");
        assertThat(startForeBeslutet.body()).contains("Verkställighetsdatum kan inte vara före beslutsdatum");
        assertThat(kolumn(order, "verkstalld")).as("nothing saved").isNull();
        LocalDate startade = idag.minusDays(2);
        assertThat(utforare.postForm(sida + "/verkstallighet", Map.of("verkstalld", startade.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(utforare.get(sida).body()).contains("Starten är rapporterad.", "Pågår", "Registrera avbrott");
        assertThat(utforare.postForm(sida + "/verkstallighet", Map.of("verkstalld", startade.toString()))
                        .statusCode())
                .as("sent twice: recorded once")
                .isEqualTo(302);
        assertThat(utforare.get("/bestallningar?status=VERKSTALLD").body()).contains("href=\"" + sida + "\"");

        String arendesida = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/arenden/" + order.arendeId())
                .body();
        assertThat(arendesida).contains("Verkställt " + startade + " (Solrosens omsorg (utförare))");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(Uppfoljningsprocessen.PROCESS)
                        .variableValueEquals("beslutId", order.beslutId())
                        .count())
                .as("the start moved the decision's process on")
                .isOne();

        assertThat(loggade(order, "Beställning hos utföraren"))
                .as("every read of the order's page is logged")
                .isGreaterThanOrEqualTo(8);
        assertThat(loggade(order, "Utförarens beställningar"))
                .as("every list that showed it")
                .isEqualTo(2);
        assertThat(kolumn(order, "verkstalld_registrerad_av"))
                .as("who reported the start, on the order, the first time")
                .isEqualTo(DemoKonton.UTFORARE);
        assertThat(kolumn(order, "verkstalld_registrerad")).isNotNull();
        assertThat(jdbc.sql("""
                select count(*) from atkomstlogg where anvandarnamn = 'utforare' and arende_id = :a::uuid and person_id = :p::uuid""")
                        .param("a", order.arendeId())
                        .param("p", order.personId())
                        .query(Long.class)
                        .single())
                .as("each row names the case and the person; the reads only: the start is the order's own record")
                .isEqualTo(loggade(order, "Beställning hos utföraren") + loggade(order, "Utförarens beställningar"));
    }

    @Test
    void anAcceptedOrderShowsOnTheCasePageAndTheApiAcceptsAsThePageDoes() {
        Fall order = order(
                "Arne",
                Insats.KORTTIDSVISTELSE,
                LocalDate.now(se.tillit.drift.Svensktid.ZON).minusDays(3));
        HttpSession handlaggare = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);

        assertThat(handlaggare
                        .post("/api/beslut/" + order.beslutId() + "/acceptans", "{}")
                        .statusCode())
                .as("the acceptance is the provider's")
                .isEqualTo(403);
        assertThat(HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .post("/api/beslut/" + order.beslutId() + "/acceptans", "{}")
                        .statusCode())
                .as("another unit")
                .isEqualTo(404);
        HttpResponse<String> accepterad = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                .post("/api/beslut/" + order.beslutId() + "/acceptans", "{}");
        assertThat(accepterad.statusCode()).as(accepterad.body()).isEqualTo(204);
        assertThat(HttpSession.api(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                        .post("/api/beslut/" + order.beslutId() + "/acceptans", "{}")
                        .statusCode())
                .as("again: nothing new")
                .isEqualTo(204);
        assertThat(kolumn(order, "accepterad_av")).isEqualTo("utforare");

        String arendesida = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/arenden/" + order.arendeId())
                .body();
        assertThat(arendesida)
                .contains(
                        "Beställt hos Solrosens omsorg (utförare)",
                        "Accepterat av utföraren " + LocalDate.now(se.tillit.drift.Svensktid.ZON));
        assertThat(HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                        .get("/bestallningar/" + order.beslutId())
                        .body())
                .contains("Accepterad", "Rapportera start")
                .as("booked places are for housing")
                .doesNotContain("Bokad plats");
    }

    @Test
    void anAvbrottWithItsReasonAndTheResumption() { // R23
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        Fall order = order("Alva", Insats.KORTTIDSVISTELSE, idag.minusDays(20));
        HttpSession utforare = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        String sida = "/bestallningar/" + order.beslutId();
        assertThat(utforare.postForm(
                                sida + "/verkstallighet",
                                Map.of("verkstalld", idag.minusDays(15).toString()))
                        .statusCode())
                .as("started without accepting first")
                .isEqualTo(302);
        assertThat(utforare.get(sida).body()).contains("Starten är rapporterad.", "Pågår");

        HttpResponse<String> utanOrsak = utforare.postForm(
                sida + "/avbrott", Map.of("fran", idag.minusDays(5).toString(), "orsak", " "));
        HttpResponse<String> utanDatum = utforare.postForm(sida + "/avbrott", Map.of("orsak", "Sjukhusvistelse"));
        assertThat(utanOrsak.statusCode()).isEqualTo(400);
        assertThat(utanOrsak.body()).contains("id=\"avbrott-fel-orsak\"", "Fältet måste fyllas i.");
        assertThat(utanDatum.statusCode()).isEqualTo(400);
        assertThat(utanDatum.body()).contains("id=\"avbrott-fel-fran\"");
        assertThat(antalAvbrott(order)).as("nothing saved").isZero();

        assertThat(utforare.postForm(
                                sida + "/avbrott",
                                Map.of("fran", idag.minusDays(5).toString(), "orsak", "Sjukhusvistelse"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(utforare.get(sida).body())
                .contains(
                        "Avbrottet är registrerat.",
                        "Avbruten",
                        "Från " + idag.minusDays(5) + ", pågår: Sjukhusvistelse",
                        "Kan inte återupptas än");
        assertThat(utforare.get("/bestallningar?status=AVBRUTEN").body()).contains("href=\"" + sida + "\"");
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/arenden/" + order.arendeId())
                        .body())
                .contains("Avbrutet sedan " + idag.minusDays(5));

        HttpResponse<String> foreAvbrottet = utforare.postForm(
                sida + "/aterupptagande", Map.of("datum", idag.minusDays(6).toString()));
        assertThat(foreAvbrottet.statusCode()).isEqualTo(400);
        assertThat(foreAvbrottet.body()).contains("id=\"aterupptagande-fel-datum\"", "inget pågående avbrott");
        assertThat(utforare.postForm(
                                sida + "/aterupptagande",
                                Map.of("datum", idag.minusDays(1).toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(utforare.get(sida).body())
                .contains(
                        "Återupptagandet är registrerat.",
                        "Pågår",
                        "Från " + idag.minusDays(5) + " till " + idag.minusDays(1) + ": Sjukhusvistelse");
        assertThat(jdbc.sql("select till from avbrott where beslut_id = :b::uuid")
                        .param("b", order.beslutId())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(idag.minusDays(1));
    }

    @Test
    void whyAnOrderCannotStartBecomesTheEjVerkstalltRecordsReasonAndIvos() throws Exception { // R22, C36
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        Fall order = order("Greta", Insats.BOSTAD, idag.minusMonths(1));
        HttpSession utforare = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        String sida = "/bestallningar/" + order.beslutId();

        HttpResponse<String> utanOrsak = utforare.postForm(sida + "/hinder", Map.of("orsakText", "Ingen plats"));
        HttpResponse<String> annanUtanText = utforare.postForm(sida + "/hinder", Map.of("orsak", "ANNAN"));
        HttpResponse<String> okand = utforare.postForm(sida + "/hinder", Map.of("orsak", "SEMESTER"));
        assertThat(utanOrsak.statusCode()).isEqualTo(400);
        assertThat(utanOrsak.body()).contains("id=\"hinder-fel-orsak\"", "Välj ett av alternativen.");
        assertThat(annanUtanText.statusCode()).isEqualTo(400);
        assertThat(annanUtanText.body())
                .contains("id=\"hinder-fel-orsakText\"", "Beskriv orsaken när du väljer Annan orsak.");
        assertThat(okand.statusCode()).isEqualTo(400);
        assertThat(antalHinder(order)).as("nothing saved").isZero();
        HttpResponse<String> apiUtanText = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                .post("/api/beslut/" + order.beslutId() + "/hinder", "{\"orsak\":\"ANNAN\",\"orsakText\":\" \"}");
        assertThat(apiUtanText.statusCode()).isEqualTo(400);
        assertThat(apiUtanText.body()).contains("\"falt\":\"orsakText\"");

        assertThat(utforare.postForm(
                                sida + "/hinder",
                                Map.of(
                                        "orsak",
                                        "BRIST_PA_PLATS",
                                        "orsakText",
                                        "Ingen ledig lägenhet förrän Ekbacken öppnar"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(utforare.get(sida).body())
                .contains(
                        "Orsaken är sparad",
                        "Kan inte starta än",
                        "Brist på plats eller bostad: Ingen ledig lägenhet förrän Ekbacken öppnar");
        assertThat(utforare.get("/bestallningar").body()).contains("Kan inte starta: Brist på plats eller bostad");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(leo.get("/arenden/" + order.arendeId()).body())
                .contains(
                        "Utföraren kan inte starta: Brist på plats eller bostad: Ingen ledig lägenhet förrän Ekbacken öppnar");

        // three months pass (the timer, run now): the record opens with the provider's reason as its statement
        oppnaEjVerkstallt(order);
        HttpSession leoApi = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        JsonNode post = json.readTree(leoApi.get("/api/beslut/" + order.beslutId() + "/ej-verkstallt")
                        .body())
                .get(0);
        assertThat(post.get("skal").get("orsak").asText()).isEqualTo("BRIST_PA_PLATS");
        assertThat(post.get("skal").get("orsakText").asText()).isEqualTo("Ingen ledig lägenhet förrän Ekbacken öppnar");
        assertThat(post.get("skal").get("registreradAv").asText()).isEqualTo(DemoKonton.UTFORARE);
        assertThat(post.get("skal").get("utforaren").asBoolean()).isTrue();
        String postId = post.get("id").asText();

        // the handläggare adds the consequences; the provider's next reason keeps them
        assertThat(leoApi.put("/api/beslut/" + order.beslutId() + "/ej-verkstallt/" + postId + "/orsak", """
                {"orsak":"BRIST_PA_PLATS","orsakText":"Ingen ledig lägenhet förrän Ekbacken öppnar",
                 "konsekvenser":"Bor kvar hos föräldrarna","tillfalligaInsatser":"Korttidsvistelse varannan helg"}""")
                        .statusCode())
                .isEqualTo(200);
        assertThat(utforare.postForm(
                                sida + "/hinder",
                                Map.of("orsak", "BRIST_PA_PERSONAL", "orsakText", "Två tjänster vakanta till mars"))
                        .statusCode())
                .isEqualTo(302);
        JsonNode efter = json.readTree(leoApi.get("/api/beslut/" + order.beslutId() + "/ej-verkstallt")
                        .body())
                .get(0)
                .get("skal");
        assertThat(efter.get("orsak").asText()).isEqualTo("BRIST_PA_PERSONAL");
        assertThat(efter.get("konsekvenser").asText()).isEqualTo("Bor kvar hos föräldrarna");
        assertThat(efter.get("tillfalligaInsatser").asText()).isEqualTo("Korttidsvistelse varannan helg");
        assertThat(efter.get("utforaren").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from ej_verkstallt_skal where ej_verkstallt_id = :p::uuid")
                        .param("p", postId)
                        .query(Long.class)
                        .single())
                .as("every statement kept")
                .isEqualTo(3);
        assertThat(utforare.postForm(
                                sida + "/hinder",
                                Map.of("orsak", "BRIST_PA_PERSONAL", "orsakText", "Två tjänster vakanta till mars"))
                        .statusCode())
                .as("sent twice: recorded once")
                .isEqualTo(302);
        assertThat(antalHinder(order)).isEqualTo(2);

        assertThat(leo.get("/beslut/" + order.beslutId() + "/ej-verkstallt/" + postId)
                        .body())
                .contains(
                        "Brist på personal: Två tjänster vakanta till mars",
                        "(utförarens orsak)",
                        "Bor kvar hos föräldrarna");
        assertThat(utforare.get(sida).body()).contains("Ej verkställt", "rapporteras till IVO");
        JsonNode ivo = json.readTree(HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .get("/api/ivo/" + idag.getYear() + "-Q" + ((idag.getMonthValue() - 1) / 3 + 1) + "?enhet=LSS")
                .body());
        JsonNode rad = null;
        for (JsonNode r : ivo.get("individrapport")) {
            if (r.get("beslutId").asText().equals(order.beslutId())) {
                rad = r;
            }
        }
        assertThat(rad).as("in the quarter's individual report").isNotNull();
        assertThat(rad.get("orsak").asText()).isEqualTo("BRIST_PA_PERSONAL");
        assertThat(rad.get("orsakText").asText()).isEqualTo("Två tjänster vakanta till mars");

        // the start closes the record; the reason no longer holds and the form is gone
        assertThat(utforare.postForm(sida + "/verkstallighet", Map.of("verkstalld", idag.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(utforare.get(sida).body())
                .contains("Tidigare angivet hinder")
                .doesNotContain("Spara orsaken");
        HttpResponse<String> efterStart = utforare.postForm(sida + "/hinder", Map.of("orsak", "BRIST_PA_PLATS"));
        assertThat(efterStart.statusCode()).isEqualTo(400);
        assertThat(efterStart.body()).contains("verkställd " + idag + " och pågår");
    }

    @Test
    void anotherProvidersOrderIsNotFoundOnTheListThePageOrAnyForm() {
        Fall order = order(
                "Ivar",
                Insats.KORTTIDSVISTELSE,
                LocalDate.now(se.tillit.drift.Svensktid.ZON).minusDays(4));
        // another provider unit, with its own staff
        String kod = Testkonton.skapaEnhet(jdbc, "UTF-PROV", "Provets omsorg (utförare)", Enhet.Enhetstyp.UTFORARE);
        String anvandarnamn = Testkonton.skapaKonto(jdbc, "utforare.prov", "Petra Provsson", kod, Roll.UTFORARE);
        HttpSession annan = HttpSession.browser(port, anvandarnamn, DemoKonton.LOSENORD);
        String sida = "/bestallningar/" + order.beslutId();

        assertThat(annan.get("/bestallningar?status=alla").body())
                .doesNotContain(order.personnummer())
                .doesNotContain(order.beslutId())
                .contains("Inga beställningar med den statusen.");
        HttpResponse<String> las = annan.get(sida);
        assertThat(las.statusCode()).isEqualTo(404);
        assertThat(las.body()).doesNotContain(order.personnummer()).doesNotContain("Ivar");
        Map<String, Map<String, String>> formular = new LinkedHashMap<>();
        formular.put("/acceptans", Map.of());
        formular.put(
                "/plats-bokad",
                Map.of("datum", LocalDate.now(se.tillit.drift.Svensktid.ZON).toString()));
        formular.put(
                "/verkstallighet",
                Map.of(
                        "verkstalld",
                        LocalDate.now(se.tillit.drift.Svensktid.ZON).toString()));
        formular.put(
                "/avbrott",
                Map.of("fran", LocalDate.now(se.tillit.drift.Svensktid.ZON).toString(), "orsak", "Prov"));
        formular.put(
                "/aterupptagande",
                Map.of("datum", LocalDate.now(se.tillit.drift.Svensktid.ZON).toString()));
        formular.put("/hinder", Map.of("orsak", "BRIST_PA_PLATS"));
        formular.forEach(
                (steg, falt) -> assertThat(annan.postForm(sida + steg, falt).statusCode())
                        .as(steg)
                        .isEqualTo(404));
        HttpSession annanApi = HttpSession.api(port, anvandarnamn, DemoKonton.LOSENORD);
        assertThat(annanApi.post("/api/beslut/" + order.beslutId() + "/acceptans", "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(annanApi.post("/api/beslut/" + order.beslutId() + "/hinder", "{\"orsak\":\"BRIST_PA_PLATS\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(kolumn(order, "accepterad")).as("nothing saved").isNull();
        assertThat(kolumn(order, "verkstalld")).isNull();
        assertThat(antalHinder(order)).isZero();
        assertThat(jdbc.sql("select count(*) from atkomstlogg where anvandarnamn = :a and arende_id = :arende::uuid")
                        .param("a", anvandarnamn)
                        .param("arende", order.arendeId())
                        .query(Long.class)
                        .single())
                .as("nothing shown, nothing logged")
                .isZero();

        HttpSession handlaggare = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(handlaggare.get("/bestallningar").statusCode())
                .as("the provider's list")
                .isEqualTo(403);
        assertThat(handlaggare.get(sida).statusCode())
                .as("the handläggare has the case page")
                .isEqualTo(404);
        assertThat(HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                        .get(sida)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theListIsCountedAndPagedInTheDatabaseAndEveryRowHasTheStatusItWasCountedIn() { // issue 17, 2/7
        // a provider unit of its own, so that the other tests' orders do not count: one order in each status
        String kod = Testkonton.skapaEnhet(jdbc, "UTF-SIDOR", "Sidornas omsorg (utförare)", Enhet.Enhetstyp.UTFORARE);
        String anvandarnamn = Testkonton.skapaKonto(jdbc, "utforare.sidor", "Sid Sidsson", kod, Roll.UTFORARE);
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        Fall ny = order("Nora", Insats.KORTTIDSVISTELSE, idag.minusDays(30), kod, null);
        Fall accepterad = order("Axel", Insats.KORTTIDSVISTELSE, idag.minusDays(30), kod, null);
        Fall startad = order("Stina", Insats.KORTTIDSVISTELSE, idag.minusDays(30), kod, null);
        Fall avbruten = order("Arvid", Insats.KORTTIDSVISTELSE, idag.minusDays(30), kod, null);
        Fall avslutad = order("Agnes", Insats.KORTTIDSVISTELSE, idag.minusDays(30), kod, idag.minusDays(1));
        HttpSession sid = HttpSession.browser(port, anvandarnamn, DemoKonton.LOSENORD);
        assertThat(sid.postForm("/bestallningar/" + accepterad.beslutId() + "/acceptans", Map.of())
                        .statusCode())
                .isEqualTo(302);
        for (Fall order : List.of(startad, avbruten)) {
            assertThat(sid.postForm(
                                    "/bestallningar/" + order.beslutId() + "/verkstallighet",
                                    Map.of("verkstalld", idag.minusDays(20).toString()))
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(sid.postForm(
                                "/bestallningar/" + avbruten.beslutId() + "/avbrott",
                                Map.of("fran", idag.minusDays(5).toString(), "orsak", "Sjukhusvistelse"))
                        .statusCode())
                .isEqualTo(302);

        List<Fall> iListansOrdning = List.of(ny, accepterad, startad, avbruten, avslutad);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        anvandare.loadUserByUsername(anvandarnamn), null, List.of()));
        try {
            Map<Bestallning.Status, Long> antal = bestallningar.antalPerStatus();
            assertThat(antal)
                    .as("counted in SQL")
                    .containsOnlyKeys(Bestallning.Status.values())
                    .allSatisfy((s, n) -> assertThat(n).isOne());
            for (int i = 0; i < iListansOrdning.size(); i++) {
                Bestallning.Status status = Bestallning.Status.values()[i];
                assertThat(bestallningar.utforarens(EnumSet.of(status), 0, 10))
                        .as("the order paged as %s has that status when read", status)
                        .singleElement()
                        .satisfies(b -> assertThat(b.status()).isEqualTo(status))
                        .extracting(b -> b.beslutId().toString())
                        .isEqualTo(iListansOrdning.get(i).beslutId());
            }
            List<String> sidorna = new java.util.ArrayList<>();
            for (int sida = 0; sida < 4; sida++) {
                List<Bestallning> pasidan = bestallningar.utforarens(EnumSet.allOf(Bestallning.Status.class), sida, 2);
                assertThat(pasidan).hasSizeLessThanOrEqualTo(2);
                pasidan.forEach(b -> sidorna.add(b.beslutId().toString()));
            }
            assertThat(sidorna)
                    .as("pages of two, in the list's order, each order once")
                    .containsExactlyElementsOf(
                            iListansOrdning.stream().map(Fall::beslutId).toList());
        } finally {
            SecurityContextHolder.clearContext();
        }

        String aktuella = sid.get("/bestallningar").body();
        assertThat(aktuella)
                .contains("Aktuella (4)", "Alla (5)", ny.personnummer(), avbruten.personnummer())
                .doesNotContain(avslutad.personnummer())
                .doesNotContain("Sida 1 av");
        assertThat(sid.get("/bestallningar?status=alla&sida=9").body())
                .as("a page past the end shows the last")
                .contains(avslutad.personnummer(), ny.personnummer());
    }

    /**
     * A favourable LSS decision for a new synthetic person, ordered from Solrosen, delivered on the decision day (through
     * the handläggare's API, {@link GynnandeLssBeslut}).
     */
    private Fall order(String fornamn, Insats insats, LocalDate beslutsdatum) {
        return order(fornamn, insats, beslutsdatum, "UTF-SOLROSEN", null);
    }

    /** As above, from the provider unit {@code utforare}, valid until {@code giltigTom} (null: until further notice). */
    private Fall order(String fornamn, Insats insats, LocalDate beslutsdatum, String utforare, LocalDate giltigTom) {
        return new GynnandeLssBeslut(port, jdbc, taskService)
                .person(fornamn, "Beställdsson")
                .insats(insats.med("Gruppbostad", 3))
                .motivering(MOTIVERING)
                .utforare(utforare)
                .giltigTom(giltigTom)
                .delgivet(beslutsdatum);
    }

    /** The three months have passed: the decision's timer runs now, as the engine runs it when it is due. */
    private void oppnaEjVerkstallt(Fall order) {
        ProcessInstance verkstallighet = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Verkstallighetsprocessen.PROCESS)
                .variableValueEquals("beslutId", order.beslutId())
                .singleResult();
        List<Job> timer = managementService
                .createJobQuery()
                .processInstanceId(verkstallighet.getId())
                .activityId(Verkstallighetsprocessen.TIMER_EJ_VERKSTALLT)
                .list();
        assertThat(timer).hasSize(1);
        managementService.executeJob(timer.get(0).getId());
        assertThat(jdbc.sql("select count(*) from ej_verkstallt where beslut_id = :b::uuid and stangd is null")
                        .param("b", order.beslutId())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private Object kolumn(Fall order, String kolumn) {
        return jdbc.sql("select " + kolumn + " from bestallning where beslut_id = :b::uuid")
                .param("b", order.beslutId())
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                .single()
                .orElse(null);
    }

    private long antalAvbrott(Fall order) {
        return jdbc.sql("select count(*) from avbrott where beslut_id = :b::uuid")
                .param("b", order.beslutId())
                .query(Long.class)
                .single();
    }

    private long antalHinder(Fall order) {
        return jdbc.sql("select count(*) from bestallning_hinder where beslut_id = :b::uuid")
                .param("b", order.beslutId())
                .query(Long.class)
                .single();
    }

    private long loggade(Fall order, String beskrivning) {
        return jdbc.sql("""
                select count(*) from atkomstlogg where anvandarnamn = 'utforare' and arende_id = :a::uuid
                   and beskrivning = :beskrivning""")
                .param("a", order.arendeId())
                .param("beskrivning", beskrivning)
                .query(Long.class)
                .single();
    }
}
