package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * Account and unit administration (issue 16): the user provisioning's API and ADMIN's pages, the reason every change
 * needs and its row in the change log, the refusals (a user name taken, no reason, a unit that does not exist, an ADMIN
 * taking their own last ADMIN role or deactivating themselves, a unit with open cases), who may not administer, and a
 * live session that ends at its next request once its account is deactivated or a role taken.
 */
@TillitSpringTest
class KontoadministrationTest {

    static final String LOSENORD = "ett-langt-provlosenord";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Enhetsregister enhetsregister;

    private HttpSession provisionering() {
        return HttpSession.basic(port, DemoKonton.PROVISIONERING, DemoKonton.LOSENORD);
    }

    private static String nyttNamn(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> skapaViaApi(String anvandarnamn, String enhet, String roll) {
        return provisionering().post("/api/admin/konton", """
                {"anvandarnamn":"%s","namn":"Prov Provsson","epost":"prov@kommun.invalid","losenord":"%s",
                 "roller":[{"enhet":"%s","roll":"%s"}],"orsak":"Nyanställd, ärende IT-1234"}""".formatted(anvandarnamn, LOSENORD, enhet, roll));
    }

    @Test
    void theProvisioningCreatesGivesTakesDeactivatesAndEveryChangeIsLoggedWithWhoAndWhy() {
        String namn = nyttNamn("prov");
        HttpResponse<String> skapat = skapaViaApi(namn, "BOU", "HANDLAGGARE");
        assertThat(skapat.statusCode()).as(skapat.body()).isEqualTo(201);
        assertThat(skapat.body())
                .contains("\"anvandarnamn\":\"" + namn + "\"", "\"enhet\":\"BOU\"", "\"roll\":\"HANDLAGGARE\"");

        HttpSession api = provisionering();
        assertThat(api.post("/api/admin/konton/" + namn + "/roller", """
                {"enhet":"VUX","roll":"HANDLAGGARE","orsak":"Vikariat på Vuxen"}""").statusCode())
                .isEqualTo(200);
        assertThat(api.post("/api/admin/konton/" + namn + "/roller/borttagning", """
                {"enhet":"BOU","roll":"HANDLAGGARE","orsak":"Slutat på Barn och unga"}""")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post("/api/admin/konton/" + namn + "/inaktivering", "{\"orsak\":\"Anställningen upphör\"}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> konto = api.get("/api/admin/konton/" + namn);

        assertThat(konto.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/admin/konton?enhet=VUX&roll=HANDLAGGARE&aktiv=false")
                        .body())
                .contains("\"" + namn + "\"");
        assertThat(api.get("/api/admin/konton?enhet=BOU&aktiv=false").body()).doesNotContain("\"" + namn + "\"");
        assertThat(api.get("/api/admin/konton?roll=HANDLAGGARE&aktiv=true").body())
                .doesNotContain("\"" + namn + "\"");
        String utanHistorik = konto.body().substring(0, konto.body().indexOf("\"historik\""));
        assertThat(utanHistorik)
                .contains("\"aktiv\":false", "\"roller\":[{\"enhet\":\"VUX\",\"roll\":\"HANDLAGGARE\"}]");
        assertThat(jdbc.sql("""
                        select handelse || ' ' || coalesce(enhet_kod, '-') || ' ' || coalesce(roll, '-') || ' ' || utford_av
                               || ' ' || kanal || ' ' || orsak
                          from behorighetslogg where anvandarnamn = :a order by id""").param("a", namn).query(String.class).list())
                .containsExactly(
                        "KONTO_SKAPAT - - provisionering API Nyanställd, ärende IT-1234",
                        "ROLL_GIVEN BOU HANDLAGGARE provisionering API Nyanställd, ärende IT-1234",
                        "ROLL_GIVEN VUX HANDLAGGARE provisionering API Vikariat på Vuxen",
                        "ROLL_TAGEN BOU HANDLAGGARE provisionering API Slutat på Barn och unga",
                        "KONTO_INAKTIVERAT - - provisionering API Anställningen upphör");
        // the account is never deleted; the log is append-only
        assertThat(jdbc.sql("select count(*) from anvandare where anvandarnamn = :a")
                        .param("a", namn)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        org.junit.jupiter.api.Assertions.assertThrows(
                Exception.class,
                () -> jdbc.sql("update behorighetslogg set orsak = 'ändrad' where anvandarnamn = :a")
                        .param("a", namn)
                        .update());
    }

    @Test
    void aUserNameTakenNoReasonOrAnUnknownUnitIsRefusedAndNothingIsSaved() {
        String namn = nyttNamn("dubbel");
        assertThat(skapaViaApi(namn, "BOU", "HANDLAGGARE").statusCode()).isEqualTo(201);

        HttpResponse<String> dubbel = skapaViaApi(namn, "BOU", "HANDLAGGARE");
        String utanOrsak = nyttNamn("utanorsak");
        HttpResponse<String> ingenOrsak =
                provisionering().post("/api/admin/konton", """
                {"anvandarnamn":"%s","namn":"Prov Provsson","losenord":"%s","orsak":"  "}""".formatted(utanOrsak, LOSENORD));
        String okand = nyttNamn("okand");
        HttpResponse<String> okandEnhet = skapaViaApi(okand, "FINNS-INTE", "HANDLAGGARE");
        HttpResponse<String> rollUtanOrsak = provisionering()
                .post("/api/admin/konton/" + namn + "/roller", "{\"enhet\":\"VUX\",\"roll\":\"HANDLAGGARE\"}");

        assertThat(dubbel.statusCode()).isEqualTo(400);
        assertThat(dubbel.body())
                .contains("\"falt\":\"anvandarnamn\"", "Det finns redan ett konto med det användarnamnet");
        assertThat(ingenOrsak.statusCode()).isEqualTo(400);
        assertThat(ingenOrsak.body()).contains("\"falt\":\"orsak\"", "Skriv orsaken till ändringen");
        assertThat(okandEnhet.statusCode()).isEqualTo(400);
        assertThat(okandEnhet.body()).contains("\"falt\":\"enhet\"", "Enheten finns inte");
        assertThat(rollUtanOrsak.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from anvandare where anvandarnamn in (:a)")
                        .param("a", java.util.List.of(utanOrsak, okand))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from anvandare_roll where anvandarnamn = :a and enhet_kod = 'VUX'")
                        .param("a", namn)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The new-account form for {@code namn} as a handläggare of BOU, with the {@code ovriga} fields too. */
    private static Map<String, String> nyttKontoMedRoll(String namn, Map<String, String> ovriga) {
        Map<String, String> falt = new java.util.HashMap<>(Map.of(
                "anvandarnamn",
                namn,
                "namn",
                "Sid Sidsson",
                "losenord",
                LOSENORD,
                "enhet",
                "BOU",
                "roll",
                "HANDLAGGARE"));
        falt.putAll(ovriga);
        return falt;
    }

    @Test
    void onThePageAMissingReasonAndATakenNameAreShownBesideTheirFields() {
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        String namn = nyttNamn("sida");

        HttpResponse<String> utanOrsak = admin.postForm("/admin/konton/ny", nyttKontoMedRoll(namn, Map.of()));
        HttpResponse<String> skapat =
                admin.postForm("/admin/konton/ny", nyttKontoMedRoll(namn, Map.of("orsak", "Nyanställd")));
        HttpResponse<String> igen = admin.postForm(
                "/admin/konton/ny",
                Map.of("anvandarnamn", namn, "namn", "Sid Sidsson", "losenord", LOSENORD, "orsak", "Nyanställd"));

        assertThat(utanOrsak.statusCode()).isEqualTo(400);
        assertThat(utanOrsak.body())
                .contains("id=\"fel-orsak\"", "Skriv orsaken till ändringen. Den loggas.")
                .doesNotContain(LOSENORD);
        assertThat(skapat.statusCode()).isEqualTo(302);
        assertThat(skapat.headers().firstValue("Location").orElseThrow()).endsWith("/admin/konton/" + namn);
        assertThat(igen.statusCode()).isEqualTo(400);
        assertThat(igen.body()).contains("id=\"fel-anvandarnamn\"", "Det finns redan ett konto med det användarnamnet");
        HttpResponse<String> sida = admin.get("/admin/konton/" + namn);
        assertThat(sida.body())
                .contains("Kontot skapades", "Nyanställd", "Handläggare", "Barn och unga", DemoKonton.ADMIN);
    }

    @Test
    void anAdminCannotTakeTheirOwnLastAdminRoleNorDeactivateThemselves() {
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        String namn = nyttNamn("adm");
        assertThat(admin.postForm(
                                "/admin/konton/ny",
                                Map.of(
                                        "anvandarnamn",
                                        namn,
                                        "namn",
                                        "Adam Admsson",
                                        "losenord",
                                        LOSENORD,
                                        "enhet",
                                        "SOCFORV",
                                        "roll",
                                        "ADMIN",
                                        "orsak",
                                        "Ny systemförvaltare"))
                        .statusCode())
                .isEqualTo(302);
        HttpSession sjalv = HttpSession.browser(port, namn, LOSENORD);

        HttpResponse<String> egenRoll = sjalv.postForm(
                "/admin/konton/" + namn + "/roller/borttagning",
                Map.of("rollIEnhet", "SOCFORV:ADMIN", "orsak", "Provar"));
        HttpResponse<String> egetKonto =
                sjalv.postForm("/admin/konton/" + namn + "/inaktivering", Map.of("orsak", "Provar"));

        assertThat(egenRoll.statusCode()).isEqualTo(400);
        assertThat(egenRoll.body()).contains("Du kan inte ta din egen sista roll som systemförvaltare");
        assertThat(egetKonto.statusCode()).isEqualTo(400);
        assertThat(egetKonto.body()).contains("Du kan inte inaktivera ditt eget konto");
        assertThat(jdbc.sql("select count(*) from anvandare_roll where anvandarnamn = :a and roll = 'ADMIN'")
                        .param("a", namn)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // with a second ADMIN role the first may go; the account's own session then ends (its roles changed)
        assertThat(sjalv.postForm(
                                "/admin/konton/" + namn + "/roller",
                                Map.of("enhet", "NAMND", "roll", "ADMIN", "orsak", "Två enheter"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(sjalv.get("/").headers().firstValue("Location").orElse("")).endsWith("/login?avslutad");
    }

    @Test
    void theProvisioningGivesNoAdminRoleTouchesNoAdminAndHasNothingElse() {
        HttpSession api = provisionering();
        String namn = nyttNamn("ingenadmin");

        assertThat(skapaViaApi(namn, "SOCFORV", "ADMIN").statusCode()).isEqualTo(403);
        assertThat(api.post("/api/admin/konton/" + DemoKonton.ADMIN + "/inaktivering", "{\"orsak\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/admin/konton/" + DemoKonton.INTEGRATION + "/roller/borttagning",
                                "{\"enhet\":\"SOCFORV\",\"roll\":\"INTEGRATION\",\"orsak\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/admin/tabeller").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/lexsarah").statusCode()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(HttpSession.browser(port, DemoKonton.PROVISIONERING, DemoKonton.LOSENORD)
                        .loginResponse()
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("/login?fel");
        assertThat(jdbc.sql("select count(*) from anvandare where anvandarnamn = :a")
                        .param("a", namn)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aChefMayNotAdministerOnThePagesNorInTheApi() {
        HttpSession chef = HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD);

        assertThat(chef.get("/admin/konton").statusCode()).isEqualTo(403);
        assertThat(chef.postForm("/admin/konton/" + DemoKonton.HANDLAGGARE + "/inaktivering", Map.of("orsak", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.api(port, DemoKonton.CHEF, DemoKonton.LOSENORD)
                        .get("/api/admin/konton")
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select aktiv from anvandare where anvandarnamn = :a")
                        .param("a", DemoKonton.HANDLAGGARE)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aSessionEndsAtItsNextRequestWhenARoleIsTakenAndWhenTheAccountIsDeactivated() throws Exception {
        String namn = nyttNamn("session");
        assertThat(skapaViaApi(namn, "BOU", "HANDLAGGARE").statusCode()).isEqualTo(201);
        HttpSession person = HttpSession.browser(port, namn, LOSENORD);
        assertThat(person.get("/uppgifter").statusCode()).isEqualTo(200);

        assertThat(provisionering()
                        .post("/api/admin/konton/" + namn + "/roller", """
                {"enhet":"VUX","roll":"HANDLAGGARE","orsak":"Vikariat"}""")
                        .statusCode())
                .isEqualTo(200);
        assertThat(provisionering()
                        .post("/api/admin/konton/" + namn + "/roller/borttagning", """
                {"enhet":"BOU","roll":"HANDLAGGARE","orsak":"Flyttar till Vuxen"}""")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> efterRollen = person.get("/uppgifter");
        HttpResponse<String> inloggningssidan = person.get("/login?avslutad");

        assertThat(efterRollen.statusCode()).isEqualTo(302);
        assertThat(efterRollen.headers().firstValue("Location").orElseThrow()).endsWith("/login?avslutad");
        assertThat(inloggningssidan.body()).contains("Din session har avslutats");
        HttpSession igen = HttpSession.browser(port, namn, LOSENORD);
        assertThat(igen.get("/").body()).contains("Vuxen och missbruk").doesNotContain("Barn och unga</td>");

        assertThat(provisionering()
                        .post("/api/admin/konton/" + namn + "/inaktivering", "{\"orsak\":\"Slutat\"}")
                        .statusCode())
                .isEqualTo(200);
        // an htmx request (the task list's filter) is sent to the login page as a whole page
        HttpResponse<String> htmx = igen.get("/uppgifter", "HX-Request", "true");
        assertThat(htmx.statusCode()).isEqualTo(401);
        assertThat(htmx.headers().firstValue("HX-Redirect").orElseThrow()).endsWith("/login?avslutad");
        assertThat(igen.get("/").headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(HttpSession.browser(port, namn, LOSENORD)
                        .loginResponse()
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("/login?fel");
    }

    @Test
    void anAccountWithoutALocalPasswordCannotLogInWithOne() {
        String namn = nyttNamn("idp");
        HttpResponse<String> skapat = provisionering().post("/api/admin/konton", """
                {"anvandarnamn":"%s","namn":"Ida Idpsson","roller":[{"enhet":"LSS","roll":"HANDLAGGARE"}],
                 "orsak":"Loggar in via kommunens IdP"}""".formatted(namn));

        assertThat(skapat.statusCode()).as(skapat.body()).isEqualTo(201);
        assertThat(skapat.body()).contains("\"lokaltLosenord\":false");
        assertThat(HttpSession.browser(port, namn, "")
                        .loginResponse()
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("/login?fel");
        assertThat(HttpSession.browser(port, namn, LOSENORD)
                        .loginResponse()
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("/login?fel");
        assertThat(HttpSession.basic(port, namn, "null").get("/api/lexsarah").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aUnitIsCreatedRenamedAndDeactivatedOnlyWithoutOpenCases() {
        HttpSession api = provisionering();
        String kod = nyttNamn("PROV").toUpperCase();
        assertThat(api.post("/api/admin/enheter", """
                {"kod":"%s","namn":"Provenheten","typ":"MYNDIGHET","orsak":"Ny enhet från 1 januari"}""".formatted(kod)).statusCode())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/admin/enheter/" + kod + "/namn",
                                "{\"namn\":\"Provenheten Nord\",\"orsak\":\"Omorganisation\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post("/api/admin/enheter/" + kod + "/inaktivering", "{\"orsak\":\"Läggs ned\"}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> rollIInaktiv = skapaViaApi(nyttNamn("inaktiv"), kod, "HANDLAGGARE");

        // a unit with an open case stays
        HttpResponse<String> ansokan = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Enhet","efternamn":"Provsson","arendetyp":"BARN_OCH_UNGA","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"BOU"}""".formatted(
                                LagradXssTest.personnummer(),
                                OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        HttpResponse<String> bou = api.post("/api/admin/enheter/BOU/inaktivering", "{\"orsak\":\"Provar\"}");

        assertThat(rollIInaktiv.statusCode()).isEqualTo(400);
        assertThat(rollIInaktiv.body()).contains("Enheten är inaktiverad");
        assertThat(bou.statusCode()).isEqualTo(400);
        assertThat(bou.body()).contains("Enheten har öppna ärenden");
        assertThat(jdbc.sql("select aktiv from enhet where kod = 'BOU'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(api.get("/api/admin/enheter/" + kod).body())
                .contains("Provenheten Nord", "\"aktiv\":false", "Provenheten → Provenheten Nord", "Läggs ned");
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.get("/admin/enheter/" + kod).body())
                .contains("Provenheten Nord", "Omorganisation", "Inaktiverad");
        // a deactivated unit is not offered for new work, but keeps its name wherever its past is shown
        assertThat(enhetsregister.aktiva())
                .extracting(Enhet::kod)
                .doesNotContain(kod)
                .contains("BOU");
        assertThat(enhetsregister.alla()).extracting(Enhet::kod).contains(kod);
        assertThat(enhetsregister.namn(kod)).isEqualTo("Provenheten Nord");
    }

    @Test
    void theApiIsInTheOpenApiDocument() {
        HttpResponse<String> dokument =
                HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD).get("/dokumentation/openapi");

        assertThat(dokument.body())
                .contains(
                        "/api/admin/konton",
                        "/api/admin/konton/{anvandarnamn}/roller/borttagning",
                        "/api/admin/enheter/{kod}/inaktivering");
    }
}
