package se.tillit.sakerhet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds, to compare before and after hostile requests: the row count of every table, and for our
 * own tables a checksum of every row ({@code md5} over each row's text, aggregated in order). Left out entirely, on
 * purpose: what changes by design or in the background whatever the request (the access log, where a read is logged;
 * the login log, where every login of the round's clients is a row (issue 16); the IVO report's pseudonyms, given on
 * first read; the event registry; the engine's history, jobs, metrics and id blocks). Counted but not summed: the e-mail outbox and the task projection (their sending state and timestamps
 * change in the background) and the engine's other runtime and repository tables.
 */
final class Dataavtryck {

    /** Written by reading, or in the background, whatever the request: not part of the comparison at all. */
    private static final Set<String> UTANFOR = Set.of(
            "atkomstlogg",
            "inloggningslogg",
            "ivo_pseudonym",
            "event_publication",
            "act_ge_property",
            "act_ru_meter_log",
            "act_ru_job",
            "act_ru_jobdef",
            "act_ru_task_meter_log",
            "act_ge_bytearray");

    /** Counted, but changed in place in the background (sending state, timestamps): no checksum. */
    private static final Set<String> BARA_ANTAL = Set.of("skickad_epost", "uppgift", "tillit_schema_history");

    private final JdbcClient jdbc;
    private final List<String> tabeller;

    Dataavtryck(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tabeller = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""").query(String.class).list().stream()
                .filter(t -> !UTANFOR.contains(t) && !t.startsWith("act_hi_"))
                .toList();
    }

    /** Row counts of all compared tables, in one statement: cheap enough to take around every endpoint. */
    Map<String, Long> antal() {
        String sql = tabeller.stream()
                .map(t -> "select '" + t + "' as t, count(*) as n from \"" + t + "\"")
                .collect(Collectors.joining(" union all "));
        Map<String, Long> antal = new TreeMap<>();
        jdbc.sql(sql)
                .query((rs, i) -> antal.put(rs.getString(1), rs.getLong(2)))
                .list();
        return antal;
    }

    /** Row counts, and a checksum of each of the given rows (table, id; the engine's tables by {@code id_}). */
    Map<String, String> antalOchRader(Map<String, String> rader) {
        Map<String, String> avtryck = new TreeMap<>();
        antal().forEach((t, n) -> avtryck.put(t, String.valueOf(n)));
        rader.forEach((tabell, id) -> avtryck.put(
                tabell + " " + id,
                jdbc.sql("select coalesce(md5(r::text), '-') from \"" + tabell + "\" r where "
                                + (tabell.startsWith("act_") ? "id_" : "id::text") + " = :id")
                        .param("id", id)
                        .query(String.class)
                        .optional()
                        .orElse("borta")));
        return avtryck;
    }

    /** Row counts, and a checksum of every row of our own tables. */
    Map<String, String> fullt() {
        Map<String, String> avtryck = new TreeMap<>();
        antal().forEach((t, n) -> avtryck.put(t, String.valueOf(n)));
        for (String tabell : tabeller) {
            if (!tabell.startsWith("act_") && !BARA_ANTAL.contains(tabell)) {
                String md5 = jdbc.sql(
                                "select coalesce(md5(string_agg(md5(r::text), '' order by md5(r::text))), '-') from \""
                                        + tabell + "\" r")
                        .query(String.class)
                        .single();
                avtryck.put(tabell, avtryck.get(tabell) + " " + md5);
            }
        }
        return avtryck;
    }

    List<String> tabeller() {
        return tabeller;
    }

    /** The tables whose value differs, with both values. */
    static Map<String, String> skillnad(Map<String, ?> fore, Map<String, ?> efter) {
        Map<String, String> skillnad = new TreeMap<>();
        efter.forEach((t, v) -> {
            if (!v.equals(fore.get(t))) {
                skillnad.put(t, fore.get(t) + " -> " + v);
            }
        });
        fore.keySet().stream().filter(t -> !efter.containsKey(t)).forEach(t -> skillnad.put(t, "borta"));
        return skillnad;
    }
}
