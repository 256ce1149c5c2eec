package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Enhet.Enhetstyp;

/**
 * Issue 16, "one unit's case stays in that unit": an administrator sets which case types a unit handles, on the unit's
 * page and through the provisioning API. Each change needs a reason and is a row of the change log with the old and new
 * codes; an unknown type, a missing reason and an unchanged set are refused (400) and nothing is saved; and a
 * registration of a type the unit no longer handles is refused naming the unit that does.
 *
 * <p>Each test makes its own unit of the demo LSS's types (LSS and SoL funktionsnedsättning) and changes that one, so the
 * demo's units are never touched and nothing is set back.
 */
@TillitSpringTest
class EnhetensArendetyperTest {

    /** The demo profile's types of LSS ({@code arende.internal.DemoHandlaggningsansvar}), which each test's unit gets. */
    static final List<String> LSS_I_DEMON = List.of("LSS", "SOL_FUNKTIONSNEDSATTNING");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The test's own unit, of type MYNDIGHET, handling these types, as the demo's LSS does. */
    private String enhet;
    /** A handläggare of {@link #enhet}. */
    private String handlaggare;

    @BeforeEach
    void enEgenLssEnhet() {
        String nyckel = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        enhet = Testkonton.skapaEnhet(jdbc, "LSS-" + nyckel, "LSS " + nyckel + " (test)", Enhetstyp.MYNDIGHET);
        for (String typ : LSS_I_DEMON) {
            jdbc.sql("""
                            insert into enhet_arendetyp (enhet_kod, arendetyp, skapad_av) values (:kod, :typ, 'test')""").param("kod", enhet).param("typ", typ).update();
        }
        handlaggare = Testkonton.skapaKonto(
                jdbc,
                "handlaggare." + nyckel.toLowerCase(java.util.Locale.ROOT),
                "Lisa Lss (test)",
                enhet,
                Roll.HANDLAGGARE);
    }

    /** A person's or service account's session for /api: a service account with Basic, a person with the login form. */
    private HttpSession api(String anvandare) {
        return HttpSession.api(port, anvandare, DemoKonton.LOSENORD);
    }

    @Test
    void
            anAdminSetsAUnitsCaseTypesOnItsPage_theChangeIsLogged_andARegistrationOfAnotherTypeIsRefusedNamingTheUnitThatHandlesIt() {
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        long oppnaIFore = oppnaArendenIEnheten();
        String fore = admin.get("/admin/enheter/" + enhet).body();
        assertThat(fore).contains("LSS, SoL funktionsnedsättning", "Spara ärendetyperna");
        assertThat(fore).containsPattern("value=\"SOL_FUNKTIONSNEDSATTNING\"\\s+checked");
        assertThat(fore).doesNotContainPattern("value=\"BARN_OCH_UNGA\"\\s+checked");

        HttpResponse<String> sparat =
                postaArendetyper(admin, enhet, List.of("LSS"), "SoL funktionsnedsättning flyttar till Äldre");
        String sida = admin.get("/admin/enheter/" + enhet).body();

        assertThat(sparat.statusCode()).as(sparat.body()).isEqualTo(302);
        assertThat(sparat.headers().firstValue("Location").orElseThrow()).endsWith("/admin/enheter/" + enhet);
        assertThat(sida)
                .contains(
                        "Enhetens ärendetyper är sparade.",
                        "Ärendetyper ändrade:",
                        "LSS, SOL_FUNKTIONSNEDSATTNING → LSS",
                        "SoL funktionsnedsättning flyttar till Äldre");
        assertThat(sida).doesNotContainPattern("value=\"SOL_FUNKTIONSNEDSATTNING\"\\s+checked");
        assertThat(enhetensTyper()).containsExactly("LSS");
        assertThat(jdbc.sql("""
                        select handelse || ' ' || utford_av || ' ' || kanal || ' ' || uppgift || ' ' || orsak
                          from behorighetslogg where enhet_kod = :k order by id desc limit 1""").param("k", enhet).query(String.class).single())
                .isEqualTo(
                        "ENHET_ARENDETYPER admin SIDA LSS, SOL_FUNKTIONSNEDSATTNING → LSS SoL funktionsnedsättning flyttar till Äldre");

        // the effect (R01): a child case in the unit is refused naming Barn och unga; SoL funktionsnedsättning, the
        // unit's
        // type until now, is refused too
        HttpResponse<String> barn = registrera("BARN_OCH_UNGA");
        HttpResponse<String> sol = registrera("SOL_FUNKTIONSNEDSATTNING");
        assertThat(barn.statusCode()).as(barn.body()).isEqualTo(400);
        assertThat(barn.body()).contains("Enheten handlägger inte den ärendetypen. Den handläggs av: Barn och unga");
        assertThat(sol.statusCode()).as(sol.body()).isEqualTo(400);
        assertThat(sol.body()).contains("Enheten handlägger inte den ärendetypen");
        // open cases stay in the unit whatever is changed
        assertThat(oppnaArendenIEnheten()).isEqualTo(oppnaIFore);
    }

    @Test
    void theProvisioningSetsAndClearsANewUnitsCaseTypesThroughTheApi() {
        HttpSession provisionering = api(DemoKonton.PROVISIONERING);
        String kod = ("TYP-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
        assertThat(provisionering.post("/api/admin/enheter", """
                {"kod":"%s","namn":"Typenheten","typ":"MYNDIGHET","orsak":"Ny enhet"}""".formatted(kod)).statusCode())
                .isEqualTo(201);
        assertThat(provisionering.get("/api/admin/enheter/" + kod).body()).contains("\"arendetyper\":[]");

        HttpResponse<String> satt = provisionering.post("/api/admin/enheter/" + kod + "/arendetyper", """
                {"arendetyper":["LSS","VUXEN"],"orsak":"Enheten tar vuxna och LSS"}""");
        HttpResponse<String> enhet = provisionering.get("/api/admin/enheter/" + kod);
        HttpResponse<String> rensad = provisionering.post("/api/admin/enheter/" + kod + "/arendetyper", """
                {"arendetyper":[],"orsak":"Enheten tar alla ärendetyper"}""");

        assertThat(satt.statusCode()).as(satt.body()).isEqualTo(200);
        // in the case types' order, whatever order they were sent in
        assertThat(satt.body()).contains("\"kod\":\"" + kod + "\"", "\"arendetyper\":[\"VUXEN\",\"LSS\"]");
        assertThat(enhet.body())
                .contains("\"arendetyper\":[\"VUXEN\",\"LSS\"]", "\"ALLA → VUXEN, LSS\"", "Enheten tar vuxna och LSS");
        assertThat(rensad.statusCode()).as(rensad.body()).isEqualTo(200);
        assertThat(rensad.body()).contains("\"arendetyper\":[]");
        assertThat(jdbc.sql("""
                        select handelse || ' ' || utford_av || ' ' || kanal || ' ' || uppgift from behorighetslogg
                         where enhet_kod = :k and handelse = 'ENHET_ARENDETYPER' order by id""").param("k", kod).query(String.class).list())
                .containsExactly(
                        "ENHET_ARENDETYPER provisionering API ALLA → VUXEN, LSS",
                        "ENHET_ARENDETYPER provisionering API VUXEN, LSS → ALLA");
        assertThat(jdbc.sql("select count(*) from enhet_arendetyp where enhet_kod = :k")
                        .param("k", kod)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/dokumentation/openapi")
                        .body())
                .contains("/api/admin/enheter/{kod}/arendetyper");
    }

    @Test
    void anUnknownTypeNoReasonAnUnchangedSetOrNoTypesAtAllAreRefusedThroughTheApiAndNothingIsSaved() {
        HttpSession provisionering = api(DemoKonton.PROVISIONERING);
        long loggadeFore = loggradIEnheten();

        HttpResponse<String> okand = provisionering.post("/api/admin/enheter/" + enhet + "/arendetyper", """
                {"arendetyper":["LSS","INTE_EN_TYP"],"orsak":"Provar"}""");
        HttpResponse<String> utanOrsak = provisionering.post("/api/admin/enheter/" + enhet + "/arendetyper", """
                {"arendetyper":["LSS"],"orsak":"  "}""");
        HttpResponse<String> oforandrad = provisionering.post("/api/admin/enheter/" + enhet + "/arendetyper", """
                {"arendetyper":["SOL_FUNKTIONSNEDSATTNING","LSS"],"orsak":"Provar"}""");
        HttpResponse<String> utanTyper = provisionering.post("/api/admin/enheter/" + enhet + "/arendetyper", """
                {"orsak":"Provar"}""");
        HttpResponse<String> okandEnhet = provisionering.post("/api/admin/enheter/FINNS-INTE/arendetyper", """
                {"arendetyper":["LSS"],"orsak":"Provar"}""");
        HttpResponse<String> chef = api(DemoKonton.CHEF).post("/api/admin/enheter/" + enhet + "/arendetyper", """
                {"arendetyper":["LSS"],"orsak":"Provar"}""");

        assertThat(okand.statusCode()).isEqualTo(400);
        assertThat(okand.body()).contains("\"falt\":\"arendetyper\"", "Okänd ärendetyp");
        assertThat(utanOrsak.statusCode()).isEqualTo(400);
        assertThat(utanOrsak.body()).contains("\"falt\":\"orsak\"", "Skriv orsaken till ändringen");
        assertThat(oforandrad.statusCode()).isEqualTo(400);
        assertThat(oforandrad.body())
                .contains("\"falt\":\"arendetyper\"", "Enheten handlägger redan just de ärendetyperna");
        assertThat(utanTyper.statusCode()).isEqualTo(400);
        assertThat(utanTyper.body())
                .contains("\"falt\":\"arendetyper\"", "En tom lista betyder att enheten tar emot alla");
        assertThat(okandEnhet.statusCode()).isEqualTo(404);
        assertThat(chef.statusCode()).isEqualTo(403);
        assertThat(enhetensTyper()).containsExactlyElementsOf(LSS_I_DEMON);
        assertThat(loggradIEnheten()).isEqualTo(loggadeFore);
    }

    @Test
    void onThePageARefusedChangeShowsItsErrorBesideTheFieldKeepsTheTickedBoxesAndSavesNothing() {
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        long loggadeFore = loggradIEnheten();

        HttpResponse<String> utanOrsak = postaArendetyper(admin, enhet, List.of("LSS", "VUXEN"), "");
        HttpResponse<String> okand = postaArendetyper(admin, enhet, List.of("LSS", "INTE_EN_TYP"), "Provar");
        HttpResponse<String> oforandrad = postaArendetyper(admin, enhet, LSS_I_DEMON, "Provar");

        assertThat(utanOrsak.statusCode()).isEqualTo(400);
        assertThat(utanOrsak.body())
                .contains("id=\"fel-arendetyper-orsak\"", "Skriv orsaken till ändringen. Den loggas.")
                .containsPattern("value=\"VUXEN\"\\s+checked");
        assertThat(okand.statusCode()).isEqualTo(400);
        assertThat(okand.body()).contains("id=\"fel-arendetyper\"", "Okänd ärendetyp");
        assertThat(oforandrad.statusCode()).isEqualTo(400);
        assertThat(oforandrad.body())
                .contains("id=\"fel-arendetyper\"", "Enheten handlägger redan just de ärendetyperna");
        assertThat(enhetensTyper()).containsExactlyElementsOf(LSS_I_DEMON);
        assertThat(loggradIEnheten()).isEqualTo(loggadeFore);
    }

    /** The unit page's form: {@code arendetyp} once per ticked box, as a browser sends it. */
    private static HttpResponse<String> postaArendetyper(
            HttpSession session, String kod, List<String> typer, String orsak) {
        String token = HttpSession.csrfToken(session.get("/").body()).orElseThrow();
        StringBuilder form = new StringBuilder("_csrf=")
                .append(kodat(token))
                .append("&orsak=")
                .append(kodat(orsak));
        typer.forEach(typ -> form.append("&arendetyp=").append(kodat(typ)));
        return session.post(
                "/admin/enheter/" + kod + "/arendetyper", "application/x-www-form-urlencoded", form.toString());
    }

    private HttpResponse<String> registrera(String arendetyp) {
        String personnummer = Testpersoner.medKontrollsiffra(String.format(
                "19%02d%02d%02d-%03d",
                ThreadLocalRandom.current().nextInt(62, 99),
                ThreadLocalRandom.current().nextInt(1, 13),
                ThreadLocalRandom.current().nextInt(1, 29),
                980 + ThreadLocalRandom.current().nextInt(20)));
        return api(handlaggare).post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Typ","efternamn":"Provsson","arendetyp":"%s","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"%s"}""".formatted(
                personnummer, arendetyp, OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS), enhet));
    }

    private List<String> enhetensTyper() {
        return jdbc.sql("select arendetyp from enhet_arendetyp where enhet_kod = :k order by arendetyp")
                .param("k", enhet)
                .query(String.class)
                .list();
    }

    private long loggradIEnheten() {
        return jdbc.sql("select count(*) from behorighetslogg where enhet_kod = :k")
                .param("k", enhet)
                .query(Long.class)
                .single();
    }

    private long oppnaArendenIEnheten() {
        return jdbc.sql("select count(*) from arende where enhet_kod = :k and status = 'OPPET'")
                .param("k", enhet)
                .query(Long.class)
                .single();
    }

    private static String kodat(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
