package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * The two account actions the login needs beside the account administration (issue 16): an ADMIN lifts a lockout
 * after repeated failed logins, once the person is recognised, and sets the identity provider's id that the login
 * through the provider matches. Each with a reason, each in the change log; the unlock in the login log too.
 */
@TillitSpringTest
class UpplasningOchExterntIdTest {

    static final String LOSENORD = "ett-langt-provlosenord";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpSession admin() {
        return HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
    }

    private String nyttKonto(String prefix) {
        String namn = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> skapat = admin().postForm(
                        "/admin/konton/ny",
                        Map.of(
                                "anvandarnamn",
                                namn,
                                "namn",
                                "Prov Provsson (syntetisk)",
                                "losenord",
                                LOSENORD,
                                "enhet",
                                "BOU",
                                "roll",
                                "HANDLAGGARE",
                                "orsak",
                                "Nyanställd"));
        assertThat(skapat.statusCode()).as(skapat.body()).isEqualTo(302);
        return namn;
    }

    private static String inloggningensMal(HttpSession session) {
        return session.loginResponse().headers().firstValue("Location").orElse("");
    }

    @Test
    void anAdministratorUnlocksALockedLoginWithAReasonAndThePersonLogsInAtOnce() {
        String namn = nyttKonto("sparrad");
        HttpSession admin = admin();
        HttpResponse<String> inteSparrat =
                admin.postForm("/admin/konton/" + namn + "/upplasning", Map.of("orsak", "Ringde"));
        assertThat(inteSparrat.statusCode()).isEqualTo(400);
        assertThat(inteSparrat.body()).contains("Kontot är inte spärrat.");

        for (int forsok = 0; forsok < 5; forsok++) {
            HttpSession.browser(port, namn, "fel-losenord-" + forsok);
        }
        assertThat(inloggningensMal(HttpSession.browser(port, namn, LOSENORD)))
                .as("locked: even the right password")
                .contains("/login?sparrad");
        HttpResponse<String> sida = admin.get("/admin/konton/" + namn);
        assertThat(sida.body())
                .contains("Spärrad efter för många misslyckade inloggningar, till", "Lås upp inloggningen");

        HttpResponse<String> utanOrsak = admin.postForm("/admin/konton/" + namn + "/upplasning", Map.of("orsak", " "));
        assertThat(utanOrsak.statusCode()).isEqualTo(400);
        assertThat(utanOrsak.body()).contains("id=\"fel-upplasning-orsak\"");
        assertThat(inloggningensMal(HttpSession.browser(port, namn, LOSENORD))).contains("/login?sparrad");

        HttpResponse<String> upplast = admin.postForm(
                "/admin/konton/" + namn + "/upplasning",
                Map.of("orsak", "Ringde, känd till rösten, bekräftad via chefen"));
        assertThat(upplast.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/konton/" + namn).body())
                .contains("Inloggningen är upplåst.", "Inloggning upplåst")
                .doesNotContain("Spärrad efter för många");

        HttpSession personen = HttpSession.browser(port, namn, LOSENORD);
        assertThat(inloggningensMal(personen)).doesNotContain("/login");
        assertThat(personen.get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select handelse || ' ' || metod from inloggningslogg where anvandarnamn = :a order by id")
                        .param("a", namn)
                        .query(String.class)
                        .list())
                .containsSubsequence("SPARRAD LOSENORD", "UPPLAST ADMIN", "INLOGGNING LOSENORD");
        assertThat(jdbc.sql(
                                "select utford_av || ' ' || orsak from behorighetslogg where anvandarnamn = :a and handelse = 'KONTO_UPPLAST'")
                        .param("a", namn)
                        .query(String.class)
                        .list())
                .containsExactly(DemoKonton.ADMIN + " Ringde, känd till rösten, bekräftad via chefen");
    }

    @Test
    void afterAnUnlockTheCountOfFailuresStartsAgain() {
        String namn = nyttKonto("omraknad");
        for (int forsok = 0; forsok < 5; forsok++) {
            HttpSession.browser(port, namn, "fel-losenord-" + forsok);
        }
        admin().postForm("/admin/konton/" + namn + "/upplasning", Map.of("orsak", "Bekräftad"));

        HttpSession.browser(port, namn, "ett-fel-till");

        assertThat(inloggningensMal(HttpSession.browser(port, namn, LOSENORD)))
                .as("one failure after the unlock does not lock again")
                .doesNotContain("/login");
    }

    @Test
    void theIdentityProvidersIdIsSetChangedAndRemovedUniqueAndNeverOnAServiceAccount() {
        String namn = nyttKonto("hsa");
        String annan = nyttKonto("hsa2");
        String id =
                "SE2321000016-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpSession admin = admin();

        HttpResponse<String> satt = admin.postForm(
                "/admin/konton/" + namn + "/externt-id",
                Map.of("externtId", id, "orsak", "HSA-id från personalsystemet"));
        HttpResponse<String> samma =
                admin.postForm("/admin/konton/" + namn + "/externt-id", Map.of("externtId", id, "orsak", "Igen"));
        HttpResponse<String> upptaget = admin.postForm(
                "/admin/konton/" + annan + "/externt-id", Map.of("externtId", id.toLowerCase(), "orsak", "Fel person"));
        HttpResponse<String> tjanstekonto = admin.postForm(
                "/admin/konton/" + DemoKonton.INTEGRATION + "/externt-id", Map.of("externtId", "X-1", "orsak", "Prov"));
        HttpResponse<String> radbrytning = admin.postForm(
                "/admin/konton/" + annan + "/externt-id", Map.of("externtId", "A\u0007B", "orsak", "Prov"));

        assertThat(satt.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/konton/" + namn).body()).contains(id, "Id hos kommunens inloggning");
        assertThat(samma.statusCode()).isEqualTo(400);
        assertThat(samma.body()).contains("Kontot har redan det id:t.");
        assertThat(upptaget.statusCode()).isEqualTo(400);
        assertThat(upptaget.body()).contains("id=\"fel-andra-externt-id\"", "Ett annat konto har redan det id:t.");
        assertThat(tjanstekonto.statusCode()).isEqualTo(400);
        assertThat(radbrytning.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from anvandare where anvandarnamn in (:a) and externt_id is not null")
                        .param("a", java.util.List.of(annan, DemoKonton.INTEGRATION))
                        .query(Long.class)
                        .single())
                .isZero();

        // the user provisioning sets it over the API, and an empty value removes it
        HttpSession provisionering = HttpSession.basic(port, DemoKonton.PROVISIONERING, DemoKonton.LOSENORD);
        HttpResponse<String> bort = provisionering.post(
                "/api/admin/konton/" + namn + "/externt-id", "{\"externtId\":\"\",\"orsak\":\"Nytt HSA-id kommer\"}");
        assertThat(bort.statusCode()).as(bort.body()).isEqualTo(200);
        assertThat(bort.body()).contains("\"externtId\":null");
        assertThat(jdbc.sql(
                                "select uppgift || ' ' || kanal from behorighetslogg where anvandarnamn = :a and handelse = 'KONTO_EXTERNT_ID' order by id")
                        .param("a", namn)
                        .query(String.class)
                        .list())
                .containsExactly("– → " + id + " SIDA", id + " → – API");
    }

    @Test
    void anAccountIsCreatedWithItsIdentityProviderIdAndNoPassword() {
        String namn = "idp-" + UUID.randomUUID().toString().substring(0, 8);
        String id = "HSA-" + UUID.randomUUID().toString().substring(0, 8);
        HttpSession provisionering = HttpSession.basic(port, DemoKonton.PROVISIONERING, DemoKonton.LOSENORD);

        HttpResponse<String> skapat = provisionering.post("/api/admin/konton", """
                {"anvandarnamn":"%s","namn":"Idp Person (syntetisk)","externtId":"%s",
                 "roller":[{"enhet":"BOU","roll":"HANDLAGGARE"}],"orsak":"Nyanställd"}""".formatted(namn, id));
        HttpResponse<String> dubbel = provisionering.post("/api/admin/konton", """
                {"anvandarnamn":"%s-2","namn":"Idp Person (syntetisk)","externtId":"%s","orsak":"Nyanställd"}""".formatted(namn, id));

        assertThat(skapat.statusCode()).as(skapat.body()).isEqualTo(201);
        assertThat(skapat.body()).contains("\"externtId\":\"" + id + "\"", "\"lokaltLosenord\":false");
        assertThat(dubbel.statusCode()).isEqualTo(400);
        assertThat(dubbel.body()).contains("\"falt\":\"externtId\"");
        assertThat(jdbc.sql("select handelse from behorighetslogg where anvandarnamn = :a order by id")
                        .param("a", namn)
                        .query(String.class)
                        .list())
                .containsExactly("KONTO_SKAPAT", "KONTO_EXTERNT_ID", "ROLL_GIVEN");
    }
}
