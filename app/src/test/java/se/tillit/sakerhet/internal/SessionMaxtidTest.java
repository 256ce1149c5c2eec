package se.tillit.sakerhet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/** The absolute lifetime: noted at the first request after login, the session ended (and logged) after it. */
class SessionMaxtidTest {

    private final Instant inloggad = Instant.parse("2026-12-07T07:00:00Z");
    private final JdbcInloggningslogg logg = mock(JdbcInloggningslogg.class);
    private final MockHttpSession session = new MockHttpSession();

    // kept: the security context is the thread's, global to every test that runs after this one on it
    @AfterEach
    void rensa() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionWithinItsLifetimeGoesOn() throws Exception {
        begaran(inloggad);

        MockHttpServletResponse svar = begaran(inloggad.plus(Duration.ofHours(9).plusMinutes(59)));

        assertThat(svar.getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aPageAfterTheLifetimeEndsTheSessionAndGoesToTheLoginPageWithAMessage() throws Exception {
        begaran(inloggad);

        MockHttpServletResponse svar =
                begaran(inloggad.plus(Duration.ofHours(10)).plusSeconds(1));

        assertThat(svar.getRedirectedUrl()).isEqualTo("/login?utgangen");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        verify(logg).skriv(eq("hanna"), eq(Handelse.UTLOGGNING), eq(Metod.LOSENORD), eq(Orsak.SESSION_MAXTID), any());
    }

    @Test
    void anApiCallAfterTheLifetimeGets401() throws Exception {
        new SessionMaxtid(Duration.ofHours(10), Clock.fixed(inloggad, ZoneOffset.UTC), logg, true)
                .doFilter(request(), new MockHttpServletResponse(), new MockFilterChain());
        MockHttpServletResponse svar = new MockHttpServletResponse();

        new SessionMaxtid(
                        Duration.ofHours(10),
                        Clock.fixed(inloggad.plus(Duration.ofHours(11)), ZoneOffset.UTC),
                        logg,
                        true)
                .doFilter(request(), svar, new MockFilterChain());

        assertThat(svar.getStatus()).isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpServletResponse begaran(Instant nu) throws Exception {
        MockHttpServletResponse svar = new MockHttpServletResponse();
        new SessionMaxtid(Duration.ofHours(10), Clock.fixed(nu, ZoneOffset.UTC), logg, false)
                .doFilter(request(), svar, new MockFilterChain());
        return svar;
    }

    private MockHttpServletRequest request() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "hanna", null, AuthorityUtils.createAuthorityList("ROLE_HANDLAGGARE")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/uppgifter");
        request.setSession(session);
        return request;
    }
}
