package se.tillit.gallring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * Issue 18: "Gör ett nytt förslag nu" reads every file (25 s at profile M, docs/performance.md), so it runs in the
 * background: the request answers at once, the page knows a proposal is under way until it is stored, and a second
 * request meanwhile starts nothing. The Spring tests make it in the request (application-test.yaml); this is the
 * background on its own, with the proposal itself held until the test lets it go.
 */
class GallringsforslagIBakgrundenTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private final Gallringskorning korning = mock(Gallringskorning.class);
    private final AktuellAnvandare aktuellAnvandare = mock(AktuellAnvandare.class);
    private final CountDownLatch slapp = new CountDownLatch(1);
    private final Gallringsforvaltning forvaltning = new Gallringsforvaltning(
            null,
            null,
            korning,
            null,
            null,
            null,
            null,
            null,
            aktuellAnvandare,
            clock,
            new GallringInstallningar(true));

    @AfterEach
    void stang() {
        slapp.countDown();
        forvaltning.stang();
    }

    @Test
    void theRequestAnswersAtOnce_thePageKnowsItIsUnderWay_andASecondRequestStartsNothing() throws Exception {
        when(aktuellAnvandare.hamta())
                .thenReturn(Optional.of(new InloggadAnvandare(
                        "admin", "Ada Adminsson (test)", Map.of("SOCFORV", EnumSet.of(Roll.ADMIN)))));
        when(korning.foresla(any(), any())).thenAnswer(fraga -> {
            slapp.await(10, TimeUnit.SECONDS);
            return null;
        });

        Gallringsforvaltning.Forslagsstart forsta = forvaltning.korNu();

        assertThat(forsta.utfall()).isEqualTo(Gallringsforvaltning.Forslagsstart.Utfall.STARTAD);
        assertThat(forvaltning.pagaendeForslag())
                .get()
                .extracting(Gallringsforvaltning.Forslag::av)
                .isEqualTo("admin");
        Gallringsforvaltning.Forslagsstart andra = forvaltning.korNu();
        assertThat(andra.utfall()).isEqualTo(Gallringsforvaltning.Forslagsstart.Utfall.PAGAR_REDAN);
        assertThat(andra.pagaende().av()).isEqualTo("admin");

        slapp.countDown();
        verify(korning, timeout(5_000)).foresla(eq(LocalDate.of(2026, 12, 7)), eq("admin"));
        for (int forsok = 0; forsok < 50 && forvaltning.pagaendeForslag().isPresent(); forsok++) {
            Thread.sleep(100);
        }
        assertThat(forvaltning.pagaendeForslag()).as("done: nothing under way").isEmpty();
        verify(korning, timeout(1_000).times(1)).foresla(any(), any());
    }

    @Test
    void aFailedProposalLeavesNothingUnderWay() throws Exception {
        when(aktuellAnvandare.hamta())
                .thenReturn(Optional.of(new InloggadAnvandare(
                        "admin", "Ada Adminsson (test)", Map.of("SOCFORV", EnumSet.of(Roll.ADMIN)))));
        when(korning.foresla(any(), any())).thenThrow(new IllegalStateException("the database went away (test)"));

        assertThat(forvaltning.korNu().utfall()).isEqualTo(Gallringsforvaltning.Forslagsstart.Utfall.STARTAD);

        for (int forsok = 0; forsok < 50 && forvaltning.pagaendeForslag().isPresent(); forsok++) {
            Thread.sleep(100);
        }
        assertThat(forvaltning.pagaendeForslag()).isEmpty();
        assertThat(forvaltning.korNu().utfall())
                .as("a new one may be asked for")
                .isEqualTo(Gallringsforvaltning.Forslagsstart.Utfall.STARTAD);
    }
}
