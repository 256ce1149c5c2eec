package se.tillit.verkstallighet.internal;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.tillit.DemoKonton;
import se.tillit.TillitWebTest;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.Roll;
import se.tillit.sakerhet.internal.Sakerhetsskiva;
import se.tillit.verkstallighet.EjVerkstalldaBeslut;

/**
 * The ej-verkställt API without the engine or the database (R22, C21, C36): bad input is a 400 problem document naming
 * each field in Swedish before the use case is asked, and a decision of a unit the reader may not read does not exist.
 * The records' life with the process is {@code EjVerkstalltApiTest}'s.
 */
@TillitWebTest(EjVerkstalltApi.class)
class EjVerkstalltApiWebTest {

    private static final UUID BESLUT = UUID.randomUUID();
    private static final UUID POST = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EjVerkstalldaBeslut ejVerkstallda;

    @MockitoBean
    Beslutsregister beslut;

    @MockitoBean
    Arenden arenden;

    @MockitoBean
    Atkomstlogg atkomstlogg;

    @Test
    void aReasonWithoutItsCauseIs400NamingTheFieldAndTheAllowedCauses() throws Exception {
        mvc.perform(skriv(put("/api/beslut/{id}/ej-verkstallt/{post}/orsak", BESLUT, POST), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ogiltiga uppgifter"))
                .andExpect(jsonPath("$.detail").value("Uppgifterna kunde inte tas emot. Inget har sparats."))
                .andExpect(jsonPath("$.fel[0].falt").value("orsak"))
                .andExpect(jsonPath("$.fel[0].orsak").value(containsString("Orsak saknas: BRIST_PA_PLATS")));
        verifyNoInteractions(ejVerkstallda);
    }

    @Test
    void anUnknownCauseIs400NamingTheValuesAllowed() throws Exception {
        mvc.perform(skriv(put("/api/beslut/{id}/ej-verkstallt/{post}/orsak", BESLUT, POST), "{\"orsak\":\"LATHET\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fel[0].falt").value("orsak"))
                .andExpect(
                        jsonPath("$.fel[0].orsak").value(containsString("Ogiltigt värde; tillåtna: [BRIST_PA_PLATS")));
        verifyNoInteractions(ejVerkstallda);
    }

    @Test
    void anOfferWithoutWhatWasOfferedAndATooLongTextNamesEveryField() throws Exception {
        mvc.perform(skriv(
                        post("/api/beslut/{id}/ej-verkstallt/{post}/erbjudanden", BESLUT, POST),
                        "{\"erbjudet\":\"2026-01-10\",\"vad\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fel[0].falt").value("vad"))
                .andExpect(jsonPath("$.fel[0].orsak").value("Ange vad som erbjöds"));
        verifyNoInteractions(ejVerkstallda);
    }

    @Test
    void aBodyThatIsNotJsonOrADateThatIsNotADateIsNamedWithoutEchoingTheValue() throws Exception {
        mvc.perform(skriv(post("/api/beslut/{id}/ej-verkstallt/{post}/avslut", BESLUT, POST), "inte json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fel[0].orsak").value("Begäran är inte giltig JSON"));
        mvc.perform(skriv(
                        post("/api/beslut/{id}/ej-verkstallt/{post}/avslut", BESLUT, POST),
                        "{\"datum\":\"igar<script>\",\"orsak\":\"AVLIDEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fel[0].falt").value("datum"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
        verifyNoInteractions(ejVerkstallda);
    }

    @Test
    void aDecisionNamedByAnythingButAUuidIs400NamingThePathParameter() throws Exception {
        mvc.perform(get("/api/beslut/inte-ett-id/ej-verkstallt")
                        .with(Sakerhetsskiva.som(DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fel[0].falt").value("id"))
                .andExpect(jsonPath("$.fel[0].orsak").value("Ogiltigt värde"));
    }

    @Test
    void aDecisionOfAUnitTheReaderMayNotReadDoesNotExistAndTheAttemptIsLoggedAsDenied() throws Exception {
        beslutIEnhet("LSS");

        mvc.perform(get("/api/beslut/{id}/ej-verkstallt", BESLUT)
                        .with(Sakerhetsskiva.som(DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Hittades inte"))
                .andExpect(jsonPath("$.detail").value("Beslutet finns inte: " + BESLUT));
        verifyNoInteractions(ejVerkstallda);
        // not as a read: as a denied attempt (NekadAtkomstLoggning, issue 18)
        verify(atkomstlogg)
                .logga(
                        eq(Atkomstlogg.Handling.NEKAD),
                        eq(null),
                        eq(null),
                        startsWith("Nekad: GET /api/beslut/{id}/ej-verkstallt id=" + BESLUT));
        verify(atkomstlogg, never()).logga(eq(Atkomstlogg.Handling.LAS), any(), any(), any());
    }

    @Test
    void theUnitsHandlaggareReadsTheRecordsAndTheReadIsLogged() throws Exception {
        UUID arende = beslutIEnhet(Sakerhetsskiva.ENHET);
        when(ejVerkstallda.forBeslut(BESLUT)).thenReturn(List.of());

        mvc.perform(get("/api/beslut/{id}/ej-verkstallt", BESLUT)
                        .with(Sakerhetsskiva.som(DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE)))
                .andExpect(status().isOk())
                .andExpect(header().exists("Tillit-Api-Version"))
                .andExpect(content().json("[]"));
        verify(atkomstlogg).logga(eq(Atkomstlogg.Handling.LAS), eq(arende), eq(null), any());
    }

    @Test
    void theRegionsServiceAccountHasNoPartOfIt() throws Exception {
        mvc.perform(get("/api/beslut/{id}/ej-verkstallt", BESLUT)
                        .with(httpBasic(DemoKonton.REGION, DemoKonton.LOSENORD)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(beslut, ejVerkstallda);
    }

    private UUID beslutIEnhet(String enhet) {
        UUID arende = UUID.randomUUID();
        when(beslut.hitta(BESLUT))
                .thenReturn(Optional.of(new Beslut(
                        BESLUT, arende, "LSS_9_6", null, null, null, null, null, null, null, null, null, null, null,
                        null)));
        when(arenden.hitta(arende))
                .thenReturn(Optional.of(new Arende(
                        arende,
                        "2026-0001",
                        UUID.randomUUID(),
                        Arendetyp.LSS,
                        enhet,
                        true,
                        OffsetDateTime.now(),
                        null,
                        null)));
        return arende;
    }

    /** A handläggare's write from the browser: the session and its CSRF token. */
    private static MockHttpServletRequestBuilder skriv(MockHttpServletRequestBuilder begaran, String json) {
        return begaran.with(Sakerhetsskiva.som(DemoKonton.HANDLAGGARE, Roll.HANDLAGGARE))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }
}
