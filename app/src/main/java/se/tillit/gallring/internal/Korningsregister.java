package se.tillit.gallring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.drift.Svensktid;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsslag;

/**
 * The tables of V50 for runs: {@code gallringskorning}, {@code gallringsakt}, {@code gallringsgrund}. Rows are only ever
 * inserted, and a run's decision set once (the database's triggers refuse anything else).
 */
@Repository
@RequiredArgsConstructor
class Korningsregister {

    private static final String KOLUMNER = """
            id, korningsdag, skapad, skapad_av, regelversion, granskade, forfallna, undantagna, status, godkand_av, godkand,
            bekraftad_av, bekraftad, avvisad_av, avvisad, avvisad_skal, ersatt_av, arkiverar""";

    private final JdbcClient jdbc;

    /** One file of a stored run, as the pages show it. */
    record Akt(
            UUID id,
            UUID personId,
            Aktbedomning.Utfall utfall,
            LocalDate sistaAnteckning,
            LocalDate gallringsdatum,
            LocalDate senast,
            List<Aktbedomning.Grund> grunder) {

        /** Something of the file is due: the destruction attempts it. */
        public boolean forfallen() {
            return utfall == Aktbedomning.Utfall.GALLRAS || utfall == Aktbedomning.Utfall.DELVIS;
        }

        /**
         * The cases the run (as of its day) kept only because of the research exemption, with their numbers: the
         * destruction delivers them to the e-archive (docs/adr/0024).
         */
        public Map<UUID, String> forskningsurval(LocalDate korningsdag) {
            Map<UUID, List<Aktbedomning.Grund>> perArende = new LinkedHashMap<>();
            grunder.forEach(g -> perArende
                    .computeIfAbsent(g.arendeId(), id -> new ArrayList<>())
                    .add(g));
            Map<UUID, String> urval = new LinkedHashMap<>();
            perArende.forEach((arende, arendets) -> {
                if (Aktbedomning.bevarasForForskning(arendets, korningsdag)) {
                    urval.put(arende, arendets.get(0).arendenummer());
                }
            });
            return urval;
        }
    }

    void spara(Korning korning, List<Aktbedomning> akter) {
        jdbc.sql("""
                        insert into gallringskorning (id, korningsdag, skapad, skapad_av, regelversion, granskade, forfallna,
                                                      undantagna, status, arkiverar)
                        values (:id, :dag, :skapad, :av, :version, :granskade, :forfallna, :undantagna, 'FORESLAGEN',
                                :arkiverar)""")
                .param("id", korning.id())
                .param("dag", korning.korningsdag())
                .param("skapad", korning.skapad())
                .param("av", korning.skapadAv())
                .param("version", korning.regelversion())
                .param("granskade", korning.granskade())
                .param("forfallna", korning.forfallna())
                .param("undantagna", korning.undantagna())
                .param("arkiverar", korning.arkiverar())
                .update();
        for (Aktbedomning akt : akter) {
            UUID aktId = UUID.randomUUID();
            jdbc.sql("""
                            insert into gallringsakt (id, korning_id, person_id, utfall, sista_anteckning, gallringsdatum, senast)
                            values (:id, :korning, :person, :utfall, :sista, :datum, :senast)""")
                    .param("id", aktId)
                    .param("korning", korning.id())
                    .param("person", akt.personId())
                    .param("utfall", akt.utfall().name())
                    .param("sista", akt.sistaAnteckning())
                    .param("datum", akt.gallringsdatum())
                    .param("senast", akt.senast())
                    .update();
            for (Aktbedomning.Grund grund : akt.grunder()) {
                jdbc.sql("""
                                insert into gallringsgrund (akt_id, arende_id, arendenummer, slag, regel, kalla, gallras, aktuell,
                                                            tidigast, senast, forfallen)
                                values (:akt, :arende, :nummer, :slag, :regel, :kalla, :gallras, :aktuell, :tidigast, :senast,
                                        :forfallen)""")
                        .param("akt", aktId)
                        .param("arende", grund.arendeId())
                        .param("nummer", grund.arendenummer())
                        .param("slag", grund.slag().name())
                        .param("regel", grund.regel())
                        .param("kalla", grund.kalla())
                        .param("gallras", grund.gallras())
                        .param("aktuell", grund.aktuell())
                        .param("tidigast", grund.tidigast())
                        .param("senast", grund.senast())
                        .param("forfallen", grund.forfallen())
                        .update();
            }
        }
    }

    /** The open runs other than the new one are replaced by it: their content is stale. */
    int ersattOppna(UUID ny) {
        return jdbc.sql("""
                        update gallringskorning set status = 'ERSATT', ersatt_av = :ny
                         where status in ('FORESLAGEN', 'GODKAND') and id <> :ny""").param("ny", ny).update();
    }

    boolean jobbetHarKortDag(LocalDate dag) {
        return jdbc.sql("select count(*) from gallringskorning where korningsdag = :dag and skapad_av = :system")
                        .param("dag", dag)
                        .param("system", Korning.SYSTEM)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Korning> hitta(UUID id) {
        return dar(" from gallringskorning where id = :id", "id", id).optional();
    }

    /** Locked until the transaction ends: two administrators deciding at once decide one after the other. */
    Optional<Korning> lasForBeslut(UUID id) {
        return dar(" from gallringskorning where id = :id for update", "id", id).optional();
    }

    /** The runs, newest first, at most {@code hogst}. */
    List<Korning> senaste(int hogst) {
        return dar(" from gallringskorning order by skapad desc limit :n", "n", hogst)
                .list();
    }

    /** The run that waits for a decision, if any (a new run replaces an older open one, so there is at most one). */
    Optional<Korning> oppen() {
        return dar(" from gallringskorning where status in ('FORESLAGEN', 'GODKAND') " + "order by skapad desc limit 1")
                .optional();
    }

    /** The latest confirmed run: its destruction is what the administrator's page follows. */
    Optional<Korning> senastBekraftad() {
        return dar(" from gallringskorning where status = 'BEKRAFTAD' order by bekraftad desc limit 1")
                .optional();
    }

    void godkand(UUID id, String av, OffsetDateTime nar) {
        jdbc.sql(
                        "update gallringskorning set status = 'GODKAND', godkand_av = :av, godkand = :nar where id = :id and status = 'FORESLAGEN'")
                .param("id", id)
                .param("av", av)
                .param("nar", nar)
                .update();
    }

    void bekraftad(UUID id, String av, OffsetDateTime nar) {
        jdbc.sql(
                        "update gallringskorning set status = 'BEKRAFTAD', bekraftad_av = :av, bekraftad = :nar where id = :id and status = 'GODKAND'")
                .param("id", id)
                .param("av", av)
                .param("nar", nar)
                .update();
    }

    void avvisad(UUID id, String av, OffsetDateTime nar, String skal) {
        jdbc.sql("""
                        update gallringskorning set status = 'AVVISAD', avvisad_av = :av, avvisad = :nar, avvisad_skal = :skal
                         where id = :id and status in ('FORESLAGEN', 'GODKAND')""")
                .param("id", id)
                .param("av", av)
                .param("nar", nar)
                .param("skal", skal)
                .update();
    }

    /** The run's files, due first, then in part, then kept; each with its reasons in case number order. */
    List<Akt> akter(UUID korningId) {
        Map<UUID, List<Aktbedomning.Grund>> grunder = new LinkedHashMap<>();
        jdbc.sql("""
                        select g.akt_id, g.arende_id, g.arendenummer, g.slag, g.regel, g.kalla, g.gallras, g.aktuell, g.tidigast,
                               g.senast, g.forfallen
                          from gallringsgrund g join gallringsakt a on a.id = g.akt_id
                         where a.korning_id = :korning order by g.arendenummer, g.slag""")
                .param("korning", korningId)
                .query((rs, n) -> Map.entry(
                        rs.getObject("akt_id", UUID.class),
                        new Aktbedomning.Grund(
                                rs.getObject("arende_id", UUID.class),
                                rs.getString("arendenummer"),
                                Gallringsslag.valueOf(rs.getString("slag")),
                                rs.getString("regel"),
                                rs.getString("kalla"),
                                rs.getBoolean("gallras"),
                                rs.getObject("aktuell", LocalDate.class),
                                rs.getObject("tidigast", LocalDate.class),
                                rs.getObject("senast", LocalDate.class),
                                rs.getBoolean("forfallen"))))
                .list()
                .forEach(rad -> grunder.computeIfAbsent(rad.getKey(), id -> new ArrayList<>())
                        .add(rad.getValue()));
        return jdbc.sql("""
                        select id, person_id, utfall, sista_anteckning, gallringsdatum, senast from gallringsakt
                         where korning_id = :korning
                         order by case utfall when 'GALLRAS' then 0 when 'DELVIS' then 1 else 2 end, sista_anteckning, id""")
                .param("korning", korningId)
                .query((rs, n) -> new Akt(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        Aktbedomning.Utfall.valueOf(rs.getString("utfall")),
                        rs.getObject("sista_anteckning", LocalDate.class),
                        rs.getObject("gallringsdatum", LocalDate.class),
                        rs.getObject("senast", LocalDate.class),
                        List.copyOf(grunder.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
                .list();
    }

    /** The advisory lock that makes two nodes (or the job and an administrator) run one at a time. */
    void lasKorningar() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('gallring:korning'))")
                .query(Object.class)
                .list();
    }

    private static Korning korning(ResultSet rs, int n) throws SQLException {
        return new Korning(
                rs.getObject("id", UUID.class),
                rs.getObject("korningsdag", LocalDate.class),
                tid(rs, "skapad"),
                rs.getString("skapad_av"),
                rs.getString("regelversion"),
                rs.getInt("granskade"),
                rs.getInt("forfallna"),
                rs.getInt("undantagna"),
                Korning.Status.valueOf(rs.getString("status")),
                rs.getString("godkand_av"),
                tid(rs, "godkand"),
                rs.getString("bekraftad_av"),
                tid(rs, "bekraftad"),
                rs.getString("avvisad_av"),
                tid(rs, "avvisad"),
                rs.getString("avvisad_skal"),
                rs.getObject("ersatt_av", UUID.class),
                rs.getBoolean("arkiverar"));
    }

    private static OffsetDateTime tid(ResultSet rs, String kolumn) throws SQLException {
        OffsetDateTime tid = rs.getObject(kolumn, OffsetDateTime.class);
        return tid == null ? null : tid.atZoneSameInstant(Svensktid.ZON).toOffsetDateTime();
    }

    /** {@code select} {@link #KOLUMNER} with the rest of the query, read by {@code korning}. */
    private JdbcClient.MappedQuerySpec<Korning> dar(String resten) {
        return jdbc.sql("select " + KOLUMNER + resten).query(Korningsregister::korning);
    }

    /** The same with the query's one named parameter bound. */
    private JdbcClient.MappedQuerySpec<Korning> dar(String resten, String namn, Object varde) {
        return jdbc.sql("select " + KOLUMNER + resten).param(namn, varde).query(Korningsregister::korning);
    }
}
