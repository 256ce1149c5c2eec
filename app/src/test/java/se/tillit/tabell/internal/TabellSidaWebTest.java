package se.tillit.tabell.internal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.tillit.DemoKonton;
import se.tillit.TillitWebTest;
import se.tillit.sakerhet.Roll;
import se.tillit.sakerhet.internal.Sakerhetsskiva;
import se.tillit.tabell.TabellAvvisad;
import se.tillit.tabell.Tabellmotor;
import se.tillit.tabell.Tabellproblem;
import se.tillit.tabell.Tabellversion;

/**
 * The page of decision tables without the engine (R25): what it shows of each table, a refused upload's 400 with every
 * problem in Swedish, and production's security in front of it. The check of a file and the deployment itself are
 * {@code TabellKontrollTest}'s and {@code TabellDriftsattningTest}'s.
 */
@TillitWebTest(TabellSida.class)
@Import(Problemtext.class)
class TabellSidaWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Tabellforvaltning forvaltning;

    private static final MockMultipartFile FIL = new MockMultipartFile(
            "fil", "internpris.dmn", "application/xml", "<definitions/>".getBytes(StandardCharsets.UTF_8));

    @Test
    void thePageShowsEachTablesVersionInUseWhoDeployedItAndWhatTheEngineAloneKnows() throws Exception {
        when(forvaltning.tabeller())
                .thenReturn(List.of(
                        new Tabellforvaltning.Tabell(
                                "internpris",
                                "Interna priser",
                                List.of(new Tabellforvaltning.Version(
                                        3,
                                        OffsetDateTime.parse("2026-11-03T16:20:00+01:00"),
                                        Tabellversion.Ursprung.ADMINISTRATOR,
                                        "d3",
                                        "greta.granskare",
                                        "internpris-2015.dmn",
                                        "9b1c4e2f7a3d5c8e0f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a"))),
                        new Tabellforvaltning.Tabell(
                                "gallring",
                                null,
                                List.of(new Tabellforvaltning.Version(
                                        1, null, Tabellversion.Ursprung.VID_START, "d1", null, null, null)))));

        mvc.perform(get("/admin/tabeller").with(Sakerhetsskiva.som(DemoKonton.ADMIN, Roll.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Beslutstabeller"),
                                containsString("(Interna priser)"),
                                containsString("greta.granskare"),
                                containsString("internpris-2015.dmn"),
                                containsString("vid start"),
                                containsString("Inga ändringar väntar."))));
    }

    @Test
    void aRefusedUploadAnswers400WithEveryProblemInSwedishAndTheFileName() throws Exception {
        when(forvaltning.laddaUpp(anyString(), any()))
                .thenThrow(new TabellAvvisad(List.of(
                        Tabellproblem.av(Tabellproblem.Typ.FOR_STOR, "2097152", "1048576"),
                        Tabellproblem.av(Tabellproblem.Typ.TOM))));

        mvc.perform(multipart("/admin/tabeller")
                        .file(FIL)
                        .with(Sakerhetsskiva.som(DemoKonton.ADMIN, Roll.ADMIN))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Filen internpris.dmn driftsattes inte, och inget har ändrats."),
                                containsString("Filen är 2097152 byte; högst 1048576 byte (1 MB) tas emot."),
                                containsString("Ingen fil valdes, eller så är filen tom."))));
    }

    @Test
    void aDeployedVersionGoesBackToThePageWithItsNews() throws Exception {
        Tabellmotor.NyVersion ny = new Tabellmotor.NyVersion("internpris", 4, "d4");
        when(forvaltning.laddaUpp(anyString(), any())).thenReturn(new Tabellforvaltning.Uppladdning(ny, null));

        mvc.perform(multipart("/admin/tabeller")
                        .file(FIL)
                        .with(Sakerhetsskiva.som(DemoKonton.ADMIN, Roll.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/tabeller"))
                .andExpect(flash().attribute("driftsatt", ny));
    }

    @Test
    void anUploadWithoutTheFormsCsrfTokenIsRefusedBeforeTheTablesAreTouched() throws Exception {
        mvc.perform(multipart("/admin/tabeller").file(FIL).with(Sakerhetsskiva.som(DemoKonton.ADMIN, Roll.ADMIN)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(forvaltning);
    }

    @Test
    void whoeverTheTablesRefuseGets403() throws Exception {
        when(forvaltning.tabeller())
                .thenThrow(new AccessDeniedException("tabell.fel.beslutstabellerForvaltasAvAdministratorer"));

        mvc.perform(get("/admin/tabeller").with(Sakerhetsskiva.som(DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE)))
                .andExpect(status().isForbidden());
    }
}
