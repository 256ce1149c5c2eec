package se.tillit.sakerhet;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.tillit.DemoKonton;

/**
 * Every endpoint of the application, read from Spring MVC's handler mapping at test time (a new controller method is
 * covered without touching the test), with the hostile requests each one gets: its path variables, its query and
 * form parameters (from the handler method's {@code @RequestParam}s) and its body (from the {@code @RequestBody}
 * type's record components).
 */
final class Endpunkter {

    private static final Pattern VARIABEL = Pattern.compile("\\{([^}/]+)}");

    /** One handler method under one HTTP method and one path pattern. */
    record Endpunkt(String metod, String monster, HandlerMethod handler, Set<String> consumes) {

        boolean api() {
            return monster.startsWith("/api/");
        }

        boolean skriver() {
            return !metod.equals("GET");
        }

        List<String> sokvagsvariabler() {
            List<String> namn = new ArrayList<>();
            Matcher matcher = VARIABEL.matcher(monster);
            while (matcher.find()) {
                namn.add(matcher.group(1));
            }
            return namn;
        }

        /** The named query or form parameters (not a whole-form {@code Map}, not an uploaded file). */
        List<MethodParameter> parametrar() {
            List<MethodParameter> parametrar = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null
                        && !Map.class.isAssignableFrom(parameter.getParameterType())
                        && !MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                    parametrar.add(parameter);
                }
            }
            return parametrar;
        }

        /** Whether the handler reads the path variable as a UUID. */
        boolean uuid(String variabel) {
            return java.util.Arrays.stream(handler.getMethodParameters()).anyMatch(p -> {
                org.springframework.web.bind.annotation.PathVariable pv =
                        p.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
                if (pv == null || p.getParameterType() != UUID.class) {
                    return false;
                }
                String namn = !pv.name().isEmpty() ? pv.name() : !pv.value().isEmpty() ? pv.value() : parameternamn(p);
                return variabel.equals(namn);
            });
        }

        boolean taremotFormular() {
            return handler.getMethodParameters().length > 0
                    && java.util.Arrays.stream(handler.getMethodParameters())
                            .anyMatch(p -> p.hasParameterAnnotation(RequestParam.class)
                                    && Map.class.isAssignableFrom(p.getParameterType()));
        }

        boolean taremotFil() {
            return java.util.Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
        }

        Optional<MethodParameter> kropp() {
            return java.util.Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                    .findFirst();
        }

        @Override
        public String toString() {
            return metod + " " + monster;
        }
    }

    /** One request to send, and what it is. */
    record Begaran(String vad, String metod, String sokvag, String contentType, byte[] kropp) {

        static Begaran av(String vad, String metod, String sokvag) {
            return new Begaran(vad, metod, sokvag, null, null);
        }

        static Begaran av(String vad, String metod, String sokvag, String contentType, String kropp) {
            return new Begaran(vad, metod, sokvag, contentType, kropp.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return vad + ": " + metod + " " + kort(sokvag);
        }
    }

    private Endpunkter() {}

    static List<Endpunkt> allaI(RequestMappingHandlerMapping mapping) {
        List<Endpunkt> endpunkter = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> post :
                mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = post.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("se.tillit")) {
                continue; // Spring's own /error and the tests' probes
            }
            RequestMappingInfo info = post.getKey();
            Set<RequestMethod> metoder = info.getMethodsCondition().getMethods();
            Set<String> consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .map(Object::toString)
                    .collect(java.util.stream.Collectors.toSet());
            for (String monster : info.getPatternValues()) {
                for (RequestMethod metod : metoder.isEmpty() ? Set.of(RequestMethod.GET) : metoder) {
                    endpunkter.add(new Endpunkt(metod.name(), monster, handler, consumes));
                }
            }
        }
        endpunkter.sort(Comparator.comparing(Endpunkt::monster).thenComparing(Endpunkt::metod));
        return endpunkter;
    }

    /**
     * The demo user allowed to use the endpoint, as the security configuration and the use cases decide: the region's
     * paths only for the region's account, the administrator's for the administrator, and so on; a handläggare for
     * the case work that is everyone's.
     */
    static String kort(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " tecken)";
    }

    static String anvandare(Endpunkt endpunkt) {
        String p = endpunkt.monster();
        if (p.startsWith("/api/region/")) {
            return DemoKonton.REGION;
        }
        if (p.startsWith("/api/admin/")
                || p.startsWith("/admin/")
                || p.contains("kostnader")
                || p.contains("ivo")
                || p.startsWith("/api/nyckeltal")) {
            return DemoKonton.ADMIN;
        }
        if (p.startsWith("/revision") || p.startsWith("/gallringsrapporter")) {
            return DemoKonton.REVISOR;
        }
        if (p.startsWith("/forsenat")
                || p.startsWith("/nyckeltal")
                || p.startsWith("/api/utredningar")
                || p.startsWith("/api/sip/nyckeltal")) {
            return DemoKonton.CHEF;
        }
        if (p.startsWith("/narvaro")
                || p.endsWith("/plats-bokad")
                || p.endsWith("/narvaro")
                || p.startsWith("/bestallningar")
                || p.endsWith("/acceptans")
                || p.endsWith("/hinder")) {
            return DemoKonton.UTFORARE;
        }
        if ((p.startsWith("/lexsarah/{id}") || p.startsWith("/api/lexsarah/{id}")) && endpunkt.skriver()) {
            return DemoKonton.LEXSARAH_ANSVARIG;
        }
        return DemoKonton.HANDLAGGARE;
    }

    /**
     * A path variable's harmless value, so that the other variable, a parameter or the body is what is tested: an id
     * that exists nowhere, a month, a quarter and a year that parse.
     */
    static String ofarligt(String variabel) {
        return switch (variabel) {
            case "kvartal" -> "2026-Q1";
            case "manad" -> "2026-01";
            case "ar" -> "2026";
            case "rapport" -> "individrapport";
            default -> UUID.randomUUID().toString();
        };
    }

    /** A parameter's harmless value by its Java type. */
    static String ofarligt(MethodParameter parameter) {
        Class<?> typ = parameter.getParameterType();
        if (typ == int.class || typ == Integer.class || typ == long.class || typ == Long.class) {
            return "1";
        }
        if (typ == boolean.class || typ == Boolean.class) {
            return "true";
        }
        if (typ == LocalDate.class) {
            return "2026-01-15";
        }
        if (typ == UUID.class) {
            return UUID.randomUUID().toString();
        }
        return "x";
    }

    static String parameternamn(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        String namn = param == null ? "" : param.name().isEmpty() ? param.value() : param.name();
        // the Java parameter's name where the annotation names none (compiled with -parameters)
        if (namn.isEmpty()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            namn = parameter.getParameterName();
        }
        return namn;
    }

    static String sokvag(Endpunkt endpunkt, Function<String, String> varde) {
        Matcher matcher = VARIABEL.matcher(endpunkt.monster());
        StringBuilder sokvag = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(sokvag, Matcher.quoteReplacement(varde.apply(matcher.group(1))));
        }
        matcher.appendTail(sokvag);
        return sokvag.toString();
    }

    static String fraga(Map<String, String> parametrar) {
        StringBuilder fraga = new StringBuilder();
        parametrar.forEach((namn, varde) -> fraga.append(fraga.isEmpty() ? "" : "&")
                .append(kodat(namn))
                .append('=')
                .append(kodat(varde)));
        return fraga.toString();
    }

    static String kodat(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Every hostile request for one endpoint. {@code riktigtId} gives the id of an existing row for a path variable
     * (by the path segment before it), or empty; it is used only with bodies that must be refused.
     */
    static List<Begaran> begaran(
            Endpunkt endpunkt,
            Collection<String> formularfalt,
            java.util.function.BiFunction<String, String, Optional<String>> riktigtId) {
        List<Begaran> alla = new ArrayList<>();
        String metod = endpunkt.metod();
        List<String> variabler = endpunkt.sokvagsvariabler();
        String ofarligSokvag = sokvag(endpunkt, Endpunkter::ofarligt);
        Map<String, String> ofarligaParametrar = new LinkedHashMap<>();
        for (MethodParameter parameter : endpunkt.parametrar()) {
            ofarligaParametrar.put(parameternamn(parameter), ofarligt(parameter));
        }
        boolean kropp = endpunkt.kropp().isPresent();
        String giltigTyp = endpunkt.consumes().stream()
                .filter(t -> !t.contains("*"))
                .findFirst()
                .orElse(kropp ? "application/json" : endpunkt.skriver() ? "application/x-www-form-urlencoded" : null);

        // 1. every path variable: what is not an id, or is absurd
        for (String variabel : variabler) {
            List<String> varden =
                    endpunkt.uuid(variabel) ? FientligaVarden.SOKVAGSDELAR_FOR_UUID : FientligaVarden.SOKVAGSDELAR;
            for (String fientligt : varden) {
                String sokvag = sokvag(endpunkt, v -> v.equals(variabel) ? fientligt : ofarligt(v));
                alla.add(medKropp(
                        "{" + variabel + "}=" + kort(fientligt),
                        metod,
                        sokvag + fragaMed(ofarligaParametrar),
                        giltigTyp,
                        kropp ? "{}" : endpunkt.skriver() ? "" : null));
            }
        }

        // 2. every named parameter: SQL, absurd numbers and dates, markup, length; the others harmless
        for (MethodParameter parameter : endpunkt.parametrar()) {
            String namn = parameternamn(parameter);
            for (String fientligt : FientligaVarden.PARAMETRAR) {
                Map<String, String> parametrar = new LinkedHashMap<>(ofarligaParametrar);
                parametrar.put(namn, fientligt);
                String vad = namn + "=" + kort(fientligt);
                if (endpunkt.skriver() && !kropp) {
                    alla.add(Begaran.av(
                            vad + " (formulär)",
                            metod,
                            ofarligSokvag,
                            "application/x-www-form-urlencoded",
                            fraga(parametrar)));
                } else {
                    alla.add(medKropp(
                            vad, metod, ofarligSokvag + "?" + fraga(parametrar), giltigTyp, kropp ? "{}" : null));
                }
            }
        }

        // 3. a whole form (Map<String, String>): every field any page has, all with one hostile value at a time
        if (endpunkt.taremotFormular()) {
            List<String> varden = new ArrayList<>(FientligaVarden.PARAMETRAR);
            varden.set(varden.size() - 1, "x".repeat(20_000));
            for (String fientligt : varden) {
                Map<String, String> falt = new LinkedHashMap<>(ofarligaParametrar);
                formularfalt.forEach(namn -> falt.put(namn, fientligt));
                alla.add(Begaran.av(
                        "alla formulärfält=" + kort(fientligt),
                        metod,
                        ofarligSokvag,
                        "application/x-www-form-urlencoded",
                        fraga(falt)));
            }
            // the same form on a row that exists, with only what must be refused whatever the form: text longer than
            // any field takes, a NUL (plain text, SQL or markup is valid text there, and would be saved)
            riktigSokvag(endpunkt, riktigtId).ifPresent(riktig -> {
                for (String fientligt : List.of("x".repeat(20_000), "a\u0000b")) {
                    Map<String, String> falt = new LinkedHashMap<>(ofarligaParametrar);
                    formularfalt.forEach(namn -> falt.put(namn, fientligt));
                    alla.add(Begaran.av(
                            "alla formulärfält=" + kort(fientligt) + " (befintligt id)",
                            metod,
                            riktig,
                            "application/x-www-form-urlencoded",
                            fraga(falt)));
                }
            });
        }

        // 4. the body: broken, the wrong type, too large, fields of the wrong type or length (only where the endpoint
        // reads a body or a parameter: a post without either, with harmless path values, would be a valid request)
        if (endpunkt.skriver()
                && (kropp || endpunkt.taremotFormular() || endpunkt.taremotFil() || !ofarligaParametrar.isEmpty())) {
            String sokvag = ofarligSokvag + fragaMed(ofarligaParametrar);
            alla.add(Begaran.av(
                    "6 MB kropp",
                    metod,
                    sokvag,
                    giltigTyp == null ? "application/json" : giltigTyp,
                    "{\"a\":\"" + "A".repeat(6 * FientligaVarden.MEGABYTE) + "\"}"));
            for (String[] fel : FientligaVarden.FEL_INNEHALLSTYP) {
                if (!fel[0].equals(giltigTyp)) {
                    alla.add(Begaran.av("innehållstyp " + fel[0], metod, sokvag, fel[0], fel[1]));
                }
            }
            if (kropp) {
                for (String trasig : FientligaVarden.TRASIGA_KROPPAR) {
                    alla.add(Begaran.av("trasig kropp " + kort(trasig), metod, sokvag, giltigTyp, trasig));
                }
                alla.addAll(formadeKroppar(endpunkt, metod, sokvag, giltigTyp, "okänt id"));
                // the same bodies with ids that exist: refused by their content, not by the missing row
                riktigSokvag(endpunkt, riktigtId).ifPresent(riktig -> {
                    String riktigMedFraga = riktig + fragaMed(ofarligaParametrar);
                    alla.addAll(formadeKroppar(endpunkt, metod, riktigMedFraga, giltigTyp, "befintligt id"));
                    alla.add(Begaran.av("trasig kropp, befintligt id", metod, riktigMedFraga, giltigTyp, "{\"a\":"));
                });
            }
        }
        return alla;
    }

    /** The path with an existing row's id in every variable, if there is one for each. */
    private static Optional<String> riktigSokvag(
            Endpunkt endpunkt, java.util.function.BiFunction<String, String, Optional<String>> riktigtId) {
        Map<String, String> riktiga = new LinkedHashMap<>();
        for (String variabel : endpunkt.sokvagsvariabler()) {
            riktigtId.apply(endpunkt.monster(), variabel).ifPresent(id -> riktiga.put(variabel, id));
        }
        return riktiga.isEmpty() || riktiga.size() < endpunkt.sokvagsvariabler().size()
                ? Optional.empty()
                : Optional.of(sokvag(endpunkt, riktiga::get));
    }

    private static String fragaMed(Map<String, String> parametrar) {
        return parametrar.isEmpty() ? "" : "?" + fraga(parametrar);
    }

    private static Begaran medKropp(String vad, String metod, String sokvag, String contentType, String kropp) {
        return kropp == null ? Begaran.av(vad, metod, sokvag) : Begaran.av(vad, metod, sokvag, contentType, kropp);
    }

    /** Bodies shaped like the record the endpoint reads, each refused for a reason a validator must see. */
    private static List<Begaran> formadeKroppar(Endpunkt endpunkt, String metod, String sokvag, String typ, String id) {
        Type kroppstyp = endpunkt.kropp().orElseThrow().getGenericParameterType();
        String megabyte = "M".repeat(FientligaVarden.MEGABYTE);
        Map<String, String> kroppar = new LinkedHashMap<>();
        kroppar.put("fält av fel typ", json(kroppstyp, Falt.FEL_TYP));
        kroppar.put(
                "1 MB i varje textfält",
                json(kroppstyp, k -> k == String.class ? quote(megabyte) : Falt.GILTIG.apply(k)));
        kroppar.put("absurda tal och datum", json(kroppstyp, Falt.ABSURD));
        kroppar.put(
                "NUL-tecken i varje textfält",
                json(kroppstyp, k -> k == String.class ? "\"a\\u0000b\"" : Falt.GILTIG.apply(k)));
        // a record without a field of the kind gets a valid body from the variant: that one is not sent
        String giltig = json(kroppstyp, Falt.GILTIG);
        List<Begaran> alla = new ArrayList<>();
        kroppar.forEach((vad, kropp) -> {
            if (!kropp.equals(giltig)) {
                alla.add(Begaran.av(vad + " (" + id + ")", metod, sokvag, typ, kropp));
            }
        });
        return alla;
    }

    /** Values for a record component of one type, as JSON. */
    interface Falt extends Function<Class<?>, String> {

        Falt GILTIG = typ -> {
            if (typ == String.class) {
                return "\"x\"";
            }
            if (typ.isEnum()) {
                return quote(((Enum<?>) typ.getEnumConstants()[0]).name());
            }
            if (typ == int.class
                    || typ == Integer.class
                    || typ == long.class
                    || typ == Long.class
                    || typ == java.math.BigDecimal.class
                    || typ == double.class) {
                return "1";
            }
            if (typ == boolean.class || typ == Boolean.class) {
                return "true";
            }
            if (typ == LocalDate.class) {
                return "\"2026-01-15\"";
            }
            if (typ == OffsetDateTime.class) {
                return "\"2026-01-15T10:00:00+01:00\"";
            }
            if (typ == LocalDateTime.class) {
                return "\"2026-01-15T10:00:00\"";
            }
            if (typ == LocalTime.class) {
                return "\"10:00\"";
            }
            if (typ == YearMonth.class) {
                return "\"2026-01\"";
            }
            if (typ == UUID.class) {
                return "\"00000000-0000-4000-8000-000000000000\""; // exists nowhere
            }
            return "null";
        };

        Falt FEL_TYP = typ -> typ == String.class ? "{\"inte\":\"text\"}" : "\"inte ett värde av rätt typ\"";

        Falt ABSURD = typ -> {
            if (typ == int.class || typ == Integer.class || typ == long.class || typ == Long.class) {
                return "99999999999999999999";
            }
            if (typ == java.math.BigDecimal.class || typ == double.class) {
                return "1e400";
            }
            if (typ == LocalDate.class) {
                return "\"2026-02-30\"";
            }
            if (typ == OffsetDateTime.class || typ == LocalDateTime.class) {
                return "\"99999-01-01T00:00:00Z\"";
            }
            if (typ == YearMonth.class) {
                return "\"2026-13\"";
            }
            return GILTIG.apply(typ);
        };
    }

    /** A JSON value for the type: a record's components by name, a list of one element, else a scalar. */
    static String json(Type typ, Function<Class<?>, String> skalar) {
        return json(typ, skalar, 0);
    }

    private static String json(Type typ, Function<Class<?>, String> skalar, int djup) {
        if (typ instanceof ParameterizedType parametriserad
                && parametriserad.getRawType() instanceof Class<?> ra
                && Collection.class.isAssignableFrom(ra)) {
            return "[" + json(parametriserad.getActualTypeArguments()[0], skalar, djup + 1) + "]";
        }
        if (typ instanceof ParameterizedType parametriserad
                && parametriserad.getRawType() instanceof Class<?> ra
                && Map.class.isAssignableFrom(ra)) {
            return "{\"x\":" + json(parametriserad.getActualTypeArguments()[1], skalar, djup + 1) + "}";
        }
        if (typ instanceof Class<?> klass && klass.isRecord() && djup < 4) {
            StringBuilder json = new StringBuilder("{");
            for (RecordComponent komponent : klass.getRecordComponents()) {
                json.append(json.length() == 1 ? "" : ",")
                        .append(quote(komponent.getName()))
                        .append(':')
                        .append(json(komponent.getGenericType(), skalar, djup + 1));
            }
            return json.append('}').toString();
        }
        return typ instanceof Class<?> klass ? skalar.apply(klass) : "null";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
