package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

@TillitSpringTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void aWrongPasswordShowsTheLoginPageWithAnErrorAndLeavesNoSession() throws Exception {
        MvcResult result = mvc.perform(formLogin().user(DemoKonton.HANDLAGGARE).password("fel-losenord"))
                .andExpect(redirectedUrl("/login?fel"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();

        mvc.perform(get("/login").param("fel", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fel användarnamn eller lösenord.")));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin().user("finns.inte").password("vad-som-helst"))
                .andExpect(redirectedUrl("/login?fel"))
                .andExpect(unauthenticated());
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        mvc.perform(formLogin().user(DemoKonton.HANDLAGGARE).password(DemoKonton.LOSENORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(DemoKonton.HANDLAGGARE).withRoles("HANDLAGGARE"));
    }

    @Test
    void aLoginWithoutCsrfTokenIsRefusedEvenWithTheRightPassword() throws Exception {
        mvc.perform(post("/login").param("username", DemoKonton.HANDLAGGARE).param("password", DemoKonton.LOSENORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aLogoutWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(user(DemoKonton.HANDLAGGARE).roles("HANDLAGGARE")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout")
                        .with(user(DemoKonton.HANDLAGGARE).roles("HANDLAGGARE"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?utloggad"));
    }

    @Test
    void aServiceAccountCannotLogInWithTheBrowserForm() throws Exception {
        mvc.perform(formLogin().user(DemoKonton.INTEGRATION).password(DemoKonton.LOSENORD))
                .andExpect(redirectedUrl("/login?fel"))
                .andExpect(unauthenticated());
    }

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
    void ourPagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theBrowsersIconIsServedToAnyoneSoNoPageLogsA404() throws Exception {
        // issue 17's walk in the browser: every page's first load had "favicon.ico 404" in the console
        MvcResult ikon =
                mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn();
        assertThat(ikon.getResponse().getContentAsByteArray())
                .as("an icon file")
                .hasSizeGreaterThan(100)
                .startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0);
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
