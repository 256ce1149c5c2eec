package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * The login with the real accounts on a real server: the session cookie and the start page after the login. The login
 * form's chain, its refusals and the login page are tested without the application in
 * {@link se.tillit.sakerhet.internal.InloggningSidaWebTest}.
 */
@TillitSpringTest
class LoginTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndRenewedAtLogin() {
        HttpSession browser = HttpSession.anonymous(port);
        browser.get("/login");
        String anonymousSession = browser.sessionCookie().orElseThrow();

        HttpResponse<String> login = browser.submitLogin(DemoKonton.CHEF, DemoKonton.LOSENORD);

        assertThat(login.statusCode()).isEqualTo(302);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        // session fixation: the session id changes when the user logs in
        assertThat(browser.sessionCookie()).isPresent().get().isNotEqualTo(anonymousSession);
    }

    @Test
    void theStartPageShowsTheUsersUnitsAndRolesInSwedish() {
        HttpSession browser = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);

        HttpResponse<String> start = browser.get("/");

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body())
                .contains("Leo Lind (demo)")
                .contains("LSS och funktionsnedsättning")
                .contains("Vuxen och missbruk")
                .contains("Handläggare")
                .doesNotContain("Camunda Cockpit");
    }

    @Test
    void anAdministratorsStartPageLinksToTheEngineWebapps() {
        HttpSession browser = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        assertThat(browser.get("/").body())
                .contains("/camunda/app/cockpit/default/")
                .contains("Systemförvaltare");
    }
}
