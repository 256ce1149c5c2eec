package se.tillit.generator;

import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies whole cases in bulk: every row that belongs to a set of template cases, in the engine's runtime and history
 * tables and in ours, written again with new ids. The templates were made through the application's use cases, so a
 * copy is in the state a real case would be in: an open task of a copy can be completed, its timers fire.
 *
 * <p>What belongs to a case: the engine's rows of every process instance whose business key is the case number
 * (found by their root process instance), the identity links and authorizations of their tasks, the byte arrays they
 * point at; and our rows that point by a uuid at the case, its person or at a row already taken (three rounds: case →
 * decision → order → attendance). What changes in a copy: every id of those rows (an engine id, one of ours, or an id
 * inside a text such as an activity instance id "Task_Utreda:…" or a variable holding a case id), the case number
 * (a new one from the case number sequence), the personnummer (a new synthetic number, checksum valid, with the birth
 * date it states) and, for history, every date moved back by the same number of days. Reference rows (units, accounts,
 * process definitions, decision tables, job definitions) are shared, never copied.
 *
 * <p>Written with COPY under {@code session_replication_role = replica} (no foreign-key checks while the rows of one
 * copy arrive in table order); the postgres superuser of a benchmark server is assumed.
 */
final class Kopiering {

    private static final Pattern UUID_MONSTER =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Ours, but not a case's: the outbox and its sent e-mails would resend or dedupe wrongly; the schema history. */
    private static final Set<String> INTE_VARA = Set.of("event_publication", "skickad_epost", "tillit_schema_history");
    /** The engine's own reference and bookkeeping tables. */
    private static final Pattern INTE_MOTORNS = Pattern.compile(
            "act_(re|id|ge_property|ge_schema_log|ru_meter_log|ru_task_meter_log|ru_jobdef|ru_filter|ru_batch|hi_batch|ru_case|hi_case|ru_ext_task).*");

    private final DataSource datakalla;
    private final String salt = Long.toString(System.nanoTime());
    private final Random slump = new Random(20261125);
    private final Set<String> anvandaPersonnummer = new HashSet<>();
    private int nastaKopia;

    record Kolumn(String namn, String typ, boolean genererad) {
        boolean datum() {
            return typ.startsWith("date") || typ.startsWith("timestamp");
        }
    }

    record Tabell(String namn, List<Kolumn> kolumner) {
        List<Kolumn> skrivna() {
            return kolumner.stream().filter(k -> !k.genererad()).toList();
        }

        boolean har(String kolumn) {
            return kolumner.stream().anyMatch(k -> k.namn().equals(kolumn));
        }
    }

    /** The rows of a set of template cases, as text, and what in them is the cases' own. */
    static final class Mallar {
        final Map<Tabell, List<String[]>> rader = new LinkedHashMap<>();
        final Set<String> egnaId = new HashSet<>();
        final Set<String> arendenummer = new HashSet<>();
        /** personnummer → kön digit parity, for a new number of the same sex. */
        final Map<String, Integer> personnummer = new HashMap<>();

        int antalArenden;

        long antalRader() {
            return rader.values().stream().mapToLong(List::size).sum();
        }
    }

    Kopiering(DataSource datakalla) throws SQLException {
        this.datakalla = datakalla;
        try (Connection c = datakalla.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select personnummer from person")) {
            while (rs.next()) {
                anvandaPersonnummer.add(rs.getString(1));
            }
        }
    }

    /** Reads everything that belongs to the cases {@code arendeIds}. */
    Mallar las(Collection<UUID> arendeIds) throws SQLException {
        Mallar mallar = new Mallar();
        mallar.antalArenden = arendeIds.size();
        try (Connection c = datakalla.getConnection()) {
            List<Tabell> tabeller = tabeller(c);
            List<String> arendeText = arendeIds.stream().map(UUID::toString).toList();
            mallar.egnaId.addAll(arendeText);
            for (String[] rad :
                    text(c, "select arendenummer, person_id::text from arende where id::text = any(?)", arendeText)) {
                mallar.arendenummer.add(rad[0]);
                mallar.egnaId.add(rad[1]);
            }
            List<String> rotter = text(
                            c,
                            "select distinct root_proc_inst_id_ from act_hi_procinst where business_key_ = any(?)",
                            new ArrayList<>(mallar.arendenummer))
                    .stream()
                    .map(r -> r[0])
                    .toList();

            // the engine: every row of the cases' process instances (a child execution has no root id, only its
            // process instance's), then what hangs on the rows taken: a task's identity links, its authorizations
            List<String> instanser =
                    text(c, "select id_ from act_hi_procinst where root_proc_inst_id_ = any(?)", rotter).stream()
                            .map(r -> r[0])
                            .toList();
            List<Tabell> motorns = tabeller.stream()
                    .filter(t -> t.namn().startsWith("act_")
                            && !INTE_MOTORNS.matcher(t.namn()).matches())
                    .toList();
            for (Tabell t : motorns) {
                List<String> villkor = new ArrayList<>();
                if (t.har("root_proc_inst_id_")) {
                    villkor.add("root_proc_inst_id_ = any(?)");
                }
                if (t.har("proc_inst_id_")) {
                    villkor.add("proc_inst_id_ = any(?)");
                }
                if (!villkor.isEmpty()) {
                    ta(c, mallar, t, "(" + String.join(" or ", villkor) + ")", instanser);
                }
            }
            for (Tabell t : motorns) {
                if (t.har("root_proc_inst_id_")
                        || t.har("proc_inst_id_")
                        || t.namn().equals("act_ge_bytearray")) {
                    continue;
                }
                String kolumn = t.har("task_id_")
                        ? "task_id_"
                        : t.namn().equals("act_ru_authorization") ? "resource_id_" : null;
                if (kolumn != null) {
                    ta(c, mallar, t, kolumn + " = any(?)", new ArrayList<>(mallar.egnaId));
                }
            }
            Tabell bytearray = t(tabeller, "act_ge_bytearray");
            Set<String> pekade = new HashSet<>();
            mallar.rader.forEach((tabell, rader) -> {
                for (int i = 0; i < tabell.skrivna().size(); i++) {
                    String namn = tabell.skrivna().get(i).namn();
                    if (namn.endsWith("bytearray_id_")
                            || namn.endsWith("_stack_id_")
                            || namn.equals("error_details_id_")) {
                        for (String[] rad : rader) {
                            if (rad[i] != null) {
                                pekade.add(rad[i]);
                            }
                        }
                    }
                }
            });
            ta(c, mallar, bytearray, "id_ = any(?)", new ArrayList<>(pekade));

            // ours: three rounds of "points at something taken", then the rows
            List<Tabell> vara = tabeller.stream()
                    .filter(t -> !t.namn().startsWith("act_") && !INTE_VARA.contains(t.namn()))
                    .toList();
            for (int varv = 0; varv < 3; varv++) {
                for (Tabell t : vara) {
                    String villkor = uuidVillkor(t);
                    if (villkor != null && t.har("id")) {
                        for (String[] rad : text(
                                c,
                                "select id::text from " + t.namn() + " where " + villkor,
                                new ArrayList<>(mallar.egnaId))) {
                            mallar.egnaId.add(rad[0]);
                        }
                    }
                }
            }
            for (Tabell t : vara) {
                String villkor = uuidVillkor(t);
                if (villkor != null) {
                    ta(c, mallar, t, villkor, new ArrayList<>(mallar.egnaId));
                }
            }
            Tabell person = t(tabeller, "person");
            // the person first: a copy's new personnummer is then known when later tables (the task projection) repeat
            // it
            List<String[]> personer = mallar.rader.remove(person);
            if (personer != null) {
                Map<Tabell, List<String[]>> resten = new LinkedHashMap<>(mallar.rader);
                mallar.rader.clear();
                mallar.rader.put(person, personer);
                mallar.rader.putAll(resten);
            }
            int pnr = index(person, "personnummer");
            for (String[] rad : mallar.rader.getOrDefault(person, List.of())) {
                mallar.personnummer.put(rad[pnr], (rad[pnr].charAt(10) - '0') % 2);
            }
        }
        return mallar;
    }

    /**
     * Writes {@code antal} copies of the templates, each with its dates moved by {@code forskjutning.dagar(kopia)} days.
     * Returns the number of rows written.
     */
    long skriv(Mallar mallar, int antal, Forskjutning forskjutning) throws SQLException {
        long skrivna = 0;
        try (Connection c = datakalla.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<Tabell, StringBuilder> buffertar = new LinkedHashMap<>();
            List<Long> nummer = new ArrayList<>();
            for (int gjorda = 0; gjorda < antal; gjorda++) {
                int kopia = nastaKopia++; // over every call: a copy's ids never meet an earlier copy's
                int dagar = forskjutning.dagar(kopia);
                if (nummer.size() < mallar.arendenummer.size()) {
                    nummer.addAll(sekvens(c, Math.max(mallar.arendenummer.size() * 50, 1000)));
                }
                Map<String, String> strangar = new HashMap<>();
                for (String arendenummer : mallar.arendenummer) {
                    int ar = Integer.parseInt(arendenummer.substring(0, 4)) + Math.floorDiv(dagar, 365);
                    strangar.put(arendenummer, ar + "-" + String.format("%06d", nummer.remove(nummer.size() - 1)));
                }
                Map<String, String> idn = new HashMap<>();
                for (Map.Entry<Tabell, List<String[]>> e : mallar.rader.entrySet()) {
                    Tabell tabell = e.getKey();
                    List<Kolumn> kolumner = tabell.skrivna();
                    StringBuilder ut = buffertar.computeIfAbsent(tabell, t -> new StringBuilder());
                    boolean arPerson = tabell.namn().equals("person");
                    for (String[] mall : e.getValue()) {
                        String[] rad = new String[mall.length];
                        for (int i = 0; i < mall.length; i++) {
                            rad[i] = ny(mall[i], kolumner.get(i), kopia, dagar, mallar, strangar, idn);
                        }
                        if (arPerson) {
                            nyPerson(tabell, mall, rad, mallar, strangar);
                        }
                        rad(ut, rad);
                        skrivna++;
                    }
                    if (ut.length() > 8_000_000) {
                        skicka(copy, tabell, ut);
                    }
                }
            }
            for (Map.Entry<Tabell, StringBuilder> b : buffertar.entrySet()) {
                skicka(copy, b.getKey(), b.getValue());
            }
            c.commit();
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        return skrivna;
    }

    interface Forskjutning {
        int dagar(int kopia);
    }

    private String ny(
            String varde,
            Kolumn kolumn,
            int kopia,
            int dagar,
            Mallar mallar,
            Map<String, String> strangar,
            Map<String, String> idn) {
        if (varde == null) {
            return null;
        }
        String ersatt = strangar.get(varde);
        if (ersatt != null) {
            return ersatt;
        }
        if (dagar != 0 && kolumn.datum() && varde.length() >= 10 && Character.isDigit(varde.charAt(0))) {
            return LocalDate.parse(varde.substring(0, 10)).plusDays(dagar) + varde.substring(10);
        }
        if (varde.length() < 36) {
            return varde;
        }
        Matcher m = UUID_MONSTER.matcher(varde);
        StringBuilder sb = null;
        while (m.find()) {
            String gammalt = m.group();
            if (mallar.egnaId.contains(gammalt)) {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                m.appendReplacement(
                        sb,
                        idn.computeIfAbsent(
                                gammalt,
                                g -> UUID.nameUUIDFromBytes((g + "/" + kopia + "/" + salt)
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                        .toString()));
            }
        }
        if (sb == null) {
            return varde;
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A new synthetic personnummer for the copy of a person, of the same sex, and the birth date it states. */
    private void nyPerson(Tabell person, String[] mall, String[] rad, Mallar mallar, Map<String, String> strangar) {
        int pnr = index(person, "personnummer");
        int fodd = index(person, "fodelsedatum");
        LocalDate fodelsedatum = LocalDate.parse(rad[fodd].substring(0, 10));
        String nytt;
        do {
            LocalDate dag = fodelsedatum.withDayOfMonth(1 + slump.nextInt(28));
            int lopnummer = (1 + slump.nextInt(499)) * 2 + mallar.personnummer.get(mall[pnr]); // never 000
            String utanKontroll = dag.toString().replace("-", "") + String.format("%03d", lopnummer);
            nytt = utanKontroll + kontrollsiffra(utanKontroll.substring(2));
            rad[fodd] = dag.toString();
        } while (!DatageneratorTest.giltigt(nytt) || !anvandaPersonnummer.add(nytt));
        rad[pnr] = nytt;
        strangar.put(mall[pnr], nytt); // the projection of tasks carries the number too, and is written after person
    }

    /** The Luhn digit over the ten digits YYMMDDNNN. */
    static int kontrollsiffra(String nioSiffror) {
        int summa = 0;
        for (int i = 0; i < nioSiffror.length(); i++) {
            int siffra = (nioSiffror.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return (10 - summa % 10) % 10;
    }

    private static List<Long> sekvens(Connection c, int antal) throws SQLException {
        List<Long> nummer = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("select nextval('arendenummer_seq') from generate_series(1, ?)")) {
            ps.setInt(1, antal);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    nummer.add(rs.getLong(1));
                }
            }
        }
        return nummer;
    }

    private static void skicka(CopyManager copy, Tabell tabell, StringBuilder ut)
            throws SQLException, java.io.IOException {
        if (ut.isEmpty()) {
            return;
        }
        String kolumner =
                String.join(", ", tabell.skrivna().stream().map(Kolumn::namn).toList());
        copy.copyIn("copy " + tabell.namn() + " (" + kolumner + ") from stdin", new StringReader(ut.toString()));
        ut.setLength(0);
    }

    /** One row in COPY's text format. */
    private static void rad(StringBuilder ut, String[] rad) {
        for (int i = 0; i < rad.length; i++) {
            if (i > 0) {
                ut.append('\t');
            }
            String v = rad[i];
            if (v == null) {
                ut.append("\\N");
                continue;
            }
            for (int j = 0; j < v.length(); j++) {
                char ch = v.charAt(j);
                switch (ch) {
                    case '\\' -> ut.append("\\\\");
                    case '\t' -> ut.append("\\t");
                    case '\n' -> ut.append("\\n");
                    case '\r' -> ut.append("\\r");
                    default -> ut.append(ch);
                }
            }
        }
        ut.append('\n');
    }

    private void ta(Connection c, Mallar mallar, Tabell t, String villkor, List<String> varden) throws SQLException {
        if (t == null || varden.isEmpty()) {
            return;
        }
        String kolumner = String.join(
                ", ", t.skrivna().stream().map(k -> k.namn() + "::text").toList());
        List<String[]> rader = text(c, "select " + kolumner + " from " + t.namn() + " where " + villkor, varden);
        if (rader.isEmpty()) {
            return;
        }
        mallar.rader.computeIfAbsent(t, x -> new ArrayList<>()).addAll(rader);
        if (t.namn().startsWith("act_") && t.har("id_")) {
            int id = index(t, "id_");
            // an activity instance id is "Task_Utreda:<uuid>": the uuid inside is what a copy must change
            rader.forEach(r -> {
                Matcher m = UUID_MONSTER.matcher(r[id]);
                while (m.find()) {
                    mallar.egnaId.add(m.group());
                }
            });
        }
    }

    /** A condition "one of the uuid columns is one of ?" (the parameter given once per column), or null. */
    private static String uuidVillkor(Tabell t) {
        List<String> delar = t.kolumner().stream()
                .filter(k -> k.typ().equals("uuid"))
                .map(k -> k.namn() + "::text = any(?)")
                .toList();
        return delar.isEmpty() ? null : "(" + String.join(" or ", delar) + ")";
    }

    private static List<String[]> text(Connection c, String sql, List<String> varden) throws SQLException {
        List<String[]> rader = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("text", varden.toArray());
            int parametrar = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parametrar; i++) {
                ps.setArray(i, array);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] rad = new String[n];
                    for (int i = 0; i < n; i++) {
                        rad[i] = rs.getString(i + 1);
                    }
                    rader.add(rad);
                }
            }
        }
        return rader;
    }

    private static List<Tabell> tabeller(Connection c) throws SQLException {
        Map<String, List<Kolumn>> kolumner = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select c.table_name, c.column_name, c.data_type,
                       (c.column_default like 'nextval%' or c.is_identity = 'YES' or c.is_generated = 'ALWAYS') as genererad
                  from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                 order by c.table_name, c.ordinal_position""")) {
            while (rs.next()) {
                kolumner.computeIfAbsent(rs.getString(1), x -> new ArrayList<>())
                        .add(new Kolumn(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
            }
        }
        return kolumner.entrySet().stream()
                .map(e -> new Tabell(e.getKey(), e.getValue()))
                .toList();
    }

    private static Tabell t(List<Tabell> tabeller, String namn) {
        return tabeller.stream().filter(t -> t.namn().equals(namn)).findFirst().orElse(null);
    }

    private static int index(Tabell t, String kolumn) {
        List<Kolumn> skrivna = t.skrivna();
        for (int i = 0; i < skrivna.size(); i++) {
            if (skrivna.get(i).namn().equals(kolumn)) {
                return i;
            }
        }
        throw new IllegalStateException(t.namn() + " has no column " + kolumn);
    }
}
