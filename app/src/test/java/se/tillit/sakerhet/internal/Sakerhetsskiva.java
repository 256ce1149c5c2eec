package se.tillit.sakerhet.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.tillit.DemoKonton;
import se.tillit.drift.Svensktid;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * Production's security for a web slice ({@link se.tillit.TillitWebTest}): the filter chains of
 * {@link SakerhetKonfiguration} as they are, so a slice's authorization rules, CSRF, headers and login are
 * production's, with the database behind them replaced. The accounts are four of the demo's (two people, two service accounts), held in memory
 * (password {@link DemoKonton#LOSENORD}); the login log, lockout, account versions and access log are mocks that log
 * nothing and lock no one. Nothing here starts a database or the engine.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SakerhetKonfiguration.class, AktuellAnvandare.class})
public class Sakerhetsskiva {

    /** The unit the in-memory accounts hold their roles in. */
    public static final String ENHET = "BOU";

    /**
     * A person logged in with the given roles in {@link #ENHET}, as the login form leaves them (a
     * {@link TillitUserDetails}, so the layout shows the name and {@link AktuellAnvandare} finds the roles).
     */
    public static RequestPostProcessor som(String anvandarnamn, Roll... roller) {
        return SecurityMockMvcRequestPostProcessors.user(person(anvandarnamn, ENHET, roller));
    }

    private static TillitUserDetails person(String anvandarnamn, String enhet, Roll... roller) {
        return konto(anvandarnamn, null, false, Map.of(enhet, Set.of(roller)));
    }

    private static TillitUserDetails konto(
            String anvandarnamn, String hash, boolean tjanstekonto, Map<String, Set<Roll>> roller) {
        return new TillitUserDetails(
                new InloggadAnvandare(anvandarnamn, anvandarnamn + " (skiva)", roller), hash, tjanstekonto, true, 0);
    }

    @Bean
    UserDetailsService anvandare(PasswordEncoder passwordEncoder) {
        String hash = passwordEncoder.encode(DemoKonton.LOSENORD);
        Map<String, Boolean> tjanstekonto = Map.of(
                DemoKonton.HANDLAGGARE, false,
                DemoKonton.ADMIN, false,
                DemoKonton.INTEGRATION, true,
                DemoKonton.REGION, true);
        Map<String, Roll> roll = Map.of(
                DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE,
                DemoKonton.ADMIN, Roll.ADMIN,
                DemoKonton.INTEGRATION, Roll.INTEGRATION,
                DemoKonton.REGION, Roll.REGION);
        // a fresh object per login: the provider erases the password of the one it returns
        return namn -> Optional.ofNullable(tjanstekonto.get(namn))
                .map(tjanst -> (org.springframework.security.core.userdetails.UserDetails)
                        konto(namn, hash, tjanst, Map.of(ENHET, Set.of(roll.get(namn)))))
                .orElseThrow(() -> new UsernameNotFoundException(namn));
    }

    @Bean
    Clock clock() {
        return Clock.system(Svensktid.ZON);
    }

    @Bean
    Kontoversioner kontoversioner() {
        Kontoversioner versioner = mock(Kontoversioner.class);
        when(versioner.giltig(any(), anyLong())).thenReturn(true);
        return versioner;
    }

    @Bean
    Inloggningssparr inloggningssparr() {
        return mock(Inloggningssparr.class);
    }

    @Bean
    JdbcInloggningslogg inloggningslogg(Clock clock) {
        JdbcInloggningslogg logg = mock(JdbcInloggningslogg.class);
        // a service account's Basic login is logged once an interval, counted from the log's "now"
        when(logg.nu()).thenAnswer(fraga -> clock.instant());
        return logg;
    }

    @Bean
    AnvandarRepository anvandarRepository() {
        return mock(AnvandarRepository.class);
    }

    /** Every page's denied requests are logged (NekadAtkomstLoggning, part of every slice). */
    @Bean
    Atkomstlogg atkomstlogg() {
        return mock(Atkomstlogg.class);
    }
}
