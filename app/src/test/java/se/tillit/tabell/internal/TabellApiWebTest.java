package se.tillit.tabell.internal;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.tillit.DemoKonton;
import se.tillit.TillitWebTest;
import se.tillit.sakerhet.Roll;
import se.tillit.sakerhet.internal.Sakerhetsskiva;
import se.tillit.tabell.TabellAvvisad;
import se.tillit.tabell.Tabellproblem;

/**
 * The decision tables' API without the engine (R25): its problem documents (RFC 9457) for a refused file and a
 * rejection's reason, and production's API chain in front of it (HTTP Basic, 401 as a problem document).
 */
@TillitWebTest(TabellApi.class)
@Import(Problemtext.class)
class TabellApiWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Tabellforvaltning forvaltning;

    /** An administrator's browser session, as the API reads it (people never use HTTP Basic). */
    private static final RequestPostProcessor ADMIN = Sakerhetsskiva.som(DemoKonton.ADMIN, Roll.ADMIN);

    @Test
    void aRefusedFileIs400NamingTheFieldAndEachProblemInSwedish() throws Exception {
        when(forvaltning.laddaUpp(anyString(), any()))
                .thenThrow(new TabellAvvisad(
                        List.of(Tabellproblem.av(Tabellproblem.Typ.DOCTYPE), Tabellproblem.av(Tabellproblem.Typ.TOM))));

        mvc.perform(multipart("/api/admin/tabeller")
                        .file(new MockMultipartFile(
                                "fil", "x.dmn", "application/xml", "<!DOCTYPE x>".getBytes(StandardCharsets.UTF_8)))
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ogiltiga uppgifter"))
                .andExpect(jsonPath("$.fel[0].falt").value("fil"))
                .andExpect(jsonPath("$.fel[0].orsak").value(containsString("DOCTYPE-deklaration")))
                .andExpect(jsonPath("$.fel[1].orsak").value("Ingen fil valdes, eller så är filen tom."));
    }

    @Test
    void aRejectionsReasonOverItsLengthIs400BeforeTheTablesAreAsked() throws Exception {
        mvc.perform(post("/api/admin/tabeller/andringar/{id}/avvisa", UUID.randomUUID())
                        .with(ADMIN)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skal\":\"" + "x".repeat(Tabellforvaltning.LANGSTA_SKAL + 1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fel[0].falt").value("skal"));
        verifyNoInteractions(forvaltning);
    }

    @Test
    void aChangeNamedByAnythingButAUuidIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/admin/tabeller/andringar/inte-ett-id").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fel[0].falt").value("id"));
        verifyNoInteractions(forvaltning);
    }

    @Test
    void anAnonymousClientGets401AsAProblemDocumentAndNoLoginPage() throws Exception {
        mvc.perform(get("/api/admin/tabeller"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        verifyNoInteractions(forvaltning);
    }

    @Test
    void aPersonsPasswordIsNotAcceptedAsHttpBasic() throws Exception {
        // people never use HTTP Basic (issue 16): only service accounts
        mvc.perform(get("/api/admin/tabeller").with(httpBasic(DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(forvaltning);
    }

    @Test
    void aServiceAccountReachesTheTablesWithBasicAndTheRegionsDoesNot() throws Exception {
        when(forvaltning.tabeller()).thenReturn(List.of());

        mvc.perform(get("/api/admin/tabeller").with(httpBasic(DemoKonton.INTEGRATION, DemoKonton.LOSENORD)))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        // the region's service account has /api/region/** and nothing else
        mvc.perform(get("/api/admin/tabeller").with(httpBasic(DemoKonton.REGION, DemoKonton.LOSENORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPersonsSessionWritesOnlyWithTheSessionsCsrfToken() throws Exception {
        mvc.perform(post("/api/admin/tabeller/andringar/{id}/avvisa", UUID.randomUUID())
                        .with(ADMIN)
                        .session(new org.springframework.mock.web.MockHttpSession())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skal\":\"Fel frist\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(forvaltning);
    }
}
