package se.tillit.sakerhet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Inloggningslogg;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;
import se.tillit.sakerhet.Roll;
import testprobes.TestIdp;

/**
 * The login through the municipality's identity provider (issue 16, ADR 18) against a real OpenID Connect provider in
 * the test's JVM ({@link TestIdp}): the whole authorization-code flow over HTTP, redirects followed by hand, the
 * provider's login form filled in as a person would.
 */
@TillitSpringTest
class OidcInloggningTest {

    @LocalServerPort
    int port;

    @Autowired
    Inloggningslogg logg;

    @Autowired
    Anvandarkonton konton;

    @Test
    void aPersonWithATillitAccountIsLoggedInAsThatAccountWithItsRoles() {
        HttpSession webblasare = webblasare();

        HttpResponse<String> slut = loggaInHosLeverantoren(webblasare, DemoKonton.HANDLAGGARE);

        assertThat(slut.uri().getPath()).isEqualTo("/");
        assertThat(slut.statusCode()).isEqualTo(200);
        assertThat(webblasare
                        .get("/test/engine-identity", "Accept", "application/json")
                        .body())
                .contains("\"userId\":\"handlaggare.bou\"");
        assertThat(webblasare.get("/uppgifter?vy=enhetens").statusCode()).isEqualTo(200);
        Inloggningslogg.Rad rad = logg.lista(DemoKonton.HANDLAGGARE, Handelse.INLOGGNING, null, null, 1)
                .get(0);
        assertThat(rad.metod()).isEqualTo(Metod.OIDC);
    }

    @Test
    void aPersonWithoutATillitAccountIsRefusedWithAClearPageAndNoLoop() {
        String okand = "okand." + UUID.randomUUID().toString().substring(0, 8);
        HttpSession webblasare = webblasare();

        HttpResponse<String> slut = loggaInHosLeverantoren(webblasare, okand);

        assertThat(slut.uri().toString()).endsWith("/login?nekad=SAKNAR_KONTO");
        assertThat(slut.statusCode()).isEqualTo(200);
        assertThat(slut.body()).contains("det finns inget konto i Tillit för dig");
        assertThat(webblasare.get("/").statusCode()).isEqualTo(302);
        Inloggningslogg.Rad rad = logg.lista(okand, null, null, null, 1).get(0);
        assertThat(rad.handelse()).isEqualTo(Handelse.NEKAD);
        assertThat(rad.orsak()).isEqualTo(Orsak.SAKNAR_KONTO);
    }

    @Test
    void anAccountWithoutAnyRoleIsRefusedWithItsOwnMessage() {
        String namn = "utanroll." + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaOmSaknas(
                new NyttKonto(namn, "Utan Roll (syntetisk)", null, false, Map.of()),
                "ett-langt-testlosenord-16",
                "test:oidc");

        HttpResponse<String> slut = loggaInHosLeverantoren(webblasare(), namn);

        assertThat(slut.uri().toString()).endsWith("/login?nekad=SAKNAR_ROLL");
        assertThat(slut.body()).contains("har ingen roll i någon enhet");
    }

    @Test
    void aServiceAccountIsRefusedThroughTheProviderToo() {
        HttpResponse<String> slut = loggaInHosLeverantoren(webblasare(), DemoKonton.INTEGRATION);

        assertThat(slut.uri().toString()).endsWith("/login?nekad=TJANSTEKONTO_I_WEBBLASARE");
    }

    @Test
    void theLogoutEndsTheSessionAndTheProvidersSession() {
        String namn = "oidc." + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaOmSaknas(
                new NyttKonto(
                        namn, "Oidc Person (syntetisk)", null, false, Map.of("LSS", EnumSet.of(Roll.HANDLAGGARE))),
                "ett-langt-testlosenord-16",
                "test:oidc");
        HttpSession webblasare = webblasare();
        loggaInHosLeverantoren(webblasare, namn);
        HttpResponse<String> utloggning = webblasare.postForm("/logout", Map.of());

        String till = utloggning.headers().firstValue("Location").orElseThrow();
        assertThat(till)
                .startsWith(
                        TestIdp.server().endSessionEndpointUrl(TestIdp.UTGIVARE).toString())
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=");
        HttpResponse<String> tillbaka = webblasare.folj(utloggning);
        assertThat(tillbaka.uri().toString()).endsWith("/login?utloggad");
        assertThat(webblasare.get("/").statusCode()).isEqualTo(302);
        assertThat(logg.lista(namn, null, null, null, 2))
                .extracting(Inloggningslogg.Rad::handelse, Inloggningslogg.Rad::metod)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Handelse.UTLOGGNING, Metod.OIDC),
                        org.assertj.core.groups.Tuple.tuple(Handelse.INLOGGNING, Metod.OIDC));
    }

    /**
     * A session from the provider carries the Tillit account it was matched to, so an administrator's change ends it at
     * its next request exactly as a local login's (KontotsGiltighet): deactivated here through the provisioning API.
     */
    @Test
    void aDeactivatedAccountsSessionFromTheProviderEndsAtItsNextRequest() {
        String namn = "oidc.slut." + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaOmSaknas(
                new NyttKonto(
                        namn, "Oidc Avslutad (syntetisk)", null, false, Map.of("LSS", EnumSet.of(Roll.HANDLAGGARE))),
                "ett-langt-testlosenord-16",
                "test:oidc");
        HttpSession webblasare = webblasare();
        loggaInHosLeverantoren(webblasare, namn);
        assertThat(webblasare.get("/uppgifter").statusCode()).isEqualTo(200);

        HttpResponse<String> inaktiverat = HttpSession.basic(port, DemoKonton.PROVISIONERING, DemoKonton.LOSENORD)
                .post("/api/admin/konton/" + namn + "/inaktivering", "{\"orsak\":\"Anställningen upphör\"}");
        assertThat(inaktiverat.statusCode()).as(inaktiverat.body()).isEqualTo(200);
        HttpResponse<String> nasta = webblasare.get("/uppgifter");

        assertThat(nasta.statusCode()).isEqualTo(302);
        assertThat(nasta.headers().firstValue("Location").orElseThrow()).endsWith("/login?avslutad");
        assertThat(webblasare.get("/").statusCode()).as("the session is gone").isEqualTo(302);
    }

    @Test
    void theLoginPageOffersTheProviderAndTheLocalForm() {
        String sida = webblasare().get("/login").body();

        assertThat(sida)
                .contains("Logga in med kommunens inloggning")
                .contains("/oauth2/authorization/kommun")
                .contains("name=\"password\"");
    }

    /** A browser without a screen: a cookie jar for both servers, redirects followed by hand. */
    private HttpSession webblasare() {
        return HttpSession.withCookieJar(port);
    }

    /** The provider's login form filled in as a person would, and every redirect followed back to Tillit. */
    private static HttpResponse<String> loggaInHosLeverantoren(HttpSession webblasare, String anvandarnamn) {
        HttpResponse<String> inloggningssida = webblasare.folj(webblasare.get("/oauth2/authorization/kommun"));
        assertThat(inloggningssida.uri().toString()).startsWith(TestIdp.utgivare());
        String claims = "{\"preferred_username\": \"" + anvandarnamn + "\", \"name\": \"Syntetisk Person\"}";
        HttpResponse<String> tillbaka = webblasare.post(
                inloggningssida.uri().toString(),
                "application/x-www-form-urlencoded",
                "username=" + enc("sub-" + anvandarnamn) + "&claims=" + enc(claims));
        return webblasare.folj(tillbaka);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
