package se.tillit.kontrakt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * The committed contract {@code docs/api/openapi.json}, from which the build generates the contract test's client, is the
 * document the application serves: a change of the API without a new document fails here, naming the command that
 * writes it ({@code -Dtillit.openapi.skriv=true}). The address of the server is left out: the test's port is random.
 */
@TillitSpringTest
class OpenApiDokumentTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @LocalServerPort
    int port;

    @Test
    void theCommittedDocumentIsTheOneTheApplicationServes() throws IOException {
        HttpResponse<String> svar = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .get("/dokumentation/openapi");
        assertThat(svar.statusCode()).isEqualTo(200);
        JsonNode serverat = utanServrar(JSON.readTree(svar.body()));

        if (Boolean.getBoolean("tillit.openapi.skriv")) {
            Files.createDirectories(Kontrakt.DOKUMENT.getParent());
            Files.writeString(Kontrakt.DOKUMENT, JSON.writeValueAsString(serverat) + "\n");
        }

        JsonNode committat = utanServrar(JSON.readTree(Kontrakt.DOKUMENT.toFile()));
        assertThat(committat)
                .as("docs/api/openapi.json is not the document the application serves; write it anew with "
                        + "mvn -pl app test -Dtest=OpenApiDokumentTest -Dtillit.openapi.skriv=true (docs/operations.md)")
                .isEqualTo(serverat);
    }

    private static JsonNode utanServrar(JsonNode dokument) {
        ((ObjectNode) dokument).remove("servers");
        return dokument;
    }
}
