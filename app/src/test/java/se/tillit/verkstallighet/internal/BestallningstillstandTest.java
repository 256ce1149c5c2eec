package se.tillit.verkstallighet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.beslut.Insatsavslutningar;
import se.tillit.beslut.Insatsslut;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.utredning.SkrivUtredning;
import se.tillit.verkstallighet.Bestallning.Status;

/**
 * The order's stored state (V46, ADR 21) after every transition: each use case stores it in its own transaction, the
 * nightly job stores the ends that come with the date, and after each the stored state is the status the list derived
 * on every request before V46 ({@link StatusForeV46}).
 */
@TillitSpringTest
class BestallningstillstandTest {

    private static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    UserDetailsService anvandare;

    @Autowired
    Insatsavslutningar insatsavslut;

    @Autowired
    DagligaBestallningsslut nattjobbet;

    @Autowired
    TransactionTemplate transaktion;

    @Autowired
    DataSource datakalla;

    private final LocalDate idag = LocalDate.now(SVENSK_TID);

    @Test
    void aPlacedOrderIsNew() {
        UUID order = order(idag.minusDays(5), null);
        assertThat(tillstand(order)).isEqualTo(Status.NY).isEqualTo(StatusForeV46.status(jdbc, order, idag));
    }

    @Test
    void anOrderWhoseDecisionRanOutBeforeItWasPlacedIsEndedFromTheStart() {
        UUID order = order(idag.minusDays(30), idag.minusDays(1));
        assertThat(tillstand(order)).isEqualTo(Status.AVSLUTAD).isEqualTo(StatusForeV46.status(jdbc, order, idag));
    }

    @Test
    void acceptingStoresAccepted() {
        UUID order = order(idag.minusDays(5), null);
        assertThat(utforare().post("/api/beslut/" + order + "/acceptans", "{}").statusCode())
                .isEqualTo(204);
        assertThat(tillstand(order)).isEqualTo(Status.ACCEPTERAD).isEqualTo(StatusForeV46.status(jdbc, order, idag));
    }

    @Test
    void theStartStoresStartedWhetherAcceptedFirstOrNot() {
        UUID accepterad = order(idag.minusDays(5), null);
        UUID direkt = order(idag.minusDays(5), null);
        assertThat(utforare()
                        .post("/api/beslut/" + accepterad + "/acceptans", "{}")
                        .statusCode())
                .isEqualTo(204);
        for (UUID order : List.of(accepterad, direkt)) {
            assertThat(starta(order, idag.minusDays(1)).statusCode()).isEqualTo(204);
            assertThat(tillstand(order))
                    .isEqualTo(Status.VERKSTALLD)
                    .isEqualTo(StatusForeV46.status(jdbc, order, idag));
        }
    }

    @Test
    void aRefusedStepStoresNothing() {
        UUID order = order(idag.minusDays(5), null);
        assertThat(starta(order, idag.plusDays(1)).statusCode())
                .as("a start in the future")
                .isEqualTo(400);
        assertThat(tillstand(order)).isEqualTo(Status.NY).isEqualTo(StatusForeV46.status(jdbc, order, idag));
    }

    @Test
    void anAvbrottStoresInterruptedAndTheResumptionStartedAgain() {
        UUID order = order(idag.minusDays(20), null);
        assertThat(starta(order, idag.minusDays(15)).statusCode()).isEqualTo(204);
        assertThat(avbrott(order, idag.minusDays(5)).statusCode()).isEqualTo(204);
        assertThat(tillstand(order)).isEqualTo(Status.AVBRUTEN).isEqualTo(StatusForeV46.status(jdbc, order, idag));
        assertThat(aterupptagande(order, idag.minusDays(1)).statusCode()).isEqualTo(204);
        assertThat(tillstand(order)).isEqualTo(Status.VERKSTALLD).isEqualTo(StatusForeV46.status(jdbc, order, idag));
    }

    @Test
    void theInsatsEndedOnTheDecisionsPageEndsTheOrder() {
        UUID order = order(idag.minusDays(20), null);
        assertThat(starta(order, idag.minusDays(10)).statusCode()).isEqualTo(204);
        som("handlaggare.lss", () -> insatsavslut.avsluta(order, idag, Insatsslut.FLYTTAT));
        assertThat(tillstand(order)).isEqualTo(Status.AVSLUTAD).isEqualTo(StatusForeV46.status(jdbc, order, idag));
    }

    @Test
    void closingTheCaseEndsItsOrdersInTheClosingTransaction() {
        UUID order = order(idag.minusDays(20), null, true);
        assertThat(starta(order, idag.minusDays(10)).statusCode()).isEqualTo(204);
        assertThat(avbrott(order, idag.minusDays(3)).statusCode()).isEqualTo(204);
        UUID arende = jdbc.sql("select arende_id from beslut where id = :b")
                .param("b", order)
                .query(UUID.class)
                .single();
        HttpResponse<String> avslut = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/arenden/" + arende + "/avslut", "{\"avslutsorsak\":\"FLYTT_TILL_ANNAN_KOMMUN\"}");
        assertThat(avslut.statusCode()).as(avslut.body()).isEqualTo(200);
        assertThat(tillstand(order)).isEqualTo(Status.AVSLUTAD).isEqualTo(StatusForeV46.status(jdbc, order, idag));
    }

    @Test
    void theDecisionsValidityRunningOutEndsTheOrderTheNightAfter() {
        UUID order = order(idag.minusDays(20), idag.plusDays(30));
        assertThat(starta(order, idag.minusDays(10)).statusCode()).isEqualTo(204);
        assertThat(tillstand(order)).isEqualTo(Status.VERKSTALLD).isEqualTo(StatusForeV46.status(jdbc, order, idag));

        // the days pass: the validity's last day was yesterday (the decision is moved back, not the clock forward,
        // so that no other test's order meets its end)
        jdbc.sql("update beslut set giltig_tom = :igar where id = :b")
                .param("igar", idag.minusDays(1))
                .param("b", order)
                .update();
        assertThat(StatusForeV46.status(jdbc, order, idag)).isEqualTo(Status.AVSLUTAD);
        assertThat(tillstand(order)).as("nothing happened to the order itself").isEqualTo(Status.VERKSTALLD);

        assertThat(nattensKorning()).as("the night's run").isPositive();
        assertThat(tillstand(order)).isEqualTo(Status.AVSLUTAD).isEqualTo(StatusForeV46.status(jdbc, order, idag));
        assertThat(nattensKorning()).as("run again: nothing left").isZero();
    }

    @Test
    void aSecondNodeSkipsTheNightsRunWhileTheFirstHoldsIt() throws Exception {
        UUID order = order(idag.minusDays(20), idag.plusDays(30));
        jdbc.sql("update beslut set giltig_tom = :igar where id = :b")
                .param("igar", idag.minusDays(1))
                .param("b", order)
                .update();
        try (var forsta = datakalla.getConnection();
                var sats = forsta.createStatement()) {
            forsta.setAutoCommit(false);
            sats.execute("select pg_advisory_xact_lock(hashtext('verkstallighet:bestallningsslut'))");
            assertThat(nattensKorning()).as("the other node's run").isEqualTo(-1);
            assertThat(tillstand(order)).isEqualTo(Status.NY);
            forsta.rollback();
        }
        assertThat(nattensKorning()).isPositive();
        assertThat(tillstand(order)).isEqualTo(Status.AVSLUTAD).isEqualTo(StatusForeV46.status(jdbc, order, idag));
    }

    /** The nightly job's work for today, in a transaction of its own as the scheduler runs it. */
    private int nattensKorning() {
        Integer avslutade = transaktion.execute(t -> nattjobbet.avsluta(idag));
        return avslutade;
    }

    private Status tillstand(UUID order) {
        return Status.valueOf(jdbc.sql("select tillstand from bestallning where beslut_id = :b")
                .param("b", order)
                .query(String.class)
                .single());
    }

    private HttpSession utforare() {
        return HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
    }

    private HttpResponse<String> starta(UUID order, LocalDate dag) {
        return utforare().post("/api/beslut/" + order + "/verkstallighet", "{\"verkstalld\":\"" + dag + "\"}");
    }

    private HttpResponse<String> avbrott(UUID order, LocalDate fran) {
        return utforare()
                .post("/api/beslut/" + order + "/avbrott", "{\"fran\":\"" + fran + "\",\"orsak\":\"Sjukhusvistelse\"}");
    }

    private HttpResponse<String> aterupptagande(UUID order, LocalDate dag) {
        return utforare().post("/api/beslut/" + order + "/aterupptagande", "{\"datum\":\"" + dag + "\"}");
    }

    private void som(String anvandarnamn, Runnable steg) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        anvandare.loadUserByUsername(anvandarnamn), null, List.of()));
        try {
            steg.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A favourable LSS decision for a new synthetic person, ordered from Solrosen on the decision day, valid until
     * {@code giltigTom} (null: until further notice): through the handläggare's API, the order placed by the process.
     */
    private UUID order(LocalDate beslutsdatum, LocalDate giltigTom) {
        return order(beslutsdatum, giltigTom, false);
    }

    /** As above; {@code utredd}: the investigation signed first, so that the case can be closed. */
    private UUID order(LocalDate beslutsdatum, LocalDate giltigTom, boolean utredd) {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        String personnummer = Testpersoner.medKontrollsiffra(String.format(
                "19%02d%02d%02d-%03d",
                slump.nextInt(40, 100), slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20)));
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> ansokan = leo.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Tilda","efternamn":"Tillståndsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        personnummer, OffsetDateTime.now().minusMonths(2).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        taskService.complete(
                taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(HttpSession.json(ansokan.body(), "arendenummer"))
                        .taskDefinitionKey(Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING)
                        .singleResult()
                        .getId(),
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan"));
        if (utredd) {
            SkrivUtredning.signera(
                    HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD),
                    jdbc,
                    UUID.fromString(arendeId),
                    "LSS_KORTTIDSVISTELSE");
        }
        HttpResponse<String> beslut = leo.post("/api/arenden/" + arendeId + "/beslut", """
                {"insatstyp":"LSS_KORTTIDSVISTELSE","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 6"},
                 "omfattning":"Fyra dygn per månad","giltigFrom":"%1$s",%2$s"motivering":"Behovet är styrkt",
                 "overklagandehanvisning":true,"delegationspunkt":"LSS-3.1","beslutsdatum":"%1$s",
                 "utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%1$s","individuellPlan":"MUNTLIGT"}""".formatted(
                        beslutsdatum, giltigTom == null ? "" : "\"giltigTom\":\"" + giltigTom + "\","));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        UUID beslutId = UUID.fromString(HttpSession.json(beslut.body(), "id"));
        assertThat(jdbc.sql("select count(*) from bestallning where beslut_id = :b")
                        .param("b", beslutId)
                        .query(Long.class)
                        .single())
                .as("the decision's process placed the order")
                .isOne();
        return beslutId;
    }
}
