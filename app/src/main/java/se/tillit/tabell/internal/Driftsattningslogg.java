package se.tillit.tabell.internal;

import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code tabellversion}: who deployed which version of a decision table, from which file. */
@Repository
@RequiredArgsConstructor
class Driftsattningslogg {

    record Rad(
            String beslutsnyckel,
            int version,
            String deploymentId,
            String filnamn,
            String sha256,
            OffsetDateTime driftsatt,
            String driftsattAv) {}

    private final JdbcClient jdbc;

    void spara(Rad rad) {
        jdbc.sql("""
                        insert into tabellversion (beslutsnyckel, version, deployment_id, filnamn, sha256, driftsatt, driftsatt_av)
                        values (:nyckel, :version, :deployment, :filnamn, :sha256, :driftsatt, :av)""")
                .param("nyckel", rad.beslutsnyckel())
                .param("version", rad.version())
                .param("deployment", rad.deploymentId())
                .param("filnamn", rad.filnamn())
                .param("sha256", rad.sha256())
                .param("driftsatt", rad.driftsatt())
                .param("av", rad.driftsattAv())
                .update();
    }

    List<Rad> alla() {
        return jdbc.sql("""
                        select beslutsnyckel, version, deployment_id, filnamn, sha256, driftsatt, driftsatt_av
                          from tabellversion order by driftsatt desc""")
                .query((rs, n) -> new Rad(
                        rs.getString("beslutsnyckel"),
                        rs.getInt("version"),
                        rs.getString("deployment_id"),
                        rs.getString("filnamn"),
                        rs.getString("sha256"),
                        rs.getObject("driftsatt", OffsetDateTime.class),
                        rs.getString("driftsatt_av")))
                .list();
    }
}
