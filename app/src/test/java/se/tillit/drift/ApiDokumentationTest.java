package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * The OpenAPI description of /api, for integrators (issue 19, ADR 28): behind a login, reachable by service accounts with
 * HTTP Basic and by people with their session; every operation described, tagged by its module, secured and versioned.
 */
@TillitSpringTest
class ApiDokumentationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The modules with operations under /api, and the region's part; the tags a generated client names its classes by. */
    private static final Set<String> TAGGAR = Set.of(
            "arende",
            "utredning",
            "beslut",
            "verkstallighet",
            "uppfoljning",
            "sip",
            "region",
            "utskrivning",
            "lexsarah",
            "ivo",
            "kostnad",
            "nyckeltal",
            "tabell",
            "sakerhet");

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDescriptionListsTheCaseApi() {
        HttpResponse<String> openapi = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .get("/dokumentation/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body())
                .contains(
                        "/api/aktualiseringar",
                        "/api/arenden/{arendeId}/beslut",
                        "/api/beslut/{id}/verkstallighet",
                        "/api/utredningar/{id}/forlangningar",
                        "/api/beslut/{id}/uppfoljning",
                        "/api/sip/{id}/samtycke",
                        "/api/sip/nyckeltal",
                        "/api/region/sip/{id}")
                .doesNotContain("/engine-rest")
                .doesNotContain("/test/failure");
    }

    @Test
    void serviceAccountsReadTheDocumentWithHttpBasic() {
        for (String konto : List.of(DemoKonton.INTEGRATION, DemoKonton.REGION, DemoKonton.PROVISIONERING)) {
            HttpResponse<String> openapi =
                    HttpSession.basic(port, konto, DemoKonton.LOSENORD).get("/dokumentation/openapi");
            assertThat(openapi.statusCode()).as(konto).isEqualTo(200);
            assertThat(openapi.body()).as(konto).contains("\"openapi\"", "/api/region/utskrivning/meddelanden");
            assertThat(HttpSession.basic(port, konto, DemoKonton.LOSENORD)
                            .get("/dokumentation/openapi.yaml")
                            .statusCode())
                    .as(konto)
                    .isEqualTo(200);
        }
    }

    @Test
    void aPersonReadsTheDocumentWithTheSessionAndNotWithHttpBasic() {
        assertThat(HttpSession.api(port, DemoKonton.CHEF, DemoKonton.LOSENORD)
                        .get("/dokumentation/openapi")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> basic =
                HttpSession.basic(port, DemoKonton.CHEF, DemoKonton.LOSENORD).get("/dokumentation/openapi");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.body()).doesNotContain("\"paths\"");
    }

    @Test
    void anAnonymousApiClientGets401AndABrowserTheLoginPage() {
        for (String accept : List.of("application/json", "*/*")) {
            HttpResponse<String> svar = HttpSession.anonymous(port).get("/dokumentation/openapi", "Accept", accept);
            assertThat(svar.statusCode()).as(accept).isEqualTo(401);
            assertThat(svar.headers().firstValue("Content-Type"))
                    .as(accept)
                    .hasValue("application/problem+json;charset=UTF-8");
            assertThat(svar.headers().firstValue("WWW-Authenticate")).as(accept).hasValue("Basic realm=\"Tillit\"");
            assertThat(svar.body()).doesNotContain("\"paths\"");
        }
        HttpResponse<String> felLosenord = HttpSession.basic(port, DemoKonton.INTEGRATION, "inte-losenordet")
                .get("/dokumentation/openapi");
        assertThat(felLosenord.statusCode()).isEqualTo(401);
        HttpResponse<String> webblasare = HttpSession.anonymous(port).get("/dokumentation/openapi");
        assertThat(webblasare.statusCode()).isEqualTo(302);
        assertThat(webblasare.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void everyOperationIsDescribedTaggedByItsModuleSecuredAndAnswersProblems() throws IOException {
        JsonNode dokument = JSON.readTree(HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                .get("/dokumentation/openapi")
                .body());

        assertThat(dokument.at("/info/title").asText()).isEqualTo("Tillit API");
        assertThat(dokument.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(dokument.at("/components/securitySchemes/tjanstekonto/scheme")
                        .asText())
                .isEqualTo("basic");
        assertThat(dokument.at("/components/securitySchemes/session/in").asText())
                .isEqualTo("cookie");
        assertThat(dokument.at("/components/securitySchemes/csrf/name").asText())
                .isEqualTo("X-CSRF-TOKEN");

        List<String> brister = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        Set<String> anvandaTaggar = new TreeSet<>();
        dokument.get("paths")
                .properties()
                .forEach(vag -> vag.getValue().properties().forEach(op -> {
                    String namn = op.getKey().toUpperCase() + " " + vag.getKey();
                    JsonNode operation = op.getValue();
                    if (operation.path("summary").asText().isBlank()
                            || operation.path("description").asText().isBlank()) {
                        brister.add(namn + ": summary or description missing");
                    }
                    if (!operationIds.add(operation.path("operationId").asText())
                            || operation.path("operationId").asText().matches(".*_\\d+")) {
                        brister.add(namn + ": operationId "
                                + operation.path("operationId").asText() + " not unique or numbered");
                    }
                    if (operation.path("tags").size() != 1
                            || !TAGGAR.contains(operation.path("tags").path(0).asText())) {
                        brister.add(namn + ": tags " + operation.path("tags"));
                    }
                    anvandaTaggar.add(operation.path("tags").path(0).asText());
                    if (operation.path("security").isEmpty()) {
                        brister.add(namn + ": no security");
                    }
                    for (String kod : List.of("401", "403")) {
                        if (!operation.path("responses").has(kod)) {
                            brister.add(namn + ": no " + kod);
                        }
                    }
                    if (vag.getKey().startsWith("/api/region/")
                            != operation.path("tags").path(0).asText().equals("region")) {
                        brister.add(namn + ": the region's part is tagged region, nothing else is");
                    }
                }));
        assertThat(brister).isEmpty();
        assertThat(anvandaTaggar).isEqualTo(TAGGAR);
        dokument.get("tags")
                .forEach(tagg -> assertThat(tagg.path("description").asText())
                        .as(tagg.toString())
                        .isNotBlank());
    }

    @Test
    void everyApiAnswerCarriesTheApiVersion() throws IOException {
        String version = JSON.readTree(HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                        .get("/dokumentation/openapi")
                        .body())
                .at("/info/version")
                .asText();
        assertThat(HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                        .get("/api/lexsarah")
                        .headers()
                        .firstValue("Tillit-Api-Version"))
                .hasValue(version);
        assertThat(HttpSession.anonymous(port).get("/api/lexsarah").headers().firstValue("Tillit-Api-Version"))
                .as("a refusal too")
                .hasValue(version);
    }

    /**
     * Issue 19: "its request and response schemas with examples". Every request body and every 2xx JSON answer has a
     * schema-level example, or an example on each of its properties (a property that is itself an object with examples
     * counts), resolved through $ref and, for arrays, through their items.
     */
    @Test
    void everyRequestBodyAndSuccessfulAnswerHasAnExample() throws IOException {
        JsonNode dokument = JSON.readTree(HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                .get("/dokumentation/openapi")
                .body());

        assertThat(utanExempel(dokument))
                .as(
                        "operations whose request or 2xx answer schema has no example (@Schema(example = ...) on the record)")
                .isEmpty();
    }

    @Test
    void theExampleCheckFindsABodyWithoutExamples() throws IOException {
        JsonNode dokument = JSON.readTree("""
                {"paths": {"/api/x": {"post": {
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Utan"}}}},
                    "responses": {"200": {"content": {"application/json": {"schema": {"type": "array",
                        "items": {"$ref": "#/components/schemas/Med"}}}}},
                        "201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Delvis"}}}}}}}},
                 "components": {"schemas": {
                    "Utan": {"type": "object", "properties": {"a": {"type": "string"}}},
                    "Med": {"type": "object", "properties": {"a": {"type": "string", "example": "x"},
                        "b": {"$ref": "#/components/schemas/Hel"}, "c": {"type": "array", "items": {"$ref": "#/components/schemas/Hel"}}}},
                    "Hel": {"type": "object", "example": {"d": 1}, "properties": {"d": {"type": "integer"}}},
                    "Delvis": {"type": "object", "properties": {"a": {"type": "string", "example": "x"},
                        "b": {"$ref": "#/components/schemas/Utan"}}}}}}
                """);

        assertThat(utanExempel(dokument))
                .containsExactly("POST /api/x: request application/json", "POST /api/x: 201 application/json");
    }

    private static List<String> utanExempel(JsonNode dokument) {
        JsonNode scheman = dokument.path("components").path("schemas");
        List<String> brister = new ArrayList<>();
        dokument.get("paths")
                .properties()
                .forEach(vag -> vag.getValue().properties().forEach(op -> {
                    String namn = op.getKey().toUpperCase() + " " + vag.getKey();
                    op.getValue()
                            .path("requestBody")
                            .path("content")
                            .properties()
                            .forEach(typ -> {
                                if (typ.getValue().has("schema")
                                        && !harExempel(typ.getValue().get("schema"), scheman, new HashSet<>())) {
                                    brister.add(namn + ": request " + typ.getKey());
                                }
                            });
                    op.getValue().path("responses").properties().forEach(svar -> {
                        if (svar.getKey().startsWith("2")) {
                            svar.getValue().path("content").properties().forEach(typ -> {
                                if (typ.getKey().contains("json")
                                        && typ.getValue().has("schema")
                                        && !harExempel(typ.getValue().get("schema"), scheman, new HashSet<>())) {
                                    brister.add(namn + ": " + svar.getKey() + " " + typ.getKey());
                                }
                            });
                        }
                    });
                }));
        return brister;
    }

    /** A file part (string, binary) has no example to show; a schema met again along the way (a cycle) has none. */
    private static boolean harExempel(JsonNode schema, JsonNode scheman, Set<String> pagaende) {
        if (schema.has("$ref")) {
            String namn = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
            if (!pagaende.add(namn)) {
                return false;
            }
            boolean har = harExempel(scheman.path(namn), scheman, pagaende);
            pagaende.remove(namn);
            return har;
        }
        if (schema.has("example") || schema.has("examples")) {
            return true;
        }
        if ("array".equals(schema.path("type").asText())) {
            return harExempel(schema.path("items"), scheman, pagaende);
        }
        if ("binary".equals(schema.path("format").asText())) {
            return true;
        }
        JsonNode egenskaper = schema.path("properties");
        if (egenskaper.isEmpty()) {
            return false;
        }
        for (JsonNode egenskap : egenskaper) {
            if (!harExempel(egenskap, scheman, pagaende)) {
                return false;
            }
        }
        return true;
    }
}
