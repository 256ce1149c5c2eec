package se.tillit.kontrakt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.kontrakt.klient.ApiClient;
import se.tillit.kontrakt.klient.api.ArendeApi;
import se.tillit.kontrakt.klient.api.BeslutApi;
import se.tillit.kontrakt.klient.api.RegionApi;
import se.tillit.kontrakt.klient.api.UppfoljningApi;
import se.tillit.kontrakt.klient.api.UtskrivningApi;
import se.tillit.kontrakt.klient.api.VerkstallighetApi;

/**
 * The API contract: the committed OpenAPI document, and the client the build generates from it (openapi-generator's
 * {@code restclient} library, app/pom.xml) for one account. The generated API classes are named after the document's
 * tags; this is the only class that names them, so a change of tags is a change here.
 *
 * <p>Service accounts send HTTP Basic; a person's account logs in through the login form and sends its session and CSRF
 * token, as a page's script does (people never use Basic). Every answered call is recorded as {@code METHOD /path}, for
 * the check that each operation of the document is exercised or deliberately left out ({@link KontraktTest}).
 */
final class Kontrakt {

    static final Path DOKUMENT = Path.of("..", "docs", "api", "openapi.json");

    /** The calls answered through a generated client in this JVM: method and path as sent. */
    static final Set<String> ANROP = ConcurrentHashMap.newKeySet();

    private final ApiClient klient;

    private Kontrakt(ApiClient klient) {
        this.klient = klient;
    }

    /**
     * A client as {@code konto} against the test server. The answers are read strictly: a field the server sends that
     * the document does not describe fails the call, as a missing one fails the assertions.
     */
    static Kontrakt som(int port, String konto) {
        return new Kontrakt(klient(port, konto));
    }

    private static ApiClient klient(int port, String konto) {
        ObjectMapper json =
                ApiClient.createDefaultMapper(null).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        RestClient.Builder builder = ApiClient.buildRestClientBuilder(json)
                .requestInterceptor((begaran, kropp, utforare) -> {
                    var svar = utforare.execute(begaran, kropp);
                    ANROP.add(
                            begaran.getMethod().name() + " " + begaran.getURI().getRawPath());
                    return svar;
                });
        if (DemoKonton.TJANSTEKONTON.contains(konto)) {
            builder.defaultHeader(
                    HttpHeaders.AUTHORIZATION,
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (konto + ":" + DemoKonton.LOSENORD).getBytes(StandardCharsets.UTF_8)));
        } else {
            HttpSession session = HttpSession.api(port, konto, DemoKonton.LOSENORD);
            String csrf = session.apiCsrfToken();
            builder.defaultHeader(
                            HttpHeaders.COOKIE,
                            "TILLIT_SESSION=" + session.sessionCookie().orElseThrow())
                    .defaultHeader("X-CSRF-TOKEN", csrf);
        }
        ApiClient klient = new ApiClient(builder.build(), json, ApiClient.createDefaultDateFormat());
        klient.setBasePath("http://localhost:" + port);
        return klient;
    }

    ArendeApi arende() {
        return new ArendeApi(klient);
    }

    BeslutApi beslut() {
        return new BeslutApi(klient);
    }

    VerkstallighetApi verkstallighet() {
        return new VerkstallighetApi(klient);
    }

    UppfoljningApi uppfoljning() {
        return new UppfoljningApi(klient);
    }

    VerkstallighetApi ejVerkstallt() {
        return new VerkstallighetApi(klient);
    }

    RegionApi region() {
        return new RegionApi(klient);
    }

    UtskrivningApi utskrivning() {
        return new UtskrivningApi(klient);
    }
}
