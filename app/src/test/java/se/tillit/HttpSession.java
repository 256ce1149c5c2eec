package se.tillit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal browser (asks for HTML) or API client (asks for JSON) against the running test server: it logs in through the real login
 * form (with its CSRF token) and keeps the session cookie, or sends HTTP Basic. Redirects are not followed,
 * so a test sees the 302 itself.
 */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("TILLIT_SESSION=([^;]+)");

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private volatile String sessionCookie;
    private String basicAuthorization;
    private String accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private HttpResponse<String> loginResponse;
    private boolean csrfHeader;
    private String csrfToken;

    private HttpSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static HttpSession anonymous(int port) {
        return new HttpSession("http://localhost:" + port);
    }

    /** Logs in with the login form, as a browser does. */
    public static HttpSession browser(int port, String username, String password) {
        HttpSession session = anonymous(port);
        session.loginResponse = session.submitLogin(username, password);
        return session;
    }

    /**
     * The account's own way to the JSON API (issue 16): a service account ({@link DemoKonton#TJANSTEKONTON}) with HTTP
     * Basic, a person with their browser session from the login form, asking for JSON and sending the session's CSRF
     * token on writes, as a page's script would. People never use HTTP Basic.
     */
    public static HttpSession api(int port, String username, String password) {
        if (DemoKonton.TJANSTEKONTON.contains(username)) {
            return basic(port, username, password);
        }
        HttpSession session = browser(port, username, password);
        session.accept = "*/*";
        session.csrfHeader = true;
        return session;
    }

    /** HTTP Basic: for service accounts; a person's account gets 401 (issue 16). */
    public static HttpSession basic(int port, String username, String password) {
        HttpSession session = anonymous(port);
        session.accept = "*/*";
        session.basicAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return session;
    }

    public HttpResponse<String> submitLogin(String username, String password) {
        HttpResponse<String> loginPage = get("/login");
        String token = csrfToken(loginPage.body()).orElseThrow(() -> new AssertionError("no CSRF token on /login"));
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        return send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> loginResponse() {
        return loginResponse;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET with extra headers, as name-value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A browser form post: the CSRF token is taken from the start page of this session, as a page would carry it. */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> falt) {
        String token = csrfToken(get("/").body()).orElseThrow(() -> new AssertionError("no CSRF token on /"));
        StringBuilder form = new StringBuilder("_csrf=").append(encode(token));
        falt.forEach((namn, varde) ->
                form.append('&').append(encode(namn)).append('=').append(encode(varde)));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /**
     * A form ready to send: its CSRF token fetched now, the POST sent when the supplier is called. Races and double
     * clicks send two at the same moment without the token's round trip between them.
     */
    public java.util.function.Supplier<HttpResponse<String>> forberedForm(
            String path, java.util.Map<String, String> falt) {
        String token = csrfToken(get("/").body()).orElseThrow(() -> new AssertionError("no CSRF token on /"));
        StringBuilder form = new StringBuilder("_csrf=").append(encode(token));
        falt.forEach((namn, varde) ->
                form.append('&').append(encode(namn)).append('=').append(encode(varde)));
        return () -> send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A body of any type, e.g. text/csv for an import. */
    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A file upload (multipart/form-data, the file as the part {@code fil}); a browser session sends the CSRF token
     * from its start page as a form field before the file, as a page's upload form does.
     */
    public HttpResponse<String> postFil(String path, String filnamn, byte[] innehall) {
        String grans = "----tillit-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream kropp = new java.io.ByteArrayOutputStream();
        if (basicAuthorization == null) {
            String token = csrfToken(get("/").body()).orElseThrow(() -> new AssertionError("no CSRF token on /"));
            kropp.writeBytes(
                    ("--" + grans + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        kropp.writeBytes(("--" + grans + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"" + filnamn
                        + "\"\r\nContent-Type: application/xml\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        kropp.writeBytes(innehall);
        kropp.writeBytes(("\r\n--" + grans + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + grans)
                .POST(HttpRequest.BodyPublishers.ofByteArray(kropp.toByteArray())));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public Optional<String> sessionCookie() {
        return Optional.ofNullable(sessionCookie);
    }

    /** A string field of a JSON answer, for tests that need an id from it. */
    public static String json(String json, String falt) {
        Matcher matcher = Pattern.compile("\"" + falt + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError(falt + " not in " + json);
        }
        return matcher.group(1);
    }

    public static Optional<String> csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = requestWithoutCsrf(path);
        if (csrfHeader) {
            builder.header("X-CSRF-TOKEN", apiCsrfToken());
        }
        return builder;
    }

    private HttpRequest.Builder requestWithoutCsrf(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept);
        if (sessionCookie != null) {
            builder.header("Cookie", "TILLIT_SESSION=" + sessionCookie);
        }
        if (basicAuthorization != null) {
            builder.header("Authorization", basicAuthorization);
        }
        return builder;
    }

    /**
     * The session's CSRF token for the API, read from the start page at the first request. Synchronized: threads that
     * share one session (the data generator's) wait for it, instead of sending a write without it (403) while another
     * thread reads it.
     */
    public synchronized String apiCsrfToken() {
        if (csrfToken == null) {
            csrfToken = csrfToken(send(requestWithoutCsrf("/").GET()).body())
                    .orElseThrow(() -> new AssertionError("no CSRF token on /"));
        }
        return csrfToken;
    }

    /** A GET whose answer is kept as bytes (a PDF, a download), with this session's cookie. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> kropp) {
        try {
            HttpResponse<T> response = client.send(request.build(), kropp);
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                Matcher matcher = SESSION_COOKIE.matcher(cookie);
                if (matcher.find()) {
                    sessionCookie = matcher.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
