package se.tillit.tabell.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code tabellandring} (V34): changes of legal deadline tables and how each was decided. */
@Repository
@RequiredArgsConstructor
class Andringsregister {

    private static final String KOLUMNER = """
            id, beslutsnyckel, filnamn, sha256, foreslagen_av, foreslagen, status, avgjord_av, avgjord, skal,
            deployment_id, version""";

    private final JdbcClient jdbc;

    void foresla(
            UUID id, String beslutsnyckel, String filnamn, String sha256, byte[] fil, String av, OffsetDateTime nar) {
        jdbc.sql("""
                insert into tabellandring (id, beslutsnyckel, filnamn, sha256, fil, foreslagen_av, foreslagen, status)
                values (:id, :nyckel, :filnamn, :sha256, :fil, :av, :nar, 'VANTAR')""")
                .param("id", id)
                .param("nyckel", beslutsnyckel)
                .param("filnamn", filnamn)
                .param("sha256", sha256)
                .param("fil", fil)
                .param("av", av)
                .param("nar", nar)
                .update();
    }

    boolean vantarFor(String beslutsnyckel) {
        return jdbc.sql("select count(*) from tabellandring where beslutsnyckel = :n and status = 'VANTAR'")
                        .param("n", beslutsnyckel)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Locks the row: two administrators deciding at once decide one after the other, and the second sees it decided. */
    Optional<Tabellandring> lasForBeslut(UUID id) {
        return dar(" from tabellandring where id = :id for update", "id", id).optional();
    }

    Optional<Tabellandring> hitta(UUID id) {
        return dar(" from tabellandring where id = :id", "id", id).optional();
    }

    Optional<byte[]> fil(UUID id) {
        return jdbc.sql("select fil from tabellandring where id = :id")
                .param("id", id)
                .query(byte[].class)
                .optional();
    }

    byte[] filForBeslut(UUID id) {
        return jdbc.sql("select fil from tabellandring where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    void godkand(UUID id, String av, OffsetDateTime nar, String deploymentId, int version) {
        jdbc.sql("""
                update tabellandring set status = 'GODKAND', avgjord_av = :av, avgjord = :nar, deployment_id = :d,
                       version = :v where id = :id and status = 'VANTAR'""")
                .param("id", id)
                .param("av", av)
                .param("nar", nar)
                .param("d", deploymentId)
                .param("v", version)
                .update();
    }

    void avvisad(UUID id, String av, OffsetDateTime nar, String skal) {
        jdbc.sql("""
                update tabellandring set status = 'AVVISAD', avgjord_av = :av, avgjord = :nar, skal = :skal
                 where id = :id and status = 'VANTAR'""")
                .param("id", id)
                .param("av", av)
                .param("nar", nar)
                .param("skal", skal)
                .update();
    }

    /** The waiting changes, oldest first, and the latest decided ones (at most {@code avgjorda}), newest first. */
    List<Tabellandring> vantande() {
        return dar(" from tabellandring where status = 'VANTAR' order by foreslagen")
                .list();
    }

    List<Tabellandring> senastAvgjorda(int hogst) {
        return jdbc.sql("select " + KOLUMNER
                        + " from tabellandring where status <> 'VANTAR' order by avgjord desc limit :n")
                .param("n", hogst)
                .query(Andringsregister::rad)
                .list();
    }

    private static Tabellandring rad(ResultSet rs, int n) throws SQLException {
        return new Tabellandring(
                rs.getObject("id", UUID.class),
                rs.getString("beslutsnyckel"),
                rs.getString("filnamn"),
                rs.getString("sha256"),
                rs.getString("foreslagen_av"),
                rs.getObject("foreslagen", OffsetDateTime.class),
                Tabellandring.Status.valueOf(rs.getString("status")),
                rs.getString("avgjord_av"),
                rs.getObject("avgjord", OffsetDateTime.class),
                rs.getString("skal"),
                rs.getString("deployment_id"),
                (Integer) rs.getObject("version"));
    }

    /** {@code select} {@link #KOLUMNER} with the rest of the query, read by {@code rad}. */
    private JdbcClient.MappedQuerySpec<Tabellandring> dar(String resten) {
        return jdbc.sql("select " + KOLUMNER + resten).query(Andringsregister::rad);
    }

    /** The same with the query's one named parameter bound. */
    private JdbcClient.MappedQuerySpec<Tabellandring> dar(String resten, String namn, Object varde) {
        return jdbc.sql("select " + KOLUMNER + resten).param(namn, varde).query(Andringsregister::rad);
    }
}
