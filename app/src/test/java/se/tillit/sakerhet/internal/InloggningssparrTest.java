package se.tillit.sakerhet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/**
 * The lockout's rules on the real log table, with a clock of the test's own and an address of the documentation range
 * (192.0.2.0/24) that no request of the suite comes from: the address throttle (whose limit the test profile raises for
 * the whole suite, all of it from 127.0.0.1) and the end of a lockout after its time.
 */
@TillitSpringTest
class InloggningssparrTest {

    @Autowired
    JdbcClient jdbc;

    private Instant nu = Instant.parse("2031-03-02T08:00:00Z");

    private JdbcInloggningslogg logg() {
        return new JdbcInloggningslogg(jdbc, new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return nu;
            }
        });
    }

    @Test
    void manyFailuresFromOneAddressThrottleItForEveryName() {
        JdbcInloggningslogg logg = logg();
        Inloggningssparr sparr = new Inloggningssparr(
                logg, new InloggningInstallningar.Sparr(5, 3, Duration.ofMinutes(15), Duration.ofMinutes(15)));
        String adress = "192.0.2." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));

        boolean efterTva = misslyckas(logg, sparr, "namn-a-" + UUID.randomUUID(), adress)
                | misslyckas(logg, sparr, "namn-b-" + UUID.randomUUID(), adress);
        boolean efterTre = misslyckas(logg, sparr, "namn-c-" + UUID.randomUUID(), adress);

        assertThat(efterTva).isFalse();
        assertThat(efterTre).isTrue();
        assertThat(sparr.adressStrypt(adress)).isTrue();
        assertThat(sparr.adressStrypt("192.0.2.254")).isFalse();
        nu = nu.plus(Duration.ofMinutes(16));
        assertThat(sparr.adressStrypt(adress)).isFalse();
    }

    @Test
    void aLockoutEndsAfterItsTimeAndFailuresOutsideTheWindowDoNotCount() {
        JdbcInloggningslogg logg = logg();
        Inloggningssparr sparr = new Inloggningssparr(
                logg, new InloggningInstallningar.Sparr(3, 1000, Duration.ofMinutes(15), Duration.ofMinutes(10)));
        String namn = "sparrtest-" + UUID.randomUUID();

        misslyckas(logg, sparr, namn, null);
        nu = nu.plus(Duration.ofMinutes(16));
        misslyckas(logg, sparr, namn, null);
        assertThat(misslyckas(logg, sparr, namn, null))
                .as("the first failure is out of the window")
                .isFalse();
        assertThat(misslyckas(logg, sparr, namn, null)).isTrue();
        assertThat(sparr.kontoSparrat(namn)).isTrue();

        nu = nu.plus(Duration.ofMinutes(11));

        assertThat(sparr.kontoSparrat(namn)).isFalse();
        assertThat(misslyckas(logg, sparr, namn, null))
                .as("a new count after the lockout")
                .isFalse();
    }

    private boolean misslyckas(JdbcInloggningslogg logg, Inloggningssparr sparr, String namn, String adress) {
        logg.skriv(namn, Handelse.MISSLYCKAD, Metod.LOSENORD, Orsak.FEL_UPPGIFTER, adress);
        return sparr.efterMisslyckande(namn, adress, Metod.LOSENORD);
    }
}
