package se.tillit.sakerhet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.tillit.DemoKonton;
import se.tillit.TillitWebTest;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;
import se.tillit.sakerhet.Roll;

/**
 * The login page and the login form's chain as production configures them (issue 16), without a database: the
 * accounts are {@link Sakerhetsskiva}'s. What needs the real accounts, the session cookie of a real server and the
 * start page after the login stays in {@code LoginTest}.
 */
@TillitWebTest(InloggningSida.class)
class InloggningSidaWebTest {

    @Autowired
    MockMvc mvc;

    /** Its own, reset after each test: the lockout a test sets is that test's. */
    @MockitoBean
    Inloggningssparr sparr;

    @MockitoBean
    JdbcInloggningslogg logg;

    @Test
    void aWrongPasswordShowsTheLoginPageWithAnErrorAndLeavesNoSession() throws Exception {
        MvcResult result = mvc.perform(formLogin().user(DemoKonton.HANDLAGGARE).password("fel-losenord"))
                .andExpect(redirectedUrl("/login?fel"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();

        mvc.perform(get("/login").param("fel", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fel användarnamn eller lösenord.")));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin().user("finns.inte").password("vad-som-helst"))
                .andExpect(redirectedUrl("/login?fel"))
                .andExpect(unauthenticated());
    }

    @Test
    void theRightPasswordLogsInAndTheLoginIsLogged() throws Exception {
        mvc.perform(formLogin().user(DemoKonton.HANDLAGGARE).password(DemoKonton.LOSENORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(DemoKonton.HANDLAGGARE).withRoles("HANDLAGGARE"));
        verify(logg).skriv(eq(DemoKonton.HANDLAGGARE), eq(Handelse.INLOGGNING), eq(Metod.LOSENORD), eq(null), any());
    }

    @Test
    void aLockedNameIsSentToTheLockoutMessageWithItsMinutes() throws Exception {
        when(sparr.kontoSparrat(DemoKonton.ADMIN)).thenReturn(true);

        mvc.perform(formLogin().user(DemoKonton.ADMIN).password(DemoKonton.LOSENORD))
                .andExpect(redirectedUrl("/login?sparrad"))
                .andExpect(unauthenticated());
        verify(logg)
                .skriv(
                        eq(DemoKonton.ADMIN),
                        eq(Handelse.MISSLYCKAD),
                        eq(Metod.LOSENORD),
                        eq(Orsak.KONTO_SPARRAT),
                        any());

        mvc.perform(get("/login").param("sparrad", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("För många misslyckade inloggningar")))
                .andExpect(content().string(containsString("Vänta 15 minuter")));
    }

    @Test
    void aRefusalIsNamedOnThePageOnlyWhenItIsOneOfTheKnownReasons() throws Exception {
        mvc.perform(get("/login").param("nekad", Orsak.INAKTIVT_KONTO.name()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ditt konto i Tillit är avstängt.")));
        mvc.perform(get("/login").param("nekad", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("alert(1)"))));
    }

    @Test
    void aLoginWithoutCsrfTokenIsRefusedEvenWithTheRightPassword() throws Exception {
        mvc.perform(post("/login").param("username", DemoKonton.HANDLAGGARE).param("password", DemoKonton.LOSENORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aLogoutWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(Sakerhetsskiva.som(DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout")
                        .with(Sakerhetsskiva.som(DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?utloggad"));
    }

    @Test
    void aServiceAccountCannotLogInWithTheBrowserForm() throws Exception {
        mvc.perform(formLogin().user(DemoKonton.INTEGRATION).password(DemoKonton.LOSENORD))
                .andExpect(redirectedUrl("/login?fel"))
                .andExpect(unauthenticated());
        verify(logg)
                .skriv(
                        eq(DemoKonton.INTEGRATION),
                        eq(Handelse.NEKAD),
                        eq(Metod.LOSENORD),
                        eq(Orsak.TJANSTEKONTO_I_WEBBLASARE),
                        any());
    }

    @Test
    void aPageAskedForAnonymouslySendsTheBrowserToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/tabeller")).andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void ourPagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
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
}
