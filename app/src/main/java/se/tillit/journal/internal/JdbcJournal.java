package se.tillit.journal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import se.tillit.journal.Anteckningsslag;
import se.tillit.journal.Journal;
import se.tillit.journal.Journalanteckning;
import se.tillit.journal.Journalbilaga;

/**
 * The journal's tables (V22): only inserts and reads. The database refuses an update or a delete of a note or an
 * attachment, so nothing here could rewrite one.
 */
@Repository
@RequiredArgsConstructor
class JdbcJournal implements Journal {

    private static final ZoneId SVENSK_TID = Svensktid.ZON;

    /**
     * Newest event first: a handläggare opens the journal to see what happened lately before the next step, and the
     * case page's excerpt is the latest notes; a long journal read oldest first would put years of notes above them.
     * Within one day the later signed note comes first.
     */
    private static final String ORDNING = "order by a.handelsedatum desc, a.signerad desc, a.id";

    private static final String ANTECKNING = """
            select a.id, a.arende_id, a.handelsedatum, a.slag, a.text, a.forfattare, coalesce(u.namn, a.forfattare) as namn,
                   a.signerad, a.rattar
              from journalanteckning a left join anvandare u on u.anvandarnamn = a.forfattare
            """;

    private final JdbcClient jdbc;

    /** A note and its attachment's bytes, for the download. */
    record Bilagefil(Journalbilaga bilaga, byte[] innehall) {}

    /** A note to write; its attachments have been checked (type from content, size). */
    record NyRad(
            UUID id,
            UUID arendeId,
            LocalDate handelsedatum,
            Anteckningsslag slag,
            String text,
            String forfattare,
            OffsetDateTime signerad,
            UUID rattar,
            UUID idempotensnyckel,
            List<Bilagekontroll.Godkand> bilagor) {}

    @Override
    public List<Journalanteckning> forArende(UUID arendeId) {
        return komplettera(jdbc.sql(ANTECKNING + " where a.arende_id = :a " + ORDNING)
                .param("a", arendeId)
                .query(JdbcJournal::rad)
                .list());
    }

    @Override
    public java.util.Map<UUID, LocalDate> senasteAnteckning(java.util.Collection<UUID> arendeIds) {
        if (arendeIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, LocalDate> senast = new java.util.HashMap<>();
        jdbc.sql("""
                        select arende_id, max(greatest(handelsedatum, (signerad at time zone 'Europe/Stockholm')::date)) as dag
                          from journalanteckning where arende_id in (:arenden) group by arende_id""")
                .param("arenden", java.util.Set.copyOf(arendeIds))
                .query((rs, n) -> java.util.Map.entry(
                        rs.getObject("arende_id", UUID.class), rs.getObject("dag", LocalDate.class)))
                .list()
                .forEach(rad -> senast.put(rad.getKey(), rad.getValue()));
        return senast;
    }

    @Override
    public List<Journalanteckning> senaste(UUID arendeId, int antal) {
        return komplettera(jdbc.sql(ANTECKNING + " where a.arende_id = :a " + ORDNING + " limit :n")
                .param("a", arendeId)
                .param("n", Math.max(0, antal))
                .query(JdbcJournal::rad)
                .list());
    }

    @Override
    public Optional<byte[]> bilagansInnehall(UUID bilagaId) {
        return jdbc.sql("select innehall from journalbilaga where id = :id")
                .param("id", bilagaId)
                .query((rs, n) -> rs.getBytes("innehall"))
                .optional();
    }

    Optional<Journalanteckning> anteckning(UUID arendeId, UUID id) {
        return komplettera(jdbc.sql(ANTECKNING + " where a.arende_id = :a and a.id = :id")
                        .param("a", arendeId)
                        .param("id", id)
                        .query(JdbcJournal::rad)
                        .list())
                .stream()
                .findFirst();
    }

    /** The note written from the form with this token, if any: a repeated submit finds it. */
    Optional<UUID> medNyckel(UUID idempotensnyckel) {
        return jdbc.sql("select id from journalanteckning where idempotensnyckel = :n")
                .param("n", idempotensnyckel)
                .query(UUID.class)
                .optional();
    }

    Optional<Bilagefil> bilaga(UUID anteckningId, UUID bilagaId) {
        return jdbc.sql("""
                        select id, anteckning_id, filnamn, innehallstyp, storlek, innehall from journalbilaga
                         where anteckning_id = :a and id = :id""")
                .param("a", anteckningId)
                .param("id", bilagaId)
                .query((rs, n) -> new Bilagefil(bilagemetadata(rs), rs.getBytes("innehall")))
                .optional();
    }

    /**
     * Writes the note and its attachments, unless a note with the same token exists (a second submit of one form,
     * also when two arrive at once: the unique token makes the later insert do nothing).
     *
     * @return whether this call wrote the note
     */
    boolean skriv(NyRad ny) {
        boolean skriven = jdbc.sql("""
                        insert into journalanteckning (id, arende_id, handelsedatum, slag, text, forfattare, signerad, rattar,
                                                       idempotensnyckel)
                        values (:id, :arende, :datum, :slag, :text, :forfattare, :signerad, :rattar, :nyckel)
                        on conflict (idempotensnyckel) do nothing""")
                        .param("id", ny.id())
                        .param("arende", ny.arendeId())
                        .param("datum", ny.handelsedatum())
                        .param("slag", ny.slag().name())
                        .param("text", ny.text())
                        .param("forfattare", ny.forfattare())
                        .param("signerad", ny.signerad())
                        .param("rattar", ny.rattar())
                        .param("nyckel", ny.idempotensnyckel())
                        .update()
                == 1;
        if (skriven) {
            int ordning = 0;
            for (Bilagekontroll.Godkand bilaga : ny.bilagor()) {
                jdbc.sql("""
                                insert into journalbilaga (id, anteckning_id, ordning, filnamn, innehallstyp, storlek, sha256, innehall)
                                values (:id, :anteckning, :ordning, :filnamn, :typ, :storlek, :sha256, :innehall)""")
                        .param("id", UUID.randomUUID())
                        .param("anteckning", ny.id())
                        .param("ordning", ordning++)
                        .param("filnamn", bilaga.filnamn())
                        .param("typ", bilaga.innehallstyp())
                        .param("storlek", (long) bilaga.innehall().length)
                        .param("sha256", bilaga.sha256())
                        .param("innehall", bilaga.innehall())
                        .update();
            }
        }
        return skriven;
    }

    /** Adds to each note its attachments and the notes that correct it. */
    private List<Journalanteckning> komplettera(List<Journalanteckning> anteckningar) {
        if (anteckningar.isEmpty()) {
            return anteckningar;
        }
        List<UUID> idn = anteckningar.stream().map(Journalanteckning::id).toList();
        Map<UUID, List<Journalbilaga>> bilagor = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, anteckning_id, filnamn, innehallstyp, storlek from journalbilaga
                         where anteckning_id in (:idn) order by anteckning_id, ordning""")
                .param("idn", idn)
                .query((rs, n) -> bilagemetadata(rs))
                .list()
                .forEach(b -> bilagor.computeIfAbsent(b.anteckningId(), k -> new ArrayList<>())
                        .add(b));
        Map<UUID, List<UUID>> rattelser = new LinkedHashMap<>();
        jdbc.sql("select id, rattar from journalanteckning where rattar in (:idn) order by signerad, id")
                .param("idn", idn)
                .query((rs, n) -> Map.entry(rs.getObject("rattar", UUID.class), rs.getObject("id", UUID.class)))
                .list()
                .forEach(e -> rattelser
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return anteckningar.stream()
                .map(a -> new Journalanteckning(
                        a.id(),
                        a.arendeId(),
                        a.handelsedatum(),
                        a.slag(),
                        a.text(),
                        a.forfattare(),
                        a.forfattarnamn(),
                        a.signerad(),
                        a.rattar(),
                        rattelser.getOrDefault(a.id(), List.of()),
                        bilagor.getOrDefault(a.id(), List.of())))
                .toList();
    }

    private static Journalanteckning rad(ResultSet rs, int n) throws SQLException {
        return new Journalanteckning(
                rs.getObject("id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getObject("handelsedatum", LocalDate.class),
                Anteckningsslag.valueOf(rs.getString("slag")),
                rs.getString("text"),
                rs.getString("forfattare"),
                rs.getString("namn"),
                rs.getObject("signerad", OffsetDateTime.class)
                        .atZoneSameInstant(SVENSK_TID)
                        .toOffsetDateTime(),
                rs.getObject("rattar", UUID.class),
                List.of(),
                List.of());
    }

    private static Journalbilaga bilagemetadata(ResultSet rs) throws SQLException {
        return new Journalbilaga(
                rs.getObject("id", UUID.class),
                rs.getObject("anteckning_id", UUID.class),
                rs.getString("filnamn"),
                rs.getString("innehallstyp"),
                rs.getLong("storlek"));
    }
}
