package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL reads its own tables (issue 20, docs/adr/0029): Spring Modulith sees the Java types a module uses,
 * not the table names in its query strings, so this test reads them. Every string literal of the main sources is
 * searched for the tables after {@code from}, {@code join}, {@code into}, {@code update} and {@code using}; a table of
 * another module is allowed only where ADR 0029's list names the module, the class and the table, with its reason.
 */
class ModulernasTabellerTest {

    static final Path KALLA = Path.of("src/main/java/se/tillit");
    static final Path MIGRATIONER = Path.of("src/main/resources/db/migration");
    static final Path ADR =
            Path.of("../docs/adr/0029-motor-only-adapts-ports-with-their-users-and-the-cross-module-sql-reads.md");

    /** Each module's tables: the module that writes them (the migrations are not per module). */
    static final Map<String, Set<String>> TABELLER = moduler("""
            arende: aktualisering arende begaran_om_avgorande enhet_arendetyp forhandsbedomning_forlangning
            arkiv: arkivleverans
            barn: anmalarinformation barnuppfoljning foraldrastod_erbjudande
            beslut: beslut beslut_lss_uppgift beslutsbrev beslutsforslag individuell_plan individuell_plan_omprovning
            beslut: insatsavslut overklagande placering placeringsovervagande
            gallring: gallringsakt gallringsforstoring gallringsforstoring_arende gallringsforstoring_arkiv
            gallring: gallringsforstoring_rad gallringsgrund gallringskorning gallringsstopp gallringstillstand
            ivo: ivo_pseudonym ivo_rapport ivo_rapportrad ivo_rapportrad_erbjudande
            journal: journalanteckning journalbilaga
            kostnad: kostnadsmanad kostnadsrad utford_tid
            lexsarah: lexsarah_atgard lexsarah_bedomning lexsarah_ivo_anmalan lexsarah_rapport lexsarah_utredning
            notifiering: skickad_epost
            nyckeltal: nyckeltal_fryst
            person: person person_adress person_adressandring person_skyddsandring
            revision: atkomstlogg
            sakerhet: anvandare anvandare_roll behorighetslogg enhet inloggningslogg
            sip: regional_insats sip sip_kallelse sip_mote sip_plan sip_region_del sip_samtycke sip_uppfoljning
            statistik: statistikfil statistikfil_antal statistikfil_fel
            tabell: tabellandring tabellversion
            uppfoljning: uppfoljning
            uppgift: formularsvar handling uppgift
            utredning: forlangning kommunicering kommuniceringssvar utredning utredningsforslag utredningssignatur
            utredning: utredningstext
            utskrivning: betalningsoverenskommelse utskrivning utskrivningsklar_dygnsbelopp utskrivningsklar_period
            utskrivning: utskrivningsmeddelande
            verkstallighet: avbrott bestallning bestallning_hinder ej_verkstallt ej_verkstallt_erbjudande
            verkstallighet: ej_verkstallt_skal genomforandeplan narvaro
            """);

    /** Not ours: Spring Modulith's outbox (read by notifiering's endpoint and gallring of e-mails); the engine's ACT_*. */
    static final Set<String> RAMVERKETS = Set.of("event_publication");

    private static final Pattern TABELL =
            Pattern.compile("\\b(?:from|join|into|update|using)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MIGRATION =
            Pattern.compile("create table (?:if not exists )?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADR_RAD =
            Pattern.compile("^\\|\\s*([a-z]+)\\s*\\|\\s*([A-Z][A-Za-z0-9]*)\\s*\\|([^|]*)\\|");
    private static final Pattern ADR_TABELL = Pattern.compile("([a-z_][a-z0-9_]*) \\(([a-z]+)\\)");

    @Test
    void everyTableOfTheMigrationsHasAnOwningModule() throws IOException {
        Set<String> skapade = new TreeSet<>();
        try (Stream<Path> filer = Files.list(MIGRATIONER)) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = MIGRATION.matcher(Files.readString(fil));
                while (m.find()) {
                    skapade.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> agda = new TreeSet<>(RAMVERKETS);
        TABELLER.values().forEach(agda::addAll);

        assertThat(skapade)
                .as("a new table: name its owning module in TABELLER")
                .isSubsetOf(agda);
        assertThat(agda).as("a table in TABELLER that no migration creates").isSubsetOf(skapade);
    }

    /** ADR 0029's list is the whole truth: a new cross-module read fails, and so does a row that no longer occurs. */
    @Test
    void aModulesSqlReadsAnotherModulesTablesOnlyWhereAdr0029ListsIt() throws IOException {
        Map<String, String> agare = agare();
        Map<String, Set<String>> funna = lasningarUtanforModulen(agare);
        Map<String, Set<String>> listade = adrensLista(agare);

        assertThat(funna).as("""
                module/Class → tables of other modules read by SQL. A new read goes through the owner's API, or gets a                 row with its reason in %s""".formatted(ADR)).isEqualTo(listade);
    }

    /** The scan finds what it is meant to find: a read in a text block, a join, an update … from, a plain string. */
    @Test
    void theScanFindsTablesInTextBlocksJoinsAndPlainStrings() {
        String kod = """
                String a = "select id from beslut where x = 1";
                String b = \"\"\"
                        select * from arende a
                          join person p on p.id = a.person_id
                        \"\"\";
                String c = "update bestallning o set x = 1 from enhet e";
                // from utredning: a comment is not SQL
                char d = '"'; String e = "a \\" from placering";
                """;
        assertThat(tabeller(kod))
                .containsExactlyInAnyOrder("beslut", "arende", "person", "bestallning", "enhet", "placering");
    }

    /** "modul: tabell tabell …" a line; a module may take more than one line; a table is named once. */
    static Map<String, Set<String>> moduler(String rader) {
        Map<String, Set<String>> tabeller = new TreeMap<>();
        Set<String> namngivna = new TreeSet<>();
        for (String rad : rader.lines().toList()) {
            String[] delar = rad.split(":");
            for (String tabell : delar[1].strip().split("\\s+")) {
                if (!namngivna.add(tabell)) {
                    throw new IllegalStateException(tabell + " is named twice in TABELLER");
                }
                tabeller.computeIfAbsent(delar[0].strip(), m -> new TreeSet<>()).add(tabell);
            }
        }
        return tabeller;
    }

    static Map<String, String> agare() {
        Map<String, String> agare = new HashMap<>();
        TABELLER.forEach((modul, tabeller) -> tabeller.forEach(t -> agare.put(t, modul)));
        return agare;
    }

    static Map<String, Set<String>> lasningarUtanforModulen(Map<String, String> agare) throws IOException {
        Map<String, Set<String>> funna = new TreeMap<>();
        try (Stream<Path> filer = Files.walk(KALLA)) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                String modul = KALLA.relativize(fil).getName(0).toString();
                String klass = fil.getFileName().toString().replace(".java", "");
                for (String tabell : tabeller(Files.readString(fil))) {
                    String agaren = agare.get(tabell);
                    if (agaren != null && !agaren.equals(modul)) {
                        funna.computeIfAbsent(modul + "/" + klass, k -> new TreeSet<>())
                                .add(tabell);
                    }
                }
            }
        }
        return funna;
    }

    /** The tables named after an SQL keyword in the string literals (text blocks and plain strings) of a source. */
    static Set<String> tabeller(String kallkod) {
        Set<String> tabeller = new TreeSet<>();
        for (String text : literaler(kallkod)) {
            Matcher m = TABELL.matcher(text);
            while (m.find()) {
                tabeller.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        tabeller.retainAll(agare().keySet());
        return tabeller;
    }

    /** The string literals and text blocks of a source, skipping comments and character literals. */
    static List<String> literaler(String kod) {
        List<String> literaler = new ArrayList<>();
        int i = 0;
        while (i < kod.length()) {
            if (kod.startsWith("//", i)) {
                i = slut(kod.indexOf('\n', i), kod);
            } else if (kod.startsWith("/*", i)) {
                i = slut(kod.indexOf("*/", i + 2), kod) + 2;
            } else if (kod.startsWith("\"\"\"", i)) {
                int slut = slut(kod.indexOf("\"\"\"", i + 3), kod);
                literaler.add(kod.substring(Math.min(i + 3, slut), slut));
                i = slut + 3;
            } else if (kod.charAt(i) == '"' || kod.charAt(i) == '\'') {
                char citat = kod.charAt(i);
                StringBuilder text = new StringBuilder();
                i++;
                while (i < kod.length() && kod.charAt(i) != citat && kod.charAt(i) != '\n') {
                    if (kod.charAt(i) == '\\' && i + 1 < kod.length()) {
                        i++;
                    }
                    text.append(kod.charAt(i++));
                }
                i++;
                if (citat == '"') {
                    literaler.add(text.toString());
                }
            } else {
                i++;
            }
        }
        return literaler;
    }

    private static int slut(int index, String kod) {
        return index < 0 ? kod.length() : index;
    }

    static Map<String, Set<String>> adrensLista(Map<String, String> agare) {
        Map<String, Set<String>> listade = new TreeMap<>();
        try {
            for (String rad : Files.readAllLines(ADR)) {
                Matcher m = ADR_RAD.matcher(rad);
                if (!m.find() || !TABELLER.containsKey(m.group(1))) {
                    continue;
                }
                Matcher t = ADR_TABELL.matcher(m.group(3));
                while (t.find()) {
                    assertThat(agare.get(t.group(1)))
                            .as("ADR 0029 names %s as %s's table", t.group(1), t.group(2))
                            .isEqualTo(t.group(2));
                    listade.computeIfAbsent(m.group(1) + "/" + m.group(2), k -> new TreeSet<>())
                            .add(t.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listade.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
