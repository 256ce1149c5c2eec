package se.tillit.gallring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.drift.Svensktid;
import se.tillit.gallring.Aktbedomning;

/**
 * The destruction's tables and the database's grants (V52): {@code gallringsforstoring} with its cases and rows, only ever
 * inserted; {@code gallring_tillat} and {@code gallring_tillat_personen}, which give one transaction what a confirmed run
 * found due, and without which the append-only tables refuse every delete.
 */
@Repository
@RequiredArgsConstructor
class Forstoringsregister {

    private final JdbcClient jdbc;

    /** The database's grant for these cases of the person in this transaction; it fails unless the run found them due. */
    void tillat(UUID korningId, UUID personId, Collection<UUID> arenden) {
        jdbc.sql("select gallring_tillat(:korning, :person, :arenden)")
                .param("korning", korningId)
                .param("person", personId)
                .param("arenden", arenden.toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }

    /** The database's grant for the person row and the person's own history in this transaction. */
    void tillatPersonen(UUID korningId, UUID personId) {
        jdbc.sql("select gallring_tillat_personen(:korning, :person)::text")
                .param("korning", korningId)
                .param("person", personId)
                .query(String.class)
                .list();
    }

    /** One person at a time, whichever node or thread destroys: until the transaction ends. */
    void lasPerson(UUID personId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('gallring:forstoring:' || :person))")
                .param("person", personId.toString())
                .query(Object.class)
                .list();
    }

    /** Whether an attempt for the person in the run destroyed or kept everything already (a failure does not count). */
    boolean klar(UUID korningId, UUID personId) {
        return jdbc.sql("""
                        select exists (select 1 from gallringsforstoring
                                        where korning_id = :korning and person_id = :person and utfall <> 'MISSLYCKAD')""")
                .param("korning", korningId)
                .param("person", personId)
                .query(Boolean.class)
                .single();
    }

    /** The persons of the run with an attempt that did not fail. */
    Set<UUID> klaraPersoner(UUID korningId) {
        return Set.copyOf(jdbc.sql(
                        "select distinct person_id from gallringsforstoring where korning_id = :korning and utfall <> 'MISSLYCKAD'")
                .param("korning", korningId)
                .query(UUID.class)
                .list());
    }

    /** The persons of the run with any attempt at all. */
    Set<UUID> forsoktaPersoner(UUID korningId) {
        return Set.copyOf(jdbc.sql("select distinct person_id from gallringsforstoring where korning_id = :korning")
                .param("korning", korningId)
                .query(UUID.class)
                .list());
    }

    /**
     * The confirmed runs with a person not yet attempted, one with something due or a case kept for the research sample
     * (the job's work after a node stopped mid-run).
     */
    List<UUID> bekraftadeMedKvarvarande() {
        return jdbc.sql("""
                        select k.id from gallringskorning k
                         where k.status = 'BEKRAFTAD'
                           and exists (select 1 from gallringsakt a
                                        where a.korning_id = k.id
                                          and (a.utfall in ('GALLRAS', 'DELVIS')
                                               or k.arkiverar and exists (select 1 from gallringsgrund g where g.akt_id = a.id
                                                           group by g.arende_id
                                                          having bool_and(not g.gallras and g.regel like :forskning
                                                                          and g.aktuell <= k.korningsdag)))
                                          and not exists (select 1 from gallringsforstoring f
                                                           where f.korning_id = k.id and f.person_id = a.person_id))
                         order by k.bekraftad""")
                .param("forskning", Aktbedomning.FORSKNING.replace("_", "\\_") + "%")
                .query(UUID.class)
                .list();
    }

    void spara(Forstoring f) {
        jdbc.sql("""
                        insert into gallringsforstoring (id, korning_id, person_id, utfall, personen_gallrad, loggrader, orsak, detalj,
                                                         startad, klar, arkiv_paket_id, arkiv_sha256, arkiv_levererad)
                        values (:id, :korning, :person, :utfall, :personen, :loggrader, :orsak, :detalj, :startad, :klar,
                                :paket, :sha256, :levererad)""")
                .param("id", f.id())
                .param("korning", f.korningId())
                .param("person", f.personId())
                .param("utfall", f.utfall().name())
                .param("personen", f.personenGallrad())
                .param("loggrader", f.loggrader())
                .param("orsak", f.orsak())
                .param("detalj", f.detalj())
                .param("startad", f.startad())
                .param("klar", f.klar())
                .param("paket", f.arkivering() == null ? null : f.arkivering().paketId())
                .param("sha256", f.arkivering() == null ? null : f.arkivering().sha256())
                .param(
                        "levererad",
                        f.arkivering() == null ? null : f.arkivering().levererad())
                .update();
        for (Forstoring.Arendet a : f.arenden()) {
            jdbc.sql("""
                            insert into gallringsforstoring_arende (forstoring_id, arende_id, arendenummer, gallrat, orsak)
                            values (:f, :arende, :nummer, :gallrat, :orsak)""")
                    .param("f", f.id())
                    .param("arende", a.arendeId())
                    .param("nummer", a.arendenummer())
                    .param("gallrat", a.gallrat())
                    .param("orsak", a.orsak())
                    .update();
        }
        for (Forstoring.Arkivarende a : f.arkivarenden()) {
            jdbc.sql("""
                            insert into gallringsforstoring_arkiv (forstoring_id, arende_id, arendenummer, levererat, orsak)
                            values (:f, :arende, :nummer, :levererat, :orsak)""")
                    .param("f", f.id())
                    .param("arende", a.arendeId())
                    .param("nummer", a.arendenummer())
                    .param("levererat", a.levererat())
                    .param("orsak", a.orsak())
                    .update();
        }
        for (Forstoring.Rad r : f.rader()) {
            jdbc.sql(
                            "insert into gallringsforstoring_rad (forstoring_id, arende_id, slag, antal) values (:f, :arende, :slag, :antal)")
                    .param("f", f.id())
                    .param("arende", r.arendeId())
                    .param("slag", r.slag())
                    .param("antal", r.antal())
                    .update();
        }
    }

    /** Every attempt of the run, oldest first, with its cases and rows. */
    List<Forstoring> forKorning(UUID korningId) {
        Map<UUID, List<Forstoring.Arendet>> arenden = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.forstoring_id, a.arende_id, a.arendenummer, a.gallrat, a.orsak
                          from gallringsforstoring_arende a join gallringsforstoring f on f.id = a.forstoring_id
                         where f.korning_id = :korning order by a.arendenummer""").param("korning", korningId).query(rs -> {
            arenden.computeIfAbsent(rs.getObject("forstoring_id", UUID.class), id -> new ArrayList<>())
                    .add(new Forstoring.Arendet(
                            rs.getObject("arende_id", UUID.class),
                            rs.getString("arendenummer"),
                            rs.getBoolean("gallrat"),
                            rs.getString("orsak")));
        });
        Map<UUID, List<Forstoring.Rad>> rader = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.forstoring_id, r.arende_id, r.slag, r.antal
                          from gallringsforstoring_rad r join gallringsforstoring f on f.id = r.forstoring_id
                         where f.korning_id = :korning""").param("korning", korningId).query(rs -> {
            rader.computeIfAbsent(rs.getObject("forstoring_id", UUID.class), id -> new ArrayList<>())
                    .add(new Forstoring.Rad(
                            rs.getObject("arende_id", UUID.class), rs.getString("slag"), rs.getInt("antal")));
        });
        Map<UUID, List<Forstoring.Arkivarende>> arkivarenden = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.forstoring_id, a.arende_id, a.arendenummer, a.levererat, a.orsak
                          from gallringsforstoring_arkiv a join gallringsforstoring f on f.id = a.forstoring_id
                         where f.korning_id = :korning order by a.arendenummer""").param("korning", korningId).query(rs -> {
            arkivarenden
                    .computeIfAbsent(rs.getObject("forstoring_id", UUID.class), id -> new ArrayList<>())
                    .add(new Forstoring.Arkivarende(
                            rs.getObject("arende_id", UUID.class),
                            rs.getString("arendenummer"),
                            rs.getBoolean("levererat"),
                            rs.getString("orsak")));
        });
        return jdbc.sql("""
                        select id, korning_id, person_id, utfall, personen_gallrad, loggrader, orsak, detalj, startad, klar,
                               arkiv_paket_id, arkiv_sha256, arkiv_levererad
                          from gallringsforstoring where korning_id = :korning order by klar, id""")
                .param("korning", korningId)
                .query((rs, n) -> forstoring(rs, arenden, rader, arkivarenden))
                .list();
    }

    private static Forstoring forstoring(
            ResultSet rs,
            Map<UUID, List<Forstoring.Arendet>> arenden,
            Map<UUID, List<Forstoring.Rad>> rader,
            Map<UUID, List<Forstoring.Arkivarende>> arkivarenden)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String paket = rs.getString("arkiv_paket_id");
        return new Forstoring(
                id,
                rs.getObject("korning_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                Forstoring.Utfall.valueOf(rs.getString("utfall")),
                rs.getBoolean("personen_gallrad"),
                rs.getInt("loggrader"),
                rs.getString("orsak"),
                rs.getString("detalj"),
                tid(rs, "startad"),
                tid(rs, "klar"),
                arenden.getOrDefault(id, List.of()),
                rader.getOrDefault(id, List.of()),
                paket == null
                        ? null
                        : new Forstoring.Arkivering(paket, rs.getString("arkiv_sha256"), tid(rs, "arkiv_levererad")),
                arkivarenden.getOrDefault(id, List.of()));
    }

    private static OffsetDateTime tid(ResultSet rs, String kolumn) throws SQLException {
        OffsetDateTime tid = rs.getObject(kolumn, OffsetDateTime.class);
        return tid == null ? null : tid.atZoneSameInstant(Svensktid.ZON).toOffsetDateTime();
    }
}
