package se.tillit.gallring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.drift.Svensktid;

/** The table {@code gallringsstopp} (V50): legal holds, set and lifted, never removed. */
@Repository
@RequiredArgsConstructor
class Stoppregister {

    /** A hold; {@code havt} null while it holds. */
    record Stopp(
            UUID id,
            UUID personId,
            String skal,
            String sattAv,
            OffsetDateTime satt,
            String havtAv,
            OffsetDateTime havt,
            String havtSkal) {

        boolean aktivt() {
            return havt == null;
        }
    }

    private static final String KOLUMNER = "id, person_id, skal, satt_av, satt, havt_av, havt, havt_skal";

    private final JdbcClient jdbc;

    void satt(UUID id, UUID personId, String skal, String av, OffsetDateTime nar) {
        jdbc.sql(
                        "insert into gallringsstopp (id, person_id, skal, satt_av, satt) values (:id, :person, :skal, :av, :nar)")
                .param("id", id)
                .param("person", personId)
                .param("skal", skal)
                .param("av", av)
                .param("nar", nar)
                .update();
    }

    void havt(UUID id, String skal, String av, OffsetDateTime nar) {
        jdbc.sql(
                        "update gallringsstopp set havt = :nar, havt_av = :av, havt_skal = :skal where id = :id and havt is null")
                .param("id", id)
                .param("skal", skal)
                .param("av", av)
                .param("nar", nar)
                .update();
    }

    Optional<Stopp> aktivtFor(UUID personId) {
        return dar(" from gallringsstopp where person_id = :p and havt is null", "p", personId)
                .optional();
    }

    /** Locked until the transaction ends, so a hold is lifted once. */
    Optional<Stopp> lasForHavning(UUID id) {
        return dar(" from gallringsstopp where id = :id for update", "id", id).optional();
    }

    /** The persons whose file is held now. */
    Set<UUID> aktivaPersoner() {
        return Set.copyOf(jdbc.sql("select person_id from gallringsstopp where havt is null")
                .query(UUID.class)
                .list());
    }

    List<Stopp> aktiva() {
        return dar(" from gallringsstopp where havt is null order by satt desc").list();
    }

    /** The holds lifted lately, newest first. */
    List<Stopp> senastHavda(int hogst) {
        return jdbc.sql("select " + KOLUMNER
                        + " from gallringsstopp where havt is not null order by havt desc limit :n")
                .param("n", hogst)
                .query(Stoppregister::stopp)
                .list();
    }

    private static Stopp stopp(ResultSet rs, int n) throws SQLException {
        return new Stopp(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("skal"),
                rs.getString("satt_av"),
                tid(rs, "satt"),
                rs.getString("havt_av"),
                tid(rs, "havt"),
                rs.getString("havt_skal"));
    }

    private static OffsetDateTime tid(ResultSet rs, String kolumn) throws SQLException {
        OffsetDateTime tid = rs.getObject(kolumn, OffsetDateTime.class);
        return tid == null ? null : tid.atZoneSameInstant(Svensktid.ZON).toOffsetDateTime();
    }

    /** {@code select} {@link #KOLUMNER} with the rest of the query, read by {@code stopp}. */
    private JdbcClient.MappedQuerySpec<Stopp> dar(String resten) {
        return jdbc.sql("select " + KOLUMNER + resten).query(Stoppregister::stopp);
    }

    /** The same with the query's one named parameter bound. */
    private JdbcClient.MappedQuerySpec<Stopp> dar(String resten, String namn, Object varde) {
        return jdbc.sql("select " + KOLUMNER + resten).param(namn, varde).query(Stoppregister::stopp);
    }
}
