package se.tillit.statistik.internal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.tillit.DemoKonton;
import se.tillit.TillitWebTest;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.Roll;
import se.tillit.sakerhet.internal.Sakerhetsskiva;

/**
 * The page of the files for Socialstyrelsen without the database (issue 19): who may see it, generate and download a
 * file ({@link StatistikLasare}, on the page itself), and a refusal rendered in Swedish. The files' content is
 * {@code StatistikfilerTest}'s, the freezing {@code StatistikfilFrysningTest}'s.
 */
@TillitWebTest(StatistikSida.class)
class StatistikSidaWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Statistikfiler filer;

    @Test
    void aChefSeesAPastMonthNotYetMadeAndMayMakeItNowButNotDownloadIt() throws Exception {
        mvc.perform(get("/statistik")
                        .param("insamling", "SOL")
                        .param("period", "2026-01")
                        .with(Sakerhetsskiva.som(DemoKonton.CHEF, Roll.CHEF)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Statistik till Socialstyrelsen"),
                                containsString("Filen är inte framtagen än."),
                                containsString("Ta fram filen nu"),
                                containsString("/statistik/SOL/2026-01/framtagning"))));

        mvc.perform(get("/statistik/SOL/2026-01.csv").with(Sakerhetsskiva.som(DemoKonton.CHEF, Roll.CHEF)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHandlaggareDoesNotSeeThePageAndNoFileIsRead() throws Exception {
        mvc.perform(get("/statistik").with(Sakerhetsskiva.som(DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(filer);
    }

    @Test
    void aGenerationTheFilesRefuseIsThePageAgainWith400AndTheReasonInSwedish() throws Exception {
        when(filer.generera(any(), anyString())).thenThrow(new Valideringsfel("period", "statistik.fel.forTidigt"));

        mvc.perform(post("/statistik/SOL/2026-01/framtagning")
                        .with(Sakerhetsskiva.som(DemoKonton.ADMIN, Roll.ADMIN))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Det gick inte:"),
                                containsString("Filen kan tas fram först när dagen den beskriver har passerat."),
                                not(containsString("statistik.fel.forTidigt")))));
    }

    @Test
    void aGenerationWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/statistik/SOL/2026-01/framtagning").with(Sakerhetsskiva.som(DemoKonton.ADMIN, Roll.ADMIN)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(filer);
    }

    @Test
    void theAdministratorsDownloadOfAFileNotMadeIsNotFound() throws Exception {
        mvc.perform(get("/statistik/LSS/2025.csv").with(Sakerhetsskiva.som(DemoKonton.ADMIN, Roll.ADMIN)))
                .andExpect(status().isNotFound());
    }
}
