package se.tillit.sakerhet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.Modultest;
import se.tillit.drift.Svensktid;
import se.tillit.sakerhet.EnhetensArendetyper;
import se.tillit.sakerhet.OppnaArendenIEnhet;

/**
 * A new installation gets its first administrator from TILLIT_INITIAL_ADMIN_*, once. A new installation indeed: a
 * module test of {@code sakerhet} alone (bootstrap mode STANDALONE: its accounts, units, login and security chains, with
 * the clock of {@code drift} given here and the two ports {@code arende} implements mocked), without the engine and without the demo profile, on an embedded PostgreSQL of
 * its own that has no administrator (no account is taken away from the shared database any more). Each test runs in a
 * transaction that is rolled back, so each starts from that empty installation.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {Modultest.UTAN_MOTORN, Modultest.EGEN_DATABAS})
@Transactional
class ForstaAdministratorTest {

    @Autowired
    Anvandarkonton konton;

    /** The ports {@code arende} implements for this module: which case types a unit handles, its open cases. */
    @MockitoBean
    EnhetensArendetyper enhetensArendetyper;

    @MockitoBean
    OppnaArendenIEnhet oppnaArenden;

    @TestConfiguration
    static class Klocka {
        @Bean
        Clock clock() {
            return Clock.system(Svensktid.ZON);
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewInstallationHasNoAdministrator() {
        assertThat(administrators()).isEmpty();
    }

    @Test
    void theFirstAdministratorIsCreatedFromTheEnvironmentWithAHashedPassword() {
        new ForstaAdministrator(konton, jdbc, "forste.admin", "ett-langt-losenord-2026")
                .run(new DefaultApplicationArguments());

        assertThat(administrators()).containsExactly("forste.admin");
        assertThat(jdbc.sql("select losenord_hash from anvandare where anvandarnamn = 'forste.admin'")
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}")
                .doesNotContain("ett-langt-losenord-2026");
    }

    @Test
    void onceAnAdministratorExistsTheVariablesHaveNoEffect() {
        new ForstaAdministrator(konton, jdbc, "forste.admin", "ett-langt-losenord-2026")
                .run(new DefaultApplicationArguments());
        new ForstaAdministrator(konton, jdbc, "andra.admin", "ett-annat-losenord-2026")
                .run(new DefaultApplicationArguments());

        assertThat(administrators()).containsExactly("forste.admin");
    }

    @Test
    void aUserNameWithoutPasswordStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new ForstaAdministrator(konton, jdbc, "forste.admin", "")
                        .run(new DefaultApplicationArguments()))
                .hasMessageContaining("TILLIT_INITIAL_ADMIN_PASSWORD");
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThatThrownBy(() -> new ForstaAdministrator(konton, jdbc, "forste.admin", "kort")
                        .run(new DefaultApplicationArguments()))
                .isInstanceOfSatisfying(
                        se.tillit.sakerhet.Losenordspolicy.OgiltigtLosenord.class,
                        fel -> assertThat(fel.brister()).containsExactly("losenord.fel.kort"));
        assertThat(administrators()).isEmpty();
    }

    @Test
    void theDemoAccountsExistOnlyWithTheDemoProfilesSetting() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withBean(Anvandarkonton.class, () -> konton)
                .withUserConfiguration(DemoAnvandare.class);

        runner.run(context -> assertThat(context).doesNotHaveBean(DemoAnvandare.class));
        runner.withPropertyValues("tillit.demo.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(DemoAnvandare.class));
    }

    private java.util.List<String> administrators() {
        return jdbc.sql("select anvandarnamn from anvandare_roll where roll = 'ADMIN' order by anvandarnamn")
                .query(String.class)
                .list();
    }
}
