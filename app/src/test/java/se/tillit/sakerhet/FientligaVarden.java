package se.tillit.sakerhet;

import java.util.List;

/**
 * The hostile and malformed values the tests send. To add one, add it to the list it belongs to: every endpoint that
 * takes such a value gets it in the next run (docs/security.md, "Hostile and malformed input").
 */
final class FientligaVarden {

    /** For every query and form parameter: SQL, absurd numbers and dates, markup, control characters, length. */
    static final List<String> PARAMETRAR = List.of(
            "' OR 1=1--",
            ";drop table arende;--",
            "%' OR '1'='1",
            "1) UNION SELECT usename, passwd FROM pg_shadow--",
            "-1",
            "0",
            "2147483648",
            "1e9",
            "abc",
            "2026-02-30",
            "99999-01-01",
            "2026-13",
            "2026-Q5",
            "<script>alert(1)</script>",
            "\u0000",
            "\u202Eevil",
            "../../../../etc/passwd",
            "",
            "x".repeat(4000));

    /** For every path variable (ids, months, quarters, years): what is not an id, or is absurd. */
    static final List<String> SOKVAGSDELAR = List.of(
            "inte-ett-uuid",
            "'%20OR%201=1--",
            "%3Bdrop%20table%20arende%3B--",
            "-1",
            "2147483648",
            "2026-02-30",
            "99999-01",
            "2026-Q5",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%00",
            "..%2F..%2Fetc%2Fpasswd",
            "00000000-0000-0000-0000-00000000000g",
            "a".repeat(3000));

    /**
     * For a path variable Spring converts to a UUID: every string that is not one fails the same conversion, so a
     * shorter list (the API's requests each check a bcrypt password, which is most of the round's time).
     */
    static final List<String> SOKVAGSDELAR_FOR_UUID = List.of(
            "inte-ett-uuid", "'%20OR%201=1--", "-1", "%00", "00000000-0000-0000-0000-00000000000g", "a".repeat(3000));

    /** Bodies that are not the JSON the endpoint reads, whatever that is. */
    static final List<String> TRASIGA_KROPPAR = List.of(
            "{\"a\":",
            "",
            "[]",
            "{}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":1,\"a\":2,\"__proto__\":{\"admin\":true}}",
            "\uFEFF{\u0000}");

    /** A body that is not JSON at all, with its content type; the XML one an external entity. */
    static final List<String[]> FEL_INNEHALLSTYP =
            List.of(new String[] {"text/plain", "{}"}, new String[] {"application/xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                    <a>&xxe;</a>"""}, new String[] {
                "application/x-www-form-urlencoded", "a=1&b=2"
            });

    /**
     * Stored through the real endpoints into text that is shown later (LagradXssTest): markup, an event handler, a
     * {@code javascript:} link, template expressions (Angular/Vue, Thymeleaf inlining and preprocessing), a textarea
     * break-out, a spreadsheet formula. The indexes are used by the test; add new ones at the end.
     */
    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "{{7*7}}",
            "[[${7*7}]]",
            "__${7*7}__",
            "</textarea><svg onload=alert(1)>",
            "=HYPERLINK(\"https://example.invalid\",\"x\")");

    static final int MEGABYTE = 1024 * 1024;

    private FientligaVarden() {}
}
