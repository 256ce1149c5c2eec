package se.tillit.statistik.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.tillit.beslut.LssUppgift;
import se.tillit.beslut.LssUppgift.Boendeform;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Skyddsniva;

/**
 * Both files for Socialstyrelsen against hand-worked examples (issue 19, docs/adr/0026): the LSS file of SOSFS 2005:21
 * (the form's columns as HSLF-FS 2016:48 gives them, about 1 October) and the monthly SoL file of HSLF-FS 2016:86
 * (bilaga 1: in force on the month's last day; bilaga 2: started or ended during it), each case a table of decisions
 * and the rows the file must hold, worked out by hand from the layouts. The codes come from the shipped DMN table
 * {@code statistikkod}. Synthetic persons only (Skatteverket's test series, serial 980–983).
 */
class StatistikfilerTest {

    private static final String KOMMUN = "0180";
    private static final Map<String, Person> PERSONER = new LinkedHashMap<>();

    // the persons of the examples: personnummer, sex from the number, protection
    private static final Person ANNA = person("198005059806", Skyddsniva.INGEN); // K
    private static final Person BO = person("201007079815", Skyddsniva.INGEN); // M
    private static final Person CILLA = person("199002029800", Skyddsniva.SKYDDAD_FOLKBOKFORING); // K, protected
    private static final Person DAN = person("196012129810", Skyddsniva.INGEN); // M
    private static final Person EDVIN = person("195011209813", Skyddsniva.INGEN); // M
    private static final Person FRIDA = person("194001019803", Skyddsniva.INGEN); // K
    private static final Person GUNNAR = person("194203159811", Skyddsniva.INGEN); // M
    private static final Person HELGA = person("193509099804", Skyddsniva.INGEN); // K
    private static final Person IRIS = person("195011209805", Skyddsniva.SEKRETESSMARKERING); // K, protected
    private static final Person JUNE =
            person("194001019829", Skyddsniva.FINGERADE_PERSONUPPGIFTER); // K, assumed identity

    private final Tabellkoder koder = new Tabellkoder();

    // ---------------------------------------------------------------- LSS, 1 October 2026

    static Stream<Arguments> lssFall() {
        LocalDate langeSedan = LocalDate.of(2024, 1, 10);
        return Stream.of(
                Arguments.of(
                        "several insatser of one person, the housing in the own municipality, vaken natt counted through the housing",
                        List.of(
                                lss(ANNA, "LSS_DAGLIG_VERKSAMHET", "9 § 10", langeSedan, null, uppgift(1, null, null)),
                                lss(
                                        ANNA,
                                        "LSS_BOSTAD_SARSKILD_SERVICE",
                                        "9 § 9",
                                        langeSedan,
                                        null,
                                        uppgift(1, Boendeform.GRUPPBOSTAD, null)),
                                lss(ANNA, "LSS_VAKEN_NATT", "9 § 9", langeSedan, null, uppgift(1, null, null))),
                        List.of("0180;19800505-9806;1;;;;;;;;1;;1"),
                        List.of()),
                Arguments.of(
                        "a child's housing in another municipality, avlösarservice by the lagrum's paragraph",
                        List.of(
                                lss(
                                        BO,
                                        "LSS_BOENDE_BARN",
                                        "9 § 8",
                                        langeSedan,
                                        null,
                                        uppgift(1, Boendeform.FAMILJEHEM, "0181")),
                                lss(BO, "LSS_KORTTIDSTILLSYN", "9 § 7", langeSedan, null, uppgift(1, null, null)),
                                lss(
                                        BO,
                                        "LSS_LEDSAGARSERVICE_AVLOSARSERVICE",
                                        "9 § 5",
                                        langeSedan,
                                        null,
                                        uppgift(1, null, null))),
                        List.of("0180;20100707-9815;1;;;;1;;1;1;;0181;"),
                        List.of()),
                Arguments.of(
                        "a housing 'in another municipality' that is the own one leaves the column empty",
                        List.of(lss(
                                ANNA,
                                "LSS_BOSTAD_SARSKILD_SERVICE",
                                "9 § 9",
                                langeSedan,
                                null,
                                uppgift(2, Boendeform.ANNAN_SARSKILT_ANPASSAD_BOSTAD, KOMMUN))),
                        List.of("0180;19800505-9806;2;;;;;;;;2;;"),
                        List.of()),
                Arguments.of(
                        "a protected identity is reported with the personnummer Tillit holds",
                        List.of(
                                lss(
                                        CILLA,
                                        "LSS_PERSONLIG_ASSISTANS",
                                        "9 § 2",
                                        langeSedan,
                                        null,
                                        uppgift(3, null, null)),
                                lss(CILLA, "LSS_KONTAKTPERSON", "9 § 4", langeSedan, null, uppgift(3, null, null))),
                        List.of("0180;19900202-9800;3;1;;1;;;;;;;"),
                        List.of()),
                Arguments.of(
                        "ended the day before, started the day after, never started, in force on the day: only the last",
                        List.of(
                                lss(
                                        DAN,
                                        "LSS_KONTAKTPERSON",
                                        "9 § 4",
                                        langeSedan,
                                        LocalDate.of(2026, 9, 30),
                                        uppgift(1, null, null)),
                                lss(
                                        DAN,
                                        "LSS_KORTTIDSVISTELSE",
                                        "9 § 6",
                                        LocalDate.of(2026, 10, 2),
                                        null,
                                        uppgift(1, null, null)),
                                lss(DAN, "LSS_DAGLIG_VERKSAMHET", "9 § 10", null, null, uppgift(1, null, null)),
                                lss(
                                        DAN,
                                        "LSS_LEDSAGARSERVICE_AVLOSARSERVICE",
                                        "9 § 3",
                                        langeSedan,
                                        LocalDate.of(2026, 10, 1),
                                        uppgift(1, null, null))),
                        List.of("0180;19601212-9810;1;;1;;;;;;;;"),
                        List.of()),
                Arguments.of(
                        "an SoL decision is not in the LSS file",
                        List.of(sol(FRIDA, "SOL_HEMTJANST", "8 tim/vecka", langeSedan, null)),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "errors are listed, never skipped: no personkrets, no housing kind, an insats without a code, an assumed identity",
                        List.of(
                                lss(EDVIN, "LSS_KONTAKTPERSON", "9 § 4", langeSedan, null, null),
                                lss(
                                        ANNA,
                                        "LSS_BOSTAD_SARSKILD_SERVICE",
                                        "9 § 9",
                                        langeSedan,
                                        null,
                                        uppgift(1, null, null)),
                                lss(ANNA, "LSS_NY_INSATS", "9 § 11", langeSedan, null, uppgift(1, null, null)),
                                lss(JUNE, "LSS_KONTAKTPERSON", "9 § 4", langeSedan, null, uppgift(1, null, null))),
                        List.of(),
                        List.of(
                                "PERSONKRETS_SAKNAS",
                                "BOENDEFORM_SAKNAS",
                                "INGEN_STATISTIKKOD",
                                "FINGERADE_PERSONUPPGIFTER")),
                Arguments.of(
                        "two decisions of one person with different personkretsar",
                        List.of(
                                lss(ANNA, "LSS_KONTAKTPERSON", "9 § 4", langeSedan, null, uppgift(1, null, null)),
                                lss(ANNA, "LSS_DAGLIG_VERKSAMHET", "9 § 10", langeSedan, null, uppgift(3, null, null))),
                        List.of("0180;19800505-9806;1;;;1;;;;;;;"),
                        List.of("PERSONKRETS_OLIKA")));
    }

    @ParameterizedTest(name = "LSS: {0}")
    @MethodSource("lssFall")
    void lssFile_rowsAsWorkedByHand(String fall, List<Underlag> underlag, List<String> rader, List<String> fel) {
        Framtagen fil = LssFil.bygg(2026, KOMMUN, underlag, PERSONER_PER_ID(), koder);

        assertThat(fil.innehall().split("\r\n")[0]).isEqualTo(LssFil.RUBRIK);
        assertThat(datarader(fil)).containsExactlyElementsOf(rader);
        assertThat(fil.fel()).extracting(f -> f.fel().name()).containsExactlyElementsOf(fel);
        assertThat(fil.matdag()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void lssFile_countsPersonsByColumnAndSex_inPersonnummerOrder() {
        LocalDate langeSedan = LocalDate.of(2024, 1, 10);
        Framtagen fil = LssFil.bygg(
                2026,
                KOMMUN,
                List.of(
                        lss(
                                BO,
                                "LSS_BOENDE_BARN",
                                "9 § 8",
                                langeSedan,
                                null,
                                uppgift(1, Boendeform.FAMILJEHEM, "0181")),
                        lss(CILLA, "LSS_PERSONLIG_ASSISTANS", "9 § 2", langeSedan, null, uppgift(3, null, null)),
                        lss(ANNA, "LSS_DAGLIG_VERKSAMHET", "9 § 10", langeSedan, null, uppgift(1, null, null)),
                        lss(
                                ANNA,
                                "LSS_DAGLIG_VERKSAMHET_I_BOENDET",
                                "9 § 10",
                                langeSedan,
                                null,
                                uppgift(1, null, null))),
                PERSONER_PER_ID(),
                koder);

        assertThat(datarader(fil))
                .extracting(r -> r.split(";")[1])
                .containsExactly("19800505-9806", "19900202-9800", "20100707-9815");
        assertThat(fil.antal())
                .containsExactlyInAnyOrder(
                        new Framtagen.Antal("BOENDE_BARN", 'M', 1),
                        new Framtagen.Antal("DAGLIG_VERKSAMHET", 'K', 1),
                        new Framtagen.Antal("PERSONER", 'K', 2),
                        new Framtagen.Antal("PERSONER", 'M', 1),
                        new Framtagen.Antal("PERSONLIG_ASSISTANS", 'K', 1));
        assertThat(fil.personer()).containsExactly(ANNA.id(), CILLA.id(), BO.id());
    }

    @Test
    void withoutTheMunicipalitysCode_theFileIsNotOffered() {
        Framtagen fil = LssFil.bygg(2026, "", List.of(), PERSONER_PER_ID(), koder);

        assertThat(fil.fel()).extracting(Framtagen.Fel::fel).containsExactly(Framtagen.Feltyp.KOMMUNKOD_SAKNAS);
        assertThat(fil.godkand()).isFalse();
    }

    // ---------------------------------------------------------------- SoL, November 2026

    static Stream<Arguments> solFall() {
        LocalDate bd = LocalDate.of(2025, 2, 20);
        return Stream.of(
                Arguments.of(
                        "hemtjänst in force on the last day, with its hours per month (8 h/week × 52/12)",
                        List.of(sol(FRIDA, "SOL_HEMTJANST", "8 tim/vecka", LocalDate.of(2025, 3, 1), null)),
                        List.of("1;0180;2026-11;19400101-9803;HEMTJANST;34.7;2025-02-20;2025-03-01;"),
                        List.of()),
                Arguments.of(
                        "started during the month: in bilaga 1 and in bilaga 2",
                        List.of(sol(
                                GUNNAR, "SOL_BOENDE_PERMANENT", "Särskilt boende", LocalDate.of(2026, 11, 10), null)),
                        List.of(
                                "1;0180;2026-11;19420315-9811;SARSKILT_BOENDE;;2025-02-20;2026-11-10;",
                                "2;0180;2026-11;19420315-9811;SARSKILT_BOENDE;;2025-02-20;2026-11-10;"),
                        List.of()),
                Arguments.of(
                        "ended mid-month: in bilaga 2 only, with its end",
                        List.of(sol(
                                HELGA,
                                "SOL_HEMTJANST",
                                "30 tim/månad",
                                LocalDate.of(2024, 5, 1),
                                LocalDate.of(2026, 11, 14))),
                        List.of("2;0180;2026-11;19350909-9804;HEMTJANST;30.0;2025-02-20;;2026-11-14"),
                        List.of()),
                Arguments.of(
                        "started and ended in the month: one row of bilaga 2 with both days",
                        List.of(sol(
                                GUNNAR,
                                "SOL_BOENDE_KORTTID",
                                "Två veckor",
                                LocalDate.of(2026, 11, 3),
                                LocalDate.of(2026, 11, 17))),
                        List.of("2;0180;2026-11;19420315-9811;KORTTIDSBOENDE;;2025-02-20;2026-11-03;2026-11-17"),
                        List.of()),
                Arguments.of(
                        "ends on the last day: still in force that day, and ended in the month",
                        List.of(sol(
                                FRIDA,
                                "SOL_KONTAKTPERSON",
                                "En gång i veckan",
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2026, 11, 30))),
                        List.of(
                                "1;0180;2026-11;19400101-9803;KONTAKTPERSON;;2025-02-20;2025-01-01;",
                                "2;0180;2026-11;19400101-9803;KONTAKTPERSON;;2025-02-20;;2026-11-30"),
                        List.of()),
                Arguments.of(
                        "a protected identity is reported with the personnummer Tillit holds",
                        List.of(sol(IRIS, "SOL_BOENDESTOD", "4 tim/vecka", LocalDate.of(2026, 1, 1), null)),
                        List.of("1;0180;2026-11;19501120-9805;BOENDESTOD;;2025-02-20;2026-01-01;"),
                        List.of()),
                Arguments.of(
                        "other collections, ended before the month, not started, LSS: not in the file",
                        List.of(
                                sol(FRIDA, "SOL_EKONOMISKT_BISTAND", null, LocalDate.of(2026, 1, 1), null),
                                sol(
                                        GUNNAR,
                                        "SOL_HEMTJANST",
                                        "8 tim/vecka",
                                        LocalDate.of(2025, 1, 1),
                                        LocalDate.of(2026, 10, 31)),
                                sol(GUNNAR, "SOL_BOENDESTOD", "2 tim/vecka", null, null),
                                lss(
                                        ANNA,
                                        "LSS_KONTAKTPERSON",
                                        "9 § 4",
                                        LocalDate.of(2025, 1, 1),
                                        null,
                                        uppgift(1, null, null))),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "errors are listed, never skipped: hemtjänst without hours, an insats without a code",
                        List.of(
                                sol(
                                        FRIDA,
                                        "SOL_HEMTJANST",
                                        "enligt genomförandeplanen",
                                        LocalDate.of(2025, 1, 1),
                                        null),
                                sol(GUNNAR, "SOL_NY_INSATS", null, LocalDate.of(2025, 1, 1), null)),
                        List.of(),
                        List.of("TIMMAR_SAKNAS", "INGEN_STATISTIKKOD")));
    }

    @ParameterizedTest(name = "SoL: {0}")
    @MethodSource("solFall")
    void solFile_rowsAsWorkedByHand(String fall, List<Underlag> underlag, List<String> rader, List<String> fel) {
        Framtagen fil = SolFil.bygg(YearMonth.of(2026, 11), KOMMUN, underlag, PERSONER_PER_ID(), koder);

        assertThat(fil.innehall().split("\r\n")[0]).isEqualTo(SolFil.RUBRIK);
        assertThat(datarader(fil)).containsExactlyElementsOf(rader);
        assertThat(fil.fel()).extracting(f -> f.fel().name()).containsExactlyElementsOf(fel);
    }

    @Test
    void solFile_countsDecisionsInForceByCodeAndSex() {
        Framtagen fil = SolFil.bygg(
                YearMonth.of(2026, 11),
                KOMMUN,
                List.of(
                        sol(FRIDA, "SOL_HEMTJANST", "8 tim/vecka", LocalDate.of(2025, 3, 1), null),
                        sol(
                                HELGA,
                                "SOL_HEMTJANST",
                                "30 tim/månad",
                                LocalDate.of(2024, 5, 1),
                                LocalDate.of(2026, 11, 14)),
                        sol(GUNNAR, "SOL_HEMTJANST", "10 tim/vecka", LocalDate.of(2026, 11, 2), null)),
                PERSONER_PER_ID(),
                koder);

        assertThat(fil.antal())
                .containsExactlyInAnyOrder(
                        new Framtagen.Antal("HEMTJANST", 'K', 1), new Framtagen.Antal("HEMTJANST", 'M', 1));
        assertThat(fil.rader()).isEqualTo(4);
        assertThat(fil.personer()).containsExactlyInAnyOrder(FRIDA.id(), HELGA.id(), GUNNAR.id());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "8 tim/vecka    | 34.7",
                "8,5 tim/vecka  | 36.8",
                "30 tim/månad   | 30.0",
                "12 timmar per vecka | 52.0",
                "heltid         | ",
                "               | "
            })
    void hoursPerMonth_fromTheOmfattning(String omfattning, String timmar) {
        assertThat(SolFil.timmarPerManad(omfattning)
                        .map(java.math.BigDecimal::toPlainString)
                        .orElse(null))
                .isEqualTo(timmar);
    }

    // ---------------------------------------------------------------- the examples' data

    private static List<String> datarader(Framtagen fil) {
        List<String> rader = new ArrayList<>(Arrays.asList(fil.innehall().split("\r\n")));
        rader.remove(0);
        return rader;
    }

    private static Map<UUID, Person> PERSONER_PER_ID() {
        Map<UUID, Person> perId = new LinkedHashMap<>();
        PERSONER.values().forEach(p -> perId.put(p.id(), p));
        return perId;
    }

    private static Person person(String tolvSiffror, Skyddsniva skydd) {
        Personnummer pnr = new Personnummer(tolvSiffror);
        Person person = new Person(
                UUID.nameUUIDFromBytes(tolvSiffror.getBytes()),
                pnr,
                "Test",
                "Testsson",
                pnr.fodelsedatum(),
                pnr.kon(),
                skydd);
        PERSONER.put(tolvSiffror, person);
        return person;
    }

    private static LssUppgift uppgift(int personkrets, Boendeform form, String kommun) {
        return new LssUppgift(
                null, personkrets, form, kommun, OffsetDateTime.parse("2026-01-01T10:00:00+01:00"), "test");
    }

    private static Underlag lss(
            Person person, String insats, String paragraf, LocalDate verkstalld, LocalDate slut, LssUppgift uppgift) {
        return new Underlag(
                UUID.randomUUID(),
                "2026-000" + (100 + PERSONER.size()),
                "LSS",
                person.id(),
                insats,
                "LSS",
                paragraf,
                null,
                LocalDate.of(2023, 12, 1),
                verkstalld,
                slut,
                uppgift);
    }

    private static Underlag sol(Person person, String insats, String omfattning, LocalDate verkstalld, LocalDate slut) {
        return new Underlag(
                UUID.randomUUID(),
                "2026-000200",
                "SOL_ALDRE",
                person.id(),
                insats,
                "SOL",
                "1 §",
                omfattning,
                LocalDate.of(2025, 2, 20),
                verkstalld,
                slut,
                null);
    }
}
