package se.tillit.sakerhet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;

/**
 * Sends any method, path, content type and body as one demo user: a service account with HTTP Basic on {@code /api/**},
 * a person with the browser session (cookie and CSRF token, both taken once) everywhere. The path is sent as given, so a test can put
 * bytes in it that a URI builder would refuse or re-encode.
 */
final class Klient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Tomcat's max-swallow-size: beyond it an unread body makes the server close the connection. */
    static final int STANGS_EFTER = 2 * 1024 * 1024;

    private final int port;
    private final String anvandare;
    private final String basic;
    private String sessionCookie;
    private String csrf;

    Klient(int port, String anvandare) {
        this.port = port;
        this.anvandare = anvandare;
        this.basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((anvandare + ":" + DemoKonton.LOSENORD).getBytes(StandardCharsets.UTF_8));
    }

    String anvandare() {
        return anvandare;
    }

    HttpResponse<String> skicka(String metod, String sokvag, String contentType, byte[] kropp) {
        boolean api = sokvag.startsWith("/api/");
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sokvag));
        } catch (IllegalArgumentException ogiltigUri) {
            // a path the JDK's client will not send at all never reaches the server: nothing to check
            return null;
        }
        request.timeout(Duration.ofSeconds(30));
        if (api && DemoKonton.TJANSTEKONTON.contains(anvandare)) {
            request.header("Authorization", basic).header("Accept", "application/json");
        } else if (api) {
            // a person's way to the API: the browser session, the CSRF token in a header (people never use Basic)
            loggaInOmBehovs();
            request.header("Cookie", "TILLIT_SESSION=" + sessionCookie)
                    .header("Accept", "application/json")
                    .header("X-CSRF-TOKEN", csrf);
        } else {
            loggaInOmBehovs();
            request.header("Cookie", "TILLIT_SESSION=" + sessionCookie)
                    .header("Accept", "text/html")
                    .header("X-CSRF-TOKEN", csrf);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                metod,
                kropp == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(kropp));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (kropp != null && kropp.length > STANGS_EFTER) {
                // Tomcat answers an oversized form post that nothing reads and closes the connection while the body
                // is still coming; the client then sees a broken response: refused, not accepted
                return null;
            }
            throw new IllegalStateException(metod + " " + kort(sokvag) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String sokvag) {
        return skicka("GET", sokvag, null, null);
    }

    private synchronized void loggaInOmBehovs() {
        if (sessionCookie == null) {
            HttpSession session = HttpSession.browser(port, anvandare, DemoKonton.LOSENORD);
            sessionCookie =
                    session.sessionCookie().orElseThrow(() -> new AssertionError("no session for " + anvandare));
            csrf = HttpSession.csrfToken(session.get("/").body())
                    .orElseThrow(() -> new AssertionError("no CSRF token on / for " + anvandare));
        }
    }

    static String kort(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " tecken)";
    }
}
