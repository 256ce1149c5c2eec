package se.tillit.tabell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.tillit.Modultest;
import se.tillit.drift.Svensktid;
import se.tillit.motor.internal.CamundaDmnlasare;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.tabell.Dmnlasare;
import se.tillit.tabell.Tabellmotor;
import se.tillit.tabell.Tabellversion;

/**
 * The tabell module alone (R25, issue 16: a legal deadline table waits for a second administrator). Spring Modulith
 * bootstraps the beans of {@code se.tillit.tabell} (bootstrap mode STANDALONE: the administration, the check, the
 * deployment log and the change register, with their SQL) on an embedded PostgreSQL of its own, migrated by Flyway, and
 * without the engine ({@link Modultest#UTAN_MOTORN}). The engine's side of the port {@link Tabellmotor} is a mock that
 * says which tables exist and what a deployment returns; the file is read by the real DMN parser
 * ({@link CamundaDmnlasare}, engine-free); the logged-in administrator and the clock are given here.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {Modultest.UTAN_MOTORN, Modultest.EGEN_DATABAS})
class TabellModulTest {

    static final Path UTREDNINGSFRIST = Path.of("../decisions/utredningsfrist.dmn");
    /** Each test its own legal deadline table: a change one leaves waiting would block the other's upload. */
    static final Path KOMMUNICERINGSFRIST = Path.of("../decisions/kommuniceringsfrist.dmn");

    @Autowired
    Tabellforvaltning forvaltning;

    @MockitoBean
    Tabellmotor motor;

    @MockitoBean
    AktuellAnvandare aktuellAnvandare;

    @TestConfiguration
    static class KlockaOchDmnParser {
        @Bean
        Clock clock() {
            return Clock.system(Svensktid.ZON);
        }

        /** The port the check reads a file through, on Camunda's DMN parser (no process engine). */
        @Bean
        Dmnlasare dmnlasare() {
            return new CamundaDmnlasare();
        }
    }

    @BeforeEach
    void tabellernaSomMotornKanner() {
        when(motor.beslutsnycklar()).thenReturn(Set.of("utredningsfrist", "kommuniceringsfrist", "internpris"));
    }

    @Test
    void aLegalDeadlineTableWaitsForASecondAdministratorWhoseApprovalDeploysAndLogsIt() throws IOException {
        byte[] fil = Files.readAllBytes(UTREDNINGSFRIST);
        inloggad("greta.forslag");

        Tabellforvaltning.Uppladdning uppladdning = forvaltning.laddaUpp("utredningsfrist.dmn", fil);

        assertThat(uppladdning.driftsatt()).isNull();
        Tabellandring andring = uppladdning.vantar();
        assertThat(andring.status()).isEqualTo(Tabellandring.Status.VANTAR);
        assertThat(andring.foreslagenAv()).isEqualTo("greta.forslag");
        assertThat(forvaltning.vantande()).extracting(Tabellandring::id).contains(andring.id());
        verify(motor, never()).driftsatt(any(), any());
        // the one who proposed it cannot approve it
        assertThatThrownBy(() -> forvaltning.godkann(andring.id()))
                .isInstanceOfSatisfying(
                        AndringVagrad.class,
                        vagrad -> assertThat(vagrad.status()).isEqualTo(HttpStatus.FORBIDDEN));

        inloggad("gunnar.granskare");
        when(motor.driftsatt(eq("utredningsfrist"), any()))
                .thenReturn(new Tabellmotor.NyVersion("utredningsfrist", 2, "deployment-2"));
        Tabellmotor.NyVersion ny = forvaltning.godkann(andring.id());

        assertThat(ny.version()).isEqualTo(2);
        verify(motor).driftsatt("utredningsfrist", fil);
        assertThat(forvaltning.andring(andring.id()).status()).isEqualTo(Tabellandring.Status.GODKAND);
        assertThat(forvaltning.vantande()).extracting(Tabellandring::id).doesNotContain(andring.id());
        // the deployment log names who deployed it and from which file, beside the engine's facts
        when(motor.versioner())
                .thenReturn(List.of(new Tabellversion(
                        "utredningsfrist",
                        "Utredningsfrist",
                        2,
                        "deployment-2",
                        OffsetDateTime.now(),
                        Tabellversion.Ursprung.ADMINISTRATOR)));
        assertThat(forvaltning.tabeller())
                .singleElement()
                .satisfies(tabell -> assertThat(tabell.senaste())
                        .extracting(Tabellforvaltning.Version::driftsattAv, Tabellforvaltning.Version::filnamn)
                        .containsExactly("gunnar.granskare", "utredningsfrist.dmn"));
    }

    @Test
    void aSecondUploadOfTheSameTableWhileAChangeWaitsIsRefusedAndNothingMoreWaits() throws IOException {
        byte[] fil = Files.readAllBytes(KOMMUNICERINGSFRIST);
        inloggad("greta.forslag");
        forvaltning.laddaUpp("kommuniceringsfrist.dmn", fil);
        int vantar = forvaltning.vantande().size();

        assertThatThrownBy(() -> forvaltning.laddaUpp("kommuniceringsfrist-igen.dmn", fil))
                .isInstanceOfSatisfying(
                        se.tillit.tabell.TabellAvvisad.class,
                        avvisad -> assertThat(avvisad.problem())
                                .extracting(p -> p.typ())
                                .containsExactly(se.tillit.tabell.Tabellproblem.Typ.ANDRING_VANTAR));
        assertThat(forvaltning.vantande()).hasSize(vantar);
    }

    private void inloggad(String administrator) {
        when(aktuellAnvandare.hamta())
                .thenReturn(Optional.of(new InloggadAnvandare(
                        administrator, administrator + " (test)", Map.of("SOCFORV", Set.of(Roll.ADMIN)))));
    }
}
