package se.tillit.arende.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.arende.Arende;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.Avslutsorsak;
import se.tillit.arende.NyAktualisering;
import se.tillit.arende.Utfall;

@Repository
@RequiredArgsConstructor
class ArendeRepository {

    private static final String ARENDE_KOLUMNER =
            "id, arendenummer, person_id, arendetyp, enhet_kod, status, oppnat, avslutat, avslutsorsak";

    private final JdbcClient jdbc;

    /**
     * Opens a case unless the person has an open one of the type; one statement, so two simultaneous
     * registrations end in one case (the partial unique index decides).
     *
     * @return the id of the new case, or empty when an open one exists
     */
    Optional<UUID> oppnaOmIngetOppet(
            UUID personId, Arendetyp typ, String enhet, OffsetDateTime oppnat, int ar, String av) {
        return jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                        values (:ar || '-' || lpad(nextval('arendenummer_seq')::text, 6, '0'),
                                :person, :typ, :enhet, :oppnat, :av)
                        on conflict (person_id, arendetyp, enhet_kod) where status = 'OPPET' do nothing
                        returning id""")
                .param("ar", String.valueOf(ar))
                .param("person", personId)
                .param("typ", typ.name())
                .param("enhet", enhet)
                .param("oppnat", oppnat)
                .param("av", av)
                .query(UUID.class)
                .optional();
    }

    /** The person's open case of this type in this unit: never another unit's (issue 16). */
    Optional<Arende> oppet(UUID personId, Arendetyp typ, String enhet) {
        return jdbc.sql("select " + ARENDE_KOLUMNER + " from arende where person_id = :person and arendetyp = :typ"
                        + " and enhet_kod = :enhet and status = 'OPPET'")
                .param("person", personId)
                .param("typ", typ.name())
                .param("enhet", enhet)
                .query(ArendeRepository::arende)
                .optional();
    }

    Optional<Arende> medNummer(String arendenummer) {
        return jdbc.sql("select " + ARENDE_KOLUMNER + " from arende where arendenummer = :n")
                .param("n", arendenummer)
                .query(ArendeRepository::arende)
                .optional();
    }

    java.util.List<Arende> forPerson(UUID personId) {
        return jdbc.sql("select " + ARENDE_KOLUMNER + " from arende where person_id = :person order by oppnat desc")
                .param("person", personId)
                .query(ArendeRepository::arende)
                .list();
    }

    java.util.List<Arende> forPersoner(java.util.Collection<UUID> personIds) {
        return jdbc.sql("select " + ARENDE_KOLUMNER
                        + " from arende where person_id in (:personer) order by person_id, oppnat")
                .param("personer", java.util.Set.copyOf(personIds))
                .query(ArendeRepository::arende)
                .list();
    }

    java.util.List<Arende> forPerson(UUID personId, Arendetyp typ) {
        return jdbc.sql("select " + ARENDE_KOLUMNER
                        + " from arende where person_id = :person and arendetyp = :typ order by oppnat")
                .param("person", personId)
                .param("typ", typ.name())
                .query(ArendeRepository::arende)
                .list();
    }

    Optional<Arende> hitta(UUID id) {
        return jdbc.sql("select " + ARENDE_KOLUMNER + " from arende where id = :id")
                .param("id", id)
                .query(ArendeRepository::arende)
                .optional();
    }

    /** R14: the latest case of the person and type that closed at or after {@code sedan}. */
    Optional<UUID> senastAvslutat(UUID personId, Arendetyp typ, String enhet, OffsetDateTime sedan) {
        return jdbc.sql("""
                        select id from arende
                         where person_id = :person and arendetyp = :typ and enhet_kod = :enhet and status = 'AVSLUTAT'
                           and avslutat >= :sedan
                         order by avslutat desc limit 1""")
                .param("person", personId)
                .param("typ", typ.name())
                .param("enhet", enhet)
                .param("sedan", sedan)
                .query(UUID.class)
                .optional();
    }

    UUID skapaAktualisering(UUID arendeId, NyAktualisering ny, UUID tidigareArendeId, String av) {
        return jdbc.sql("""
                        insert into aktualisering (arende_id, typ, inkom, orsakskod, beskrivning, anmalartyp,
                                                   tidigare_arende_id, skapad_av)
                        values (:arende, :typ, :inkom, :orsakskod, :beskrivning, :anmalartyp, :tidigare, :av)
                        returning id""")
                .param("arende", arendeId)
                .param("typ", ny.typ().name())
                .param("inkom", ny.inkom())
                .param("orsakskod", ny.orsakskod())
                .param("beskrivning", ny.beskrivning())
                .param("anmalartyp", ny.anmalartyp())
                .param("tidigare", tidigareArendeId)
                .param("av", av)
                .query(UUID.class)
                .single();
    }

    /** @return rows changed: 0 when the outcome was already recorded */
    int registreraUtfall(UUID aktualiseringId, Utfall utfall, String motivering, OffsetDateTime nar, String av) {
        return jdbc.sql("""
                        update aktualisering set utfall = :utfall, utfall_motivering = :motivering,
                                                 utfall_registrerat = :nar, utfall_av = :av
                         where id = :id and utfall is null""")
                .param("utfall", utfall.name())
                .param("motivering", motivering)
                .param("nar", nar)
                .param("av", av)
                .param("id", aktualiseringId)
                .update();
    }

    record AktualiseringRad(UUID id, UUID arendeId, String typ, OffsetDateTime inkom, String utfall) {}

    Optional<AktualiseringRad> aktualisering(UUID id) {
        return aktualisering(id, "");
    }

    /**
     * The row locked until the transaction ends: two requests for the same aktualisering (on one node or two) take
     * turns, and the second sees what the first committed, its process step included (issue 9).
     */
    Optional<AktualiseringRad> aktualiseringForUppdatering(UUID id) {
        return aktualisering(id, " for update");
    }

    private Optional<AktualiseringRad> aktualisering(UUID id, String las) {
        return jdbc.sql("select id, arende_id, typ, inkom, utfall from aktualisering where id = :id" + las)
                .param("id", id)
                .query((rs, n) -> new AktualiseringRad(
                        rs.getObject("id", UUID.class),
                        rs.getObject("arende_id", UUID.class),
                        rs.getString("typ"),
                        tid(rs, "inkom"),
                        rs.getString("utfall")))
                .optional();
    }

    Optional<java.time.LocalDate> senasteForlangdaForhandsbedomningsfrist(UUID aktualiseringId) {
        return jdbc.sql("select max(ny_frist) from forhandsbedomning_forlangning where aktualisering_id = :id")
                .param("id", aktualiseringId)
                .query(java.time.LocalDate.class)
                .optional();
    }

    void forlangForhandsbedomning(UUID aktualiseringId, se.tillit.arende.ForlangningAvForhandsbedomning f, String av) {
        jdbc.sql("""
                        insert into forhandsbedomning_forlangning (aktualisering_id, beslutsdatum, skal, beslutad_av, ny_frist, skapad_av)
                        values (:akt, :beslutsdatum, :skal, :av, :nyFrist, :av)""")
                .param("akt", aktualiseringId)
                .param("beslutsdatum", f.beslutsdatum())
                .param("skal", f.skal().strip())
                .param("av", av)
                .param("nyFrist", f.nyFrist())
                .update();
    }

    java.util.List<se.tillit.arende.ForlangdForhandsbedomning> forlangningarAvForhandsbedomning(UUID aktualiseringId) {
        return jdbc.sql("""
                        select beslutsdatum, skal, beslutad_av, ny_frist from forhandsbedomning_forlangning
                         where aktualisering_id = :id order by skapad""")
                .param("id", aktualiseringId)
                .query((rs, n) -> new se.tillit.arende.ForlangdForhandsbedomning(
                        rs.getObject("beslutsdatum", java.time.LocalDate.class),
                        rs.getString("skal"),
                        rs.getString("beslutad_av"),
                        rs.getObject("ny_frist", java.time.LocalDate.class)))
                .list();
    }

    java.util.List<se.tillit.arende.Aktualisering> aktualiseringar(UUID arendeId) {
        return jdbc.sql("""
                        select id, typ, inkom, orsakskod, utfall, utfall_registrerat, utfall_av, tidigare_arende_id,
                               skapad_av
                          from aktualisering where arende_id = :arende order by inkom""")
                .param("arende", arendeId)
                .query(ArendeRepository::aktualisering)
                .list();
    }

    java.util.Map<UUID, java.util.List<se.tillit.arende.Aktualisering>> aktualiseringar(
            java.util.Collection<UUID> arendeIds) {
        java.util.Map<UUID, java.util.List<se.tillit.arende.Aktualisering>> perArende = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select arende_id, id, typ, inkom, orsakskod, utfall, utfall_registrerat, utfall_av, tidigare_arende_id,
                               skapad_av
                          from aktualisering where arende_id in (:arenden) order by arende_id, inkom""")
                .param("arenden", java.util.Set.copyOf(arendeIds))
                .query((rs, n) -> java.util.Map.entry(rs.getObject("arende_id", UUID.class), aktualisering(rs, n)))
                .list()
                .forEach(rad -> perArende
                        .computeIfAbsent(rad.getKey(), id -> new java.util.ArrayList<>())
                        .add(rad.getValue()));
        return perArende;
    }

    private static se.tillit.arende.Aktualisering aktualisering(ResultSet rs, int n) throws SQLException {
        return new se.tillit.arende.Aktualisering(
                rs.getObject("id", UUID.class),
                se.tillit.arende.Aktualiseringstyp.valueOf(rs.getString("typ")),
                tid(rs, "inkom"),
                rs.getString("orsakskod"),
                rs.getString("utfall") == null ? null : Utfall.valueOf(rs.getString("utfall")),
                tid(rs, "utfall_registrerat"),
                rs.getString("utfall_av"),
                rs.getObject("tidigare_arende_id", UUID.class),
                rs.getString("skapad_av"));
    }

    boolean aktualiseringFinns(UUID aktualiseringId) {
        return jdbc.sql("select count(*) from aktualisering where id = :id")
                        .param("id", aktualiseringId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    int avsluta(UUID arendeId, Avslutsorsak orsak, OffsetDateTime nar, String av) {
        return jdbc.sql("""
                        update arende set status = 'AVSLUTAT', avslutat = :nar, avslutsorsak = :orsak,
                                          andrad = :nar, andrad_av = :av
                         where id = :id and status = 'OPPET'""")
                .param("nar", nar)
                .param("orsak", orsak.name())
                .param("av", av)
                .param("id", arendeId)
                .update();
    }

    private static Arende arende(ResultSet rs, int rowNum) throws SQLException {
        String orsak = rs.getString("avslutsorsak");
        return new Arende(
                rs.getObject("id", UUID.class),
                rs.getString("arendenummer"),
                rs.getObject("person_id", UUID.class),
                Arendetyp.valueOf(rs.getString("arendetyp")),
                rs.getString("enhet_kod"),
                "OPPET".equals(rs.getString("status")),
                tid(rs, "oppnat"),
                tid(rs, "avslutat"),
                orsak == null ? null : Avslutsorsak.valueOf(orsak));
    }

    private static OffsetDateTime tid(ResultSet rs, String kolumn) throws SQLException {
        // Swedish time, as people read it; the instant is the same
        return se.tillit.drift.Svensktid.svensk(rs.getObject(kolumn, OffsetDateTime.class));
    }
}
