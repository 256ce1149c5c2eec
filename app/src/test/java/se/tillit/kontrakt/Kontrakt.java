package se.tillit.kontrakt;

import java.nio.file.Path;

/** The API contract: the committed OpenAPI document the build generates the contract test's client from. */
final class Kontrakt {

    static final Path DOKUMENT = Path.of("..", "docs", "api", "openapi.json");

    private Kontrakt() {
    }
}
