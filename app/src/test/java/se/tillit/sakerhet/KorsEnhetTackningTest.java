package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.tillit.TillitSpringTest;

/**
 * Issue 16: every write whose body names an object of a unit (a personnummer, a person, case, decision, appeal, note,
 * task or unit, an idempotency token that names a row) is tried across units by a module's {@code
 * KorsEnhetSkrivningTest}, or is written down here as out of any unit user's reach (docs/security.md). The writes are
 * read from Spring's handler mapping, as the authorization matrix reads its endpoints, so that a new write endpoint
 * taking such a value fails {@link #everyWriteWhoseBodyNamesAnObjectIsDecided()} until someone adds its cross-unit
 * test and its row here; a removed one fails the same test until its row goes.
 *
 * <p>What the handler mapping shows: the {@code @RequestBody} record's components (nested records and lists
 * included), the named {@code @RequestParam}s, an uploaded file, a text body. A page's whole-form
 * {@code @RequestParam Map} shows no names; its fields are read from the page templates' POST forms instead
 * ({@link #everyFormFieldThatNamesAnObjectIsDecided()}). A field only code reads, in no template, escapes both: such
 * a form is reached by the matrix and the hostile-input round only.
 */
@TillitSpringTest
class KorsEnhetTackningTest {

    /**
     * Field and parameter names that carry an object of this application, when their value is text (a date, a number or
     * a yes/no named so carries none: the region's insats {@code till} a date, an attendance's {@code narvarande});
     * any UUID-typed one does too. A journal note is named only in the address, so {@code anteckning} is a text.
     */
    static final Set<String> NAMNGER_OBJEKT = Set.of(
            "personnummer",
            "pnr",
            "person",
            "personId",
            "arende",
            "arendeId",
            "beslut",
            "beslutId",
            "overklagande",
            "overklagandeId",
            "sip",
            "sipId",
            "uppgift",
            "enhet",
            "enhetKod",
            "utforare",
            "till",
            "anvandarnamn",
            "kod",
            "enligtDom",
            "nyttBeslut",
            "formularId",
            "token",
            "idempotensnyckel",
            "visad",
            "narvarande",
            "rollIEnhet");

    private static final String ADMIN =
            "ADMIN only (the administrator is in no case's unit): 403 to every unit's user, the matrix's row";
    private static final String REGION = "the region's service account only: 403 to every person, the matrix's row";

    /**
     * Every write whose body names an object, and where it is tried across units: a module's test class (relative to
     * {@code se.tillit}), or why no user of a unit can send it.
     */
    static final Map<String, String> SKRIVNINGAR = Map.ofEntries(
            Map.entry("POST /api/aktualiseringar", "arende.KorsEnhetSkrivningTest"),
            Map.entry("POST /api/sip", "sip.KorsEnhetSkrivningTest"),
            Map.entry("POST /sip/ny", "sip.KorsEnhetSkrivningTest"),
            Map.entry("POST /api/lexsarah", "lexsarah.KorsEnhetSkrivningTest"),
            Map.entry("POST /api/arenden/{arendeId}/beslut", "beslut.KorsEnhetSkrivningTest"),
            Map.entry("POST /arenden/{id}/beslut/nytt", "oversikt.KorsEnhetSkrivningTest"),
            Map.entry("POST /forsenat/fordela", "oversikt.KorsEnhetSkrivningTest"),
            Map.entry("POST /narvaro", "verkstallighet.KorsEnhetSkrivningTest"),
            Map.entry("POST /api/kostnader/utford-tid", "kostnad.KorsEnhetSkrivningTest"),
            Map.entry("POST /kostnader/utford-tid", "kostnad.KorsEnhetSkrivningTest"),
            Map.entry("POST /api/nyckeltal/frys", ADMIN),
            Map.entry("POST /admin/tabeller", ADMIN),
            Map.entry("POST /api/admin/tabeller", ADMIN),
            // a legal hold names its person by personnummer (issue 18)
            Map.entry("POST /admin/gallring/stopp", ADMIN),
            Map.entry("POST /admin/arkiv/leveranser", ADMIN),
            Map.entry("POST /api/admin/konton", ADMIN + "; the provisioning account too (no ADMIN, no service roles)"),
            Map.entry("POST /api/admin/konton/{anvandarnamn}/roller", ADMIN + "; the provisioning account too"),
            Map.entry(
                    "POST /api/admin/konton/{anvandarnamn}/roller/borttagning",
                    ADMIN + "; the provisioning account too"),
            Map.entry("POST /api/admin/enheter", ADMIN + "; the provisioning account too"),
            Map.entry("POST /api/region/sip", REGION),
            Map.entry("POST /api/region/sip/sokning", REGION + " (a search)"),
            Map.entry("POST /api/region/insatser", REGION),
            Map.entry("POST /api/region/utskrivning/meddelanden", REGION));

    /**
     * Every field of a page's POST form (in the templates) that names an object, and where its forms are tried across
     * units, or why no user of a unit can send it.
     */
    static final Map<String, String> FORMULARFALT = Map.ofEntries(
            Map.entry(
                    "personnummer",
                    "arende.KorsEnhetSkrivningTest (/aktualiseringar/ny), lexsarah.KorsEnhetSkrivningTest (/lexsarah/ny); "
                            + "/admin/gallring/stopp, /admin/arkiv/leveranser: " + ADMIN),
            Map.entry(
                    "enhet",
                    "arende.KorsEnhetSkrivningTest (/aktualiseringar/ny), lexsarah.KorsEnhetSkrivningTest (/lexsarah/ny), "
                            + "oversikt.KorsEnhetSkrivningTest (/forsenat/fordela), verkstallighet.KorsEnhetSkrivningTest (/narvaro); "
                            + "/admin/konton: " + ADMIN),
            Map.entry("arende", "sip.KorsEnhetSkrivningTest (/sip/ny)"),
            Map.entry("utforare", "oversikt.KorsEnhetSkrivningTest (/arenden/{id}/beslut/nytt)"),
            Map.entry("enligtDom", "oversikt.KorsEnhetSkrivningTest (/arenden/{id}/beslut/nytt)"),
            Map.entry("formularId", "oversikt.KorsEnhetSkrivningTest (/arenden/{id}/beslut/nytt)"),
            Map.entry("nyttBeslut", "beslut.KorsEnhetSkrivningTest (/overklaganden/{id}/nytt-beslut)"),
            Map.entry("token", "journal.KorsEnhetSkrivningTest (/arenden/{id}/journal and its rättelse)"),
            Map.entry("uppgift", "oversikt.KorsEnhetSkrivningTest (/forsenat/fordela)"),
            Map.entry("till", "oversikt.KorsEnhetSkrivningTest (/forsenat/fordela)"),
            Map.entry("visad", "verkstallighet.KorsEnhetSkrivningTest (/narvaro)"),
            Map.entry("narvarande", "verkstallighet.KorsEnhetSkrivningTest (/narvaro)"),
            Map.entry("anvandarnamn", "/admin/konton/ny: " + ADMIN),
            Map.entry("kod", "/admin/enheter: " + ADMIN),
            Map.entry("rollIEnhet", "/admin/konton/{anvandarnamn}/roller: " + ADMIN));

    private static final Pattern FORMULAR =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern FALT =
            Pattern.compile("\\bname=\"([A-Za-z_\\[\\]0-9.]+)\"|th:name=\"[^\"]*'([A-Za-z]+)'[^\"]*\"");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyWriteWhoseBodyNamesAnObjectIsDecided() {
        Map<String, Set<String>> upptackta = new TreeMap<>();
        for (Endpunkter.Endpunkt endpunkt : Endpunkter.allaI(handlerMapping)) {
            if (endpunkt.skriver()) {
                Set<String> falt = objektfalt(endpunkt);
                if (!falt.isEmpty()) {
                    upptackta.put(endpunkt.toString(), falt);
                }
            }
        }
        System.out.println("Writes whose body names an object: " + upptackta);

        Map<String, Set<String>> utanRad = new TreeMap<>(upptackta);
        utanRad.keySet().removeAll(SKRIVNINGAR.keySet());
        assertThat(utanRad)
                .as("writes whose body names an object (with the fields) and that have no row in SKRIVNINGAR: "
                        + "try them across units in the module's KorsEnhetSkrivningTest, then add the row")
                .isEmpty();
        assertThat(new TreeSet<>(SKRIVNINGAR.keySet()))
                .as("rows in SKRIVNINGAR for writes that no longer name an object")
                .isSubsetOf(upptackta.keySet());
        testklasserFinns(SKRIVNINGAR.values());
    }

    @Test
    void everyFormFieldThatNamesAnObjectIsDecided() throws IOException {
        Map<String, Set<String>> upptackta = new TreeMap<>();
        for (Resource mall : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/*.html")) {
            Matcher formular = FORMULAR.matcher(mall.getContentAsString(StandardCharsets.UTF_8));
            while (formular.find()) {
                if (!formular.group(1).toLowerCase().matches("(?s).*\\b(th:)?method=\"post\".*")) {
                    continue; // a search form: a GET names nothing it writes
                }
                Matcher falt = FALT.matcher(formular.group(2));
                while (falt.find()) {
                    String namn = falt.group(1) != null ? falt.group(1).replaceAll(".*[.\\]]", "") : falt.group(2);
                    if (NAMNGER_OBJEKT.contains(namn)) {
                        upptackta.computeIfAbsent(namn, n -> new TreeSet<>()).add(mall.getFilename());
                    }
                }
            }
        }
        System.out.println("POST form fields that name an object, by template: " + upptackta);

        Map<String, Set<String>> utanRad = new TreeMap<>(upptackta);
        utanRad.keySet().removeAll(FORMULARFALT.keySet());
        assertThat(utanRad)
                .as(
                        "fields of POST forms that name an object (with their templates) and that have no row in "
                                + "FORMULARFALT: try the form across units in the module's KorsEnhetSkrivningTest, then add the row")
                .isEmpty();
        assertThat(new TreeSet<>(FORMULARFALT.keySet()))
                .as("rows in FORMULARFALT for fields no form has any longer")
                .isSubsetOf(upptackta.keySet());
        testklasserFinns(FORMULARFALT.values());
    }

    /** The fields of the write's body, parameters and files that name an object. */
    static Set<String> objektfalt(Endpunkter.Endpunkt endpunkt) {
        Set<String> falt = new TreeSet<>();
        for (MethodParameter parameter : endpunkt.parametrar()) {
            String namn = Endpunkter.parameternamn(parameter);
            ResolvableType typ = ResolvableType.forMethodParameter(parameter);
            if (NAMNGER_OBJEKT.contains(namn) && text(typ) || uuid(typ)) {
                falt.add(namn);
            }
        }
        if (endpunkt.taremotFil()) {
            falt.add("(a file)");
        }
        endpunkt.kropp().ifPresent(kropp -> {
            ResolvableType typ = ResolvableType.forMethodParameter(kropp);
            if (typ.resolve() == String.class) {
                falt.add("(a text body)");
            } else {
                komponenter("", typ, falt, 0);
            }
        });
        return falt;
    }

    private static void komponenter(String prefix, ResolvableType typ, Set<String> falt, int djup) {
        Class<?> klass = typ.resolve(Object.class);
        if (Collection.class.isAssignableFrom(klass)) {
            komponenter(prefix, typ.asCollection().getGeneric(0), falt, djup);
            return;
        }
        if (!klass.isRecord() || djup > 4) {
            return;
        }
        for (RecordComponent komponent : klass.getRecordComponents()) {
            ResolvableType komponenttyp = ResolvableType.forType(komponent.getGenericType());
            String namn = komponent.getName();
            if (NAMNGER_OBJEKT.contains(namn) && text(komponenttyp)
                    || uuid(komponenttyp)
                    || MultipartFile.class.isAssignableFrom(komponenttyp.resolve(Object.class))) {
                falt.add(prefix + namn);
            }
            komponenter(prefix + namn + ".", komponenttyp, falt, djup + 1);
        }
    }

    /** Text, or a collection of text. */
    private static boolean text(ResolvableType typ) {
        Class<?> klass = typ.resolve(Object.class);
        return Collection.class.isAssignableFrom(klass)
                ? text(typ.asCollection().getGeneric(0))
                : klass == String.class;
    }

    /** A UUID, or a collection of them. */
    private static boolean uuid(ResolvableType typ) {
        Class<?> klass = typ.resolve(Object.class);
        return Collection.class.isAssignableFrom(klass)
                ? uuid(typ.asCollection().getGeneric(0))
                : klass == UUID.class;
    }

    /** A row that names a test class names one that exists. */
    private static void testklasserFinns(Collection<String> rader) {
        Pattern klass = Pattern.compile("\\b([a-z]+\\.KorsEnhet[A-Za-z]+Test)\\b");
        Map<String, String> saknas = new LinkedHashMap<>();
        for (String rad : rader) {
            Matcher m = klass.matcher(rad);
            while (m.find()) {
                try {
                    Class.forName("se.tillit." + m.group(1));
                } catch (ClassNotFoundException e) {
                    saknas.put(m.group(1), rad);
                }
            }
        }
        assertThat(saknas).as("test classes the tables name").isEmpty();
    }
}
