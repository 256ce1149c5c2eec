package se.tillit.sakerhet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.TillitSpringTest;

/**
 * A new installation gets its first administrator from TILLIT_INITIAL_ADMIN_*, once. Runs in a transaction
 * that is rolled back, on a database whose administrators have been taken away for the test.
 */
@TillitSpringTest
@Transactional
class ForstaAdministratorTest {

    @Autowired
    Anvandarkonton konton;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aNewInstallationHasNoAdministrator() {
        jdbc.sql("delete from anvandare_roll where roll = 'ADMIN'").update();
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
