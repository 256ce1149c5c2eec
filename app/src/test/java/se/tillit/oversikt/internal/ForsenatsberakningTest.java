package se.tillit.oversikt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sip.Nyckeltal;
import se.tillit.sip.Sipar;
import se.tillit.uppgift.Forseningar;
import se.tillit.uppgift.Uppgiftsoversikt;
import se.tillit.verkstallighet.Verkstalligheter;

/** Issue 15: Försenat counts a unit once a minute at most; a fresh count on request and after a reassignment. */
class ForsenatsberakningTest {

    static final LocalDate IDAG = LocalDate.of(2026, 12, 7);

    Uppgiftsoversikt uppgifter = mock(Uppgiftsoversikt.class);
    Verkstalligheter verkstalligheter = mock(Verkstalligheter.class);
    Enhetsregister enheter = mock(Enhetsregister.class);
    Sipar sipar = mock(Sipar.class);
    Instant nu = Instant.parse("2026-12-07T08:00:00Z");
    Clock klocka = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    };

    @BeforeEach
    void siffror() {
        when(uppgifter.forseningar(anyString(), anyInt()))
                .thenAnswer(a -> new Forseningar(a.getArgument(0), Map.of(), Map.of(), 0));
        when(sipar.nyckeltal(any(), any())).thenReturn(new Nyckeltal(IDAG, List.of("LSS"), 0, 0));
    }

    @Test
    void withinTheMinuteTheUnitIsCountedOnce_thenAgain() {
        Forsenatsberakning berakning = new Forsenatsberakning(
                uppgifter, verkstalligheter, enheter, sipar, klocka, new ForsenatInstallningar(Duration.ofMinutes(1)));

        ForsenatSida.Enhetsvy forsta = berakning.vy("LSS", 14, IDAG, false);
        nu = nu.plusSeconds(59);
        ForsenatSida.Enhetsvy andra = berakning.vy("LSS", 14, IDAG, false);
        berakning.vy("BOU", 14, IDAG, false);
        berakning.vy("LSS", 30, IDAG, false);

        assertThat(andra).isSameAs(forsta);
        assertThat(andra.beraknad().toInstant()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        verify(uppgifter, times(1)).forseningar("LSS", 14);
        verify(uppgifter, times(1)).forseningar("BOU", 14);
        verify(uppgifter, times(1)).forseningar("LSS", 30);

        nu = nu.plusSeconds(1);
        assertThat(berakning.vy("LSS", 14, IDAG, false).beraknad().toInstant()).isEqualTo(nu);
        verify(uppgifter, times(2)).forseningar("LSS", 14);
    }

    @Test
    void aFreshCountOnRequest_andAfterAReassignmentOfTheUnitsTasks() {
        Forsenatsberakning berakning = new Forsenatsberakning(
                uppgifter, verkstalligheter, enheter, sipar, klocka, new ForsenatInstallningar(Duration.ofMinutes(1)));
        berakning.vy("LSS", 14, IDAG, false);
        berakning.vy("BOU", 14, IDAG, false);

        berakning.vy("LSS", 14, IDAG, true);
        verify(uppgifter, times(2)).forseningar("LSS", 14);

        berakning.glom("LSS");
        berakning.vy("LSS", 14, IDAG, false);
        berakning.vy("BOU", 14, IDAG, false);
        verify(uppgifter, times(3)).forseningar("LSS", 14);
        verify(uppgifter, times(1)).forseningar("BOU", 14);
    }

    @Test
    void aZeroValidityCountsEveryTime_asTheTestsRun() {
        Forsenatsberakning berakning = new Forsenatsberakning(
                uppgifter, verkstalligheter, enheter, sipar, klocka, new ForsenatInstallningar(Duration.ZERO));
        berakning.vy("LSS", 14, null, false);
        berakning.vy("LSS", 14, null, false);
        verify(uppgifter, times(2)).forseningar("LSS", 14);
        verify(sipar, times(2)).nyckeltal(IDAG, List.of("LSS"));
    }
}
