package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * The API as a contract (issue 19, ADR 28): the OpenAPI document the application serves equals the committed
 * {@code docs/api/openapi.json}, which integrators and the generated Java client build on, and which Redocly lints in
 * {@code mvn verify}. A change to the API changes this file in the same commit, so the difference is reviewed.
 *
 * <p>To rewrite the file from the live document after an intended change:
 * {@code mvn -pl app test -Dtest=OpenApiKontraktTest -Dtillit.openapi.skriv=true} (the test then passes and the file is
 * new; read its diff before committing).
 */
@TillitSpringTest
class OpenApiKontraktTest {

    static final Path KONTRAKT = Path.of("../docs/api/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void theLiveDocumentEqualsTheCommittedContract() throws IOException {
        HttpResponse<String> svar = HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                .get("/dokumentation/openapi");
        assertThat(svar.statusCode()).isEqualTo(200);
        String levande = kanonisk(JSON.readTree(svar.body()));

        if (Boolean.getBoolean("tillit.openapi.skriv")) {
            Files.createDirectories(KONTRAKT.getParent());
            Files.writeString(KONTRAKT, levande, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(KONTRAKT))
                .as("%s is missing; write it with -Dtillit.openapi.skriv=true", KONTRAKT)
                .isTrue();
        String sparad = Files.readString(KONTRAKT, StandardCharsets.UTF_8);
        assertThat(levande)
                .as(
                        "The live OpenAPI document differs from %s. If the API change is intended, rewrite the file with "
                                + "mvn -pl app test -Dtest=OpenApiKontraktTest -Dtillit.openapi.skriv=true and commit its diff "
                                + "(docs/adr/0028: a change that breaks a client needs a new major version).",
                        KONTRAKT)
                .isEqualTo(sparad);
    }

    /**
     * Pretty as JavaScript's {@code JSON.stringify(d, null, 2)} writes it, every object's keys sorted, a final line break:
     * the same text for the same document.
     */
    static String kanonisk(JsonNode dokument) throws IOException {
        DefaultPrettyPrinter utskrift = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(utskrift).writeValueAsString(sorterad(dokument)) + "\n";
    }

    private static JsonNode sorterad(JsonNode nod) {
        if (nod instanceof ObjectNode objekt) {
            Map<String, JsonNode> falt = new TreeMap<>();
            objekt.properties().forEach(e -> falt.put(e.getKey(), sorterad(e.getValue())));
            ObjectNode ny = JsonNodeFactory.instance.objectNode();
            falt.forEach(ny::set);
            return ny;
        }
        if (nod instanceof ArrayNode lista) {
            List<JsonNode> element = new ArrayList<>();
            lista.forEach(e -> element.add(sorterad(e)));
            ArrayNode ny = JsonNodeFactory.instance.arrayNode();
            element.forEach(ny::add);
            return ny;
        }
        return nod;
    }
}
