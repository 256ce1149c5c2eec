package se.tillit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the Swedish user-facing string literals in Java sources; {@link SvenskTextIJavaTest} fails on any. A literal
 * is Swedish text when it holds å, ä or ö, or when it holds a space and is the reason given to {@code Faltfel},
 * {@code Valideringsfel}, {@code HittadesInte} or {@code Konflikt}, or a bean-validation {@code message}. Not looked at:
 * comments; the OpenAPI annotations (the API document is a committed contract in Swedish) and the modules'
 * documented names; log calls (for operators); exceptions other than those (their message goes to the log, the user
 * sees the error page); the access log's descriptions (stored evidence in a hash chain, ADR 0022); SQL.
 */
final class SvenskTextIJava {

    /** One literal found: file, line, text, and the call or constructor it is given to ("" if none). */
    record Fynd(Path fil, int rad, String text, String anrop) {
        @Override
        public String toString() {
            return fil + ":" + rad + " \"" + text + "\"";
        }
    }

    /** Annotations of the OpenAPI document: their texts are the committed contract docs/api/openapi.json. */
    static final Set<String> OPENAPI = Set.of(
            "Operation",
            "Schema",
            "ApiResponse",
            "ApiResponses",
            "Parameter",
            "Parameters",
            "Tag",
            "Tags",
            "ExampleObject",
            "Content",
            "RequestBody",
            "ArraySchema",
            // the modules' names in the generated module documentation (docs/), not in the application
            "ApplicationModule");
    /** Calls whose texts are not shown to a user: log lines, and the access log's stored descriptions. */
    static final Pattern INTE_ANVANDARTEXT = Pattern.compile(
            "(?:.*\\.)?(?:log|logg|logger|LOG|LOGG)\\.(?:trace|debug|info|warn|error)|(?:.*\\.)?logga\\w*");
    /** Constructors whose string with words is a reason shown to the user. */
    /**
     * The standard exceptions, whose message is for the operator: the user sees the error page, which never shows it.
     * The project's own exceptions (the {@code fel} module's, {@code OgiltigtPersonnummerException} ...) and
     * {@code AccessDeniedException}, whose text the API answers with, carry user text.
     */
    static final Pattern OPERATORSFEL = Pattern.compile(
            "new (?:[\\w.]*\\.)?(?:Illegal\\w*|Unsupported\\w*|Unchecked\\w*|IO"
                    + "|Runtime|NullPointer|Arithmetic|IndexOutOfBounds|UsernameNotFound|DateTimeParse|ProcessEngine)Exception|new \\w*Error");

    static final Pattern FELTEXT =
            Pattern.compile("new (?:[\\w.]*\\.)?(?:Faltfel|Valideringsfel|HittadesInte|Konflikt|\\w+Exception)");
    static final Pattern SVENSKA = Pattern.compile("[åäöÅÄÖ]");
    static final Pattern SQL = Pattern.compile("(?is)\\s*(select|insert|update|delete|with|create|alter)\\b.*");

    private SvenskTextIJava() {}

    /** The generated OpenAPI document's texts: the committed contract, docs/api/openapi.json. */
    static final Set<Path> UTOM = Set.of(Path.of("se/tillit/drift/internal/ApiDokumentation.java"));

    static List<Fynd> i(Path rot) {
        List<Fynd> fynd = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(rot)) {
            for (Path fil : filer.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !UTOM.contains(rot.relativize(p)))
                    .sorted()
                    .toList()) {
                fynd.addAll(iFil(rot.relativize(fil), Files.readString(fil)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fynd;
    }

    static List<Fynd> iFil(Path fil, String kalla) {
        List<Fynd> fynd = new ArrayList<>();
        Deque<String> anrop = new ArrayDeque<>();
        int djup = 0;
        int hoppaTill = -1;
        String senaste = "";
        int rad = 1;
        int i = 0;
        int n = kalla.length();
        StringBuilder fore = new StringBuilder();
        while (i < n) {
            char c = kalla.charAt(i);
            if (kalla.startsWith("//", i)) {
                int slut = kalla.indexOf('\n', i);
                i = slut < 0 ? n : slut;
            } else if (kalla.startsWith("/*", i)) {
                int slut = kalla.indexOf("*/", i + 2);
                slut = slut < 0 ? n : slut + 2;
                rad += radbrytningar(kalla, i, slut);
                i = slut;
            } else if (kalla.startsWith("\"\"\"", i)) {
                int slut = kalla.indexOf("\"\"\"", i + 3);
                slut = slut < 0 ? n : slut + 3;
                String text = kalla.substring(i + 3, Math.max(i + 3, slut - 3));
                pröva(fynd, fil, rad, text, hoppaTill >= 0, anrop.peek(), fore);
                rad += radbrytningar(kalla, i, slut);
                i = slut;
                senaste = "";
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (j < n && kalla.charAt(j) != c) {
                    if (kalla.charAt(j) == '\\') {
                        text.append(kalla.charAt(j));
                        j++;
                    }
                    text.append(kalla.charAt(j));
                    j++;
                }
                if (c == '"') {
                    pröva(fynd, fil, rad, text.toString(), hoppaTill >= 0, anrop.peek(), fore);
                }
                i = j + 1;
                senaste = "";
            } else if (c == '@' || Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && (Character.isJavaIdentifierPart(kalla.charAt(j)) || kalla.charAt(j) == '.')) {
                    j++;
                }
                String ord = kalla.substring(i, j);
                senaste = fore.toString().endsWith("new ") ? "new " + ord : ord;
                fore.append(ord);
                i = j;
                continue;
            } else if (c == '(') {
                boolean hoppa = senaste.startsWith("@")
                                && OPENAPI.contains(senaste.substring(Math.max(1, senaste.lastIndexOf('.') + 1)))
                        || INTE_ANVANDARTEXT.matcher(senaste).matches()
                        || OPERATORSFEL.matcher(senaste).matches();
                if (hoppa && hoppaTill < 0) {
                    hoppaTill = djup;
                }
                anrop.push(senaste);
                djup++;
                senaste = "";
                i++;
            } else if (c == ')') {
                djup--;
                if (!anrop.isEmpty()) {
                    anrop.pop();
                }
                if (djup == hoppaTill) {
                    hoppaTill = -1;
                }
                senaste = "";
                i++;
            } else {
                if (c == '\n') {
                    rad++;
                }
                if (!Character.isWhitespace(c)) {
                    senaste = "";
                }
                i++;
            }
            if (i > 0 && i <= n) {
                fore.append(Character.isWhitespace(kalla.charAt(i - 1)) ? ' ' : kalla.charAt(i - 1));
                if (fore.length() > 200) {
                    fore.delete(0, 100);
                }
            }
        }
        return fynd;
    }

    private static void pröva(
            List<Fynd> fynd, Path fil, int rad, String text, boolean hoppas, String anrop, StringBuilder fore) {
        if (hoppas || SQL.matcher(text).matches()) {
            return;
        }
        boolean feltext = text.contains(" ")
                && (anrop != null && FELTEXT.matcher(anrop).matches()
                        || fore.toString().stripTrailing().matches("(?s).*\\bmessage\\s*="));
        if (SVENSKA.matcher(text).find() || feltext) {
            fynd.add(new Fynd(fil, rad, text, anrop == null ? "" : anrop));
        }
    }

    private static int radbrytningar(String text, int fran, int till) {
        int antal = 0;
        for (int k = fran; k < till; k++) {
            if (text.charAt(k) == '\n') {
                antal++;
            }
        }
        return antal;
    }

    public static void main(String[] args) {
        List<Fynd> fynd = i(Path.of(args.length > 0 ? args[0] : "src/main/java"));
        fynd.forEach(f -> System.out.println(f.fil() + ":" + f.rad() + "\t" + f.anrop() + "\t" + f.text()));
        System.out.println(fynd.size() + " literals");
    }
}
