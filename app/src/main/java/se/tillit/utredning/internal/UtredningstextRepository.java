package se.tillit.utredning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.utredning.Forslag;
import se.tillit.utredning.Kommunicering;
import se.tillit.utredning.Kommuniceringssatt;
import se.tillit.utredning.Utredningstext;

/** The investigation's versions, proposals, signature and kommuniceringar (V24): rows are only ever added. */
@Repository
@RequiredArgsConstructor
class UtredningstextRepository {

    /** A version as the history lists it. */
    record Versionsrad(int version, OffsetDateTime sparad, String sparadAv, boolean signerad) {}

    private final JdbcClient jdbc;

    Optional<Utredningstext> senaste(UUID utredningId) {
        return dar(" where t.utredning_id = :id order by t.version desc limit 1", "id", utredningId)
                .optional();
    }

    Optional<Utredningstext> signerad(UUID utredningId) {
        return dar(" where t.utredning_id = :id and s.signerad is not null", "id", utredningId)
                .optional();
    }

    List<Versionsrad> versioner(UUID utredningId) {
        return jdbc.sql("""
                        select t.version, t.sparad, t.sparad_av, s.signerad is not null as signerad
                          from utredningstext t left join utredningssignatur s on s.utredningstext_id = t.id
                         where t.utredning_id = :id order by t.version desc""")
                .param("id", utredningId)
                .query((rs, n) -> new Versionsrad(
                        rs.getInt("version"),
                        rs.getObject("sparad", OffsetDateTime.class),
                        rs.getString("sparad_av"),
                        rs.getBoolean("signerad")))
                .list();
    }

    /** Adds a version with its proposal rows; returns its id. */
    UUID sparaVersion(UUID utredningId, int version, Utkast utkast, OffsetDateTime sparad, String av) {
        UUID id = jdbc.sql("""
                        insert into utredningstext (utredning_id, version, begaran, bakgrund, enskildes_syn, bedomning,
                                                    kommunicering_undantag, sparad, sparad_av)
                        values (:utredning, :version, :begaran, :bakgrund, :syn, :bedomning, :undantag, :sparad, :av)
                        returning id""")
                .param("utredning", utredningId)
                .param("version", version)
                .param("begaran", utkast.begaran())
                .param("bakgrund", utkast.bakgrund())
                .param("syn", utkast.enskildesSyn())
                .param("bedomning", utkast.bedomning())
                .param(
                        "undantag",
                        utkast.kommuniceringUndantag() == null
                                ? null
                                : utkast.kommuniceringUndantag().name())
                .param("sparad", sparad)
                .param("av", av)
                .query(UUID.class)
                .single();
        int rad = 1;
        for (Forslag forslag : utkast.forslag()) {
            jdbc.sql("""
                            insert into utredningsforslag (utredningstext_id, rad, insatstyp, utfall, motivering)
                            values (:text, :rad, :insats, :utfall, :motivering)""")
                    .param("text", id)
                    .param("rad", rad++)
                    .param("insats", forslag.insatstyp())
                    .param("utfall", forslag.utfall())
                    .param("motivering", forslag.motivering())
                    .update();
        }
        return id;
    }

    void signera(UUID utredningstextId, UUID utredningId, OffsetDateTime signerad, String av) {
        jdbc.sql("""
                        insert into utredningssignatur (utredningstext_id, utredning_id, signerad, signerad_av)
                        values (:text, :utredning, :signerad, :av)""")
                .param("text", utredningstextId)
                .param("utredning", utredningId)
                .param("signerad", signerad)
                .param("av", av)
                .update();
    }

    List<Kommunicering> kommuniceringar(UUID utredningId) {
        return jdbc.sql("""
                        select k.id, k.utredning_id, k.skickad, k.satt, k.vad, k.svarsfrist, k.registrerad, k.registrerad_av,
                               s.besvarad, s.sammanfattning, coalesce(s.utebliven, false) as utebliven,
                               s.registrerad as svar_registrerat, s.registrerad_av as svar_registrerat_av
                          from kommunicering k left join kommuniceringssvar s on s.kommunicering_id = k.id
                         where k.utredning_id = :id order by k.registrerad, k.id""")
                .param("id", utredningId)
                .query(UtredningstextRepository::kommunicering)
                .list();
    }

    UUID nyKommunicering(UUID utredningId, NyKommunicering ny, OffsetDateTime registrerad, String av) {
        return jdbc.sql("""
                        insert into kommunicering (utredning_id, skickad, satt, vad, registrerad, registrerad_av)
                        values (:utredning, :skickad, :satt, :vad, :registrerad, :av) returning id""")
                .param("utredning", utredningId)
                .param("skickad", ny.skickad())
                .param("satt", ny.satt().name())
                .param("vad", ny.vad())
                .param("registrerad", registrerad)
                .param("av", av)
                .query(UUID.class)
                .single();
    }

    void svar(UUID kommuniceringId, LocalDate besvarad, String sammanfattning, OffsetDateTime registrerad, String av) {
        jdbc.sql("""
                        insert into kommuniceringssvar (kommunicering_id, besvarad, sammanfattning, utebliven, registrerad, registrerad_av)
                        values (:id, :besvarad, :sammanfattning, :utebliven, :registrerad, :av)""")
                .param("id", kommuniceringId)
                .param("besvarad", besvarad)
                .param("sammanfattning", sammanfattning)
                .param("utebliven", besvarad == null)
                .param("registrerad", registrerad)
                .param("av", av)
                .update();
    }

    int sattSvarsfrist(UUID kommuniceringId, LocalDate svarsfrist) {
        return jdbc.sql("update kommunicering set svarsfrist = :frist where id = :id and svarsfrist is null")
                .param("frist", svarsfrist)
                .param("id", kommuniceringId)
                .update();
    }

    private static final String SELECT = """
            select t.id, t.utredning_id, t.version, t.begaran, t.bakgrund, t.enskildes_syn, t.bedomning,
                   t.kommunicering_undantag, t.sparad, t.sparad_av, s.signerad, s.signerad_av
              from utredningstext t left join utredningssignatur s on s.utredningstext_id = t.id""";

    private Utredningstext text(ResultSet rs, int rowNum) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Utredningstext(
                id,
                rs.getObject("utredning_id", UUID.class),
                rs.getInt("version"),
                rs.getString("begaran"),
                rs.getString("bakgrund"),
                rs.getString("enskildes_syn"),
                rs.getString("bedomning"),
                forslag(id),
                rs.getString("kommunicering_undantag"),
                rs.getObject("sparad", OffsetDateTime.class),
                rs.getString("sparad_av"),
                rs.getObject("signerad", OffsetDateTime.class),
                rs.getString("signerad_av"));
    }

    private List<Forslag> forslag(UUID utredningstextId) {
        return jdbc.sql(
                        "select insatstyp, utfall, motivering from utredningsforslag where utredningstext_id = :id order by rad")
                .param("id", utredningstextId)
                .query((rs, n) ->
                        new Forslag(rs.getString("insatstyp"), rs.getString("utfall"), rs.getString("motivering")))
                .list();
    }

    private static Kommunicering kommunicering(ResultSet rs, int rowNum) throws SQLException {
        return new Kommunicering(
                rs.getObject("id", UUID.class),
                rs.getObject("utredning_id", UUID.class),
                rs.getObject("skickad", LocalDate.class),
                Kommuniceringssatt.valueOf(rs.getString("satt")),
                rs.getString("vad"),
                rs.getObject("svarsfrist", LocalDate.class),
                rs.getObject("registrerad", OffsetDateTime.class),
                rs.getString("registrerad_av"),
                rs.getObject("besvarad", LocalDate.class),
                rs.getString("sammanfattning"),
                rs.getBoolean("utebliven"),
                rs.getObject("svar_registrerat", OffsetDateTime.class),
                rs.getString("svar_registrerat_av"));
    }

    /** {@link #SELECT} with the rest of the query, its one named parameter bound, read by {@code text}. */
    private JdbcClient.MappedQuerySpec<Utredningstext> dar(String resten, String namn, Object varde) {
        return jdbc.sql(SELECT + resten).param(namn, varde).query(this::text);
    }
}
