package se.tillit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one HTTP client of the tests: a minimal browser (asks for HTML) or API client (asks for JSON) against the running
 * test server, or a node of the cluster test (another base URL). It logs in through the real login form (with its CSRF
 * token) and keeps the session cookie, or sends HTTP Basic. Redirects are not followed, so a test sees the 302 itself
 * ({@link #folj} follows them by hand). {@link #raw} sends any method, path and body as given, for the hostile-input
 * tests.
 */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("TILLIT_SESSION=([^;]+)");

    private final HttpClient client;
    private final String baseUrl;
    /** Every host's cookies (the identity provider's too), for a flow that leaves the application; else null. */
    private final CookieManager cookieJar;

    private volatile String sessionCookie;
    private boolean keepsCookies = true;
    private String basicAuthorization;
    private String accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private Duration timeout;
    private HttpResponse<String> loginResponse;
    private boolean csrfHeader;
    private String csrfToken;

    private HttpSession(String baseUrl, CookieManager cookieJar) {
        this.baseUrl = baseUrl;
        this.cookieJar = cookieJar;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        if (cookieJar != null) {
            builder.cookieHandler(cookieJar);
        }
        this.client = builder.build();
    }

    public static HttpSession anonymous(int port) {
        return anonymous(local(port));
    }

    /**
     * An anonymous client that keeps no cookie, as an API client without a session: every request is its first, so a
     * session that one answer starts (the login page's) is not sent with the next.
     */
    public static HttpSession withoutCookies(int port) {
        HttpSession session = anonymous(port);
        session.keepsCookies = false;
        return session;
    }

    /** Against another server than the test's, e.g. a node of the cluster test ({@code http://127.0.0.1:port}). */
    public static HttpSession anonymous(String baseUrl) {
        return new HttpSession(baseUrl, null);
    }

    /**
     * A browser with a cookie jar for every host, asking for {@code text/html}: for a login through the identity
     * provider, whose own cookies and redirects between two servers a test follows by hand ({@link #folj}).
     */
    public static HttpSession withCookieJar(int port) {
        HttpSession session = new HttpSession(local(port), new CookieManager());
        session.accept = "text/html";
        return session;
    }

    /** The session of a real browser (its {@code TILLIT_SESSION} cookie): what a link answers it, e.g. a download. */
    public static HttpSession withSessionCookie(int port, String sessionCookie) {
        HttpSession session = anonymous(port);
        session.sessionCookie = sessionCookie;
        return session;
    }

    private static String local(int port) {
        return "http://localhost:" + port;
    }

    /** Logs in with the login form, as a browser does. */
    public static HttpSession browser(int port, String username, String password) {
        return browser(local(port), username, password);
    }

    public static HttpSession browser(String baseUrl, String username, String password) {
        HttpSession session = anonymous(baseUrl);
        session.loginResponse = session.submitLogin(username, password);
        return session;
    }

    /**
     * The account's own way to the JSON API (issue 16): a service account ({@link DemoKonton#TJANSTEKONTON}) with HTTP
     * Basic, a person with their browser session from the login form, asking for JSON and sending the session's CSRF
     * token on writes, as a page's script would. People never use HTTP Basic.
     */
    public static HttpSession api(int port, String username, String password) {
        return api(local(port), username, password);
    }

    public static HttpSession api(String baseUrl, String username, String password) {
        if (DemoKonton.TJANSTEKONTON.contains(username)) {
            return basic(baseUrl, username, password);
        }
        HttpSession session = browser(baseUrl, username, password);
        session.accept = "*/*";
        session.csrfHeader = true;
        return session;
    }

    /** HTTP Basic: for service accounts; a person's account gets 401 (issue 16). */
    public static HttpSession basic(int port, String username, String password) {
        return basic(local(port), username, password);
    }

    public static HttpSession basic(String baseUrl, String username, String password) {
        HttpSession session = anonymous(baseUrl);
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

    /** A GET with extra headers, as name-value pairs (replacing the session's own, e.g. its Accept). */
    public HttpResponse<String> get(String path, String... headers) {
        return send(withHeaders(request(path), headers).GET());
    }

    /** A wait for the answer longer or shorter than the JDK's none: every request of this session from now on. */
    public HttpSession timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /**
     * Any method, content type (or null) and body (or null), with extra headers: the path is sent as given, so a test
     * can put in it what a browser would re-encode. An I/O failure is thrown as it is (a test may expect the server to
     * close the connection); a path that the JDK will not send at all throws {@link IllegalArgumentException}.
     */
    public HttpResponse<String> raw(String method, String path, String contentType, byte[] body, String... headers)
            throws IOException {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.setHeader("Content-Type", contentType);
        }
        request.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return sendOrThrow(withHeaders(request, headers), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows the redirects of an answer by hand with GETs, as a browser does (at most 10). */
    public HttpResponse<String> folj(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < 10 && current.statusCode() / 100 == 3; i++) {
            URI next = current.uri()
                    .resolve(current.headers().firstValue("Location").orElseThrow());
            current = get(next.toString());
        }
        return current;
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
        return send(withHeaders(request, headers).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A file upload (multipart/form-data, the file as the part {@code fil}); a browser session sends the CSRF token
     * from its start page as a form field before the file, as a page's upload form does.
     */
    public HttpResponse<String> postFil(String path, String filnamn, byte[] innehall) {
        return postMultipart(path, Map.of(), "fil", filnamn, "application/xml", innehall);
    }

    /**
     * A form with fields and one file (multipart/form-data), the fields in their order before the file; a browser
     * session sends the CSRF token from its start page as the first field, as a page's form does.
     */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> falt, String filfalt, String filnamn, String filtyp, byte[] innehall) {
        String grans = "----tillit-test-" + System.nanoTime();
        Map<String, String> alla = new LinkedHashMap<>();
        if (basicAuthorization == null) {
            alla.put("_csrf", csrfToken(get("/").body()).orElseThrow(() -> new AssertionError("no CSRF token on /")));
        }
        alla.putAll(falt);
        ByteArrayOutputStream kropp = new ByteArrayOutputStream();
        alla.forEach((namn, varde) -> kropp.writeBytes(
                ("--" + grans + "\r\nContent-Disposition: form-data; name=\"" + namn + "\"\r\n\r\n" + varde + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        kropp.writeBytes(("--" + grans + "\r\nContent-Disposition: form-data; name=\"" + filfalt + "\"; filename=\""
                        + filnamn + "\"\r\nContent-Type: " + filtyp + "\r\n\r\n")
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
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(path.startsWith("http") ? path : baseUrl + path))
                .header("Accept", accept);
        if (timeout != null) {
            builder.timeout(timeout);
        }
        if (sessionCookie != null && cookieJar == null) {
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
            return sendOrThrow(request, kropp);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> HttpResponse<T> sendOrThrow(HttpRequest.Builder request, HttpResponse.BodyHandler<T> kropp)
            throws IOException, InterruptedException {
        HttpResponse<T> response = client.send(request.build(), kropp);
        if (!keepsCookies) {
            return response;
        }
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            Matcher matcher = SESSION_COOKIE.matcher(cookie);
            if (matcher.find()) {
                sessionCookie = matcher.group(1);
            }
        });
        return response;
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
