package se.tillit.arkiv.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.arkiv.Leveranskvitto;
import se.tillit.drift.Svensktid;

/** The table arkivleverans (V53): written once per delivery, read for the page; the database refuses any change. */
@Repository
@RequiredArgsConstructor
class Leveransregister {

    private final JdbcClient jdbc;

    /** @param arenden the cases the package holds (V55: a later run does not deliver them again) */
    void spara(Leveranskvitto k, Collection<UUID> arenden) {
        Leveranskvitto.Antal a = k.antal();
        jdbc.sql("""
                        insert into arkivleverans (id, person_id, paket_id, filnamn, sha256, storlek, antal_arenden, antal_beslut,
                                                   antal_brev, antal_brev_pdfa, antal_anteckningar, antal_bilagor,
                                                   antal_historikrader, antal_filer, skal, levererad_av, levererad, arenden)
                        values (:id, :person, :paket, :filnamn, :sha256, :storlek, :arenden, :beslut, :brev, :brevPdfA,
                                :anteckningar, :bilagor, :historik, :filer, :skal, :av, :levererad, :arendena)""")
                .param("id", k.id())
                .param("person", k.personId())
                .param("paket", k.paketId())
                .param("filnamn", k.filnamn())
                .param("sha256", k.sha256())
                .param("storlek", k.storlek())
                .param("arenden", a.arenden())
                .param("beslut", a.beslut())
                .param("brev", a.brev())
                .param("brevPdfA", a.brevPdfA())
                .param("anteckningar", a.anteckningar())
                .param("bilagor", a.bilagor())
                .param("historik", a.historikrader())
                .param("filer", a.filer())
                .param("skal", k.skal())
                .param("av", k.levereradAv())
                .param("levererad", k.levererad())
                .param("arendena", arenden.toArray(UUID[]::new))
                .update();
    }

    List<Leveranskvitto> senaste(int max) {
        return jdbc.sql("select * from arkivleverans order by levererad desc, id limit :max")
                .param("max", Math.max(1, Math.min(max, 10_000)))
                .query((rs, n) -> kvitto(rs))
                .list();
    }

    /** The person's delivered cases, each with its latest delivery (Swedish time). */
    Map<UUID, OffsetDateTime> levereradeArenden(UUID personId) {
        Map<UUID, OffsetDateTime> levererade = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.arende_id, max(l.levererad) as levererad
                          from arkivleverans l cross join lateral unnest(l.arenden) as a(arende_id)
                         where l.person_id = :person group by a.arende_id order by a.arende_id""").param("person", personId).query(rs -> {
            levererade.put(
                    rs.getObject("arende_id", UUID.class),
                    Svensktid.svensk(rs.getObject("levererad", OffsetDateTime.class)));
        });
        return levererade;
    }

    private static Leveranskvitto kvitto(ResultSet rs) throws SQLException {
        return new Leveranskvitto(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("paket_id"),
                rs.getString("filnamn"),
                rs.getString("sha256"),
                rs.getLong("storlek"),
                new Leveranskvitto.Antal(
                        rs.getInt("antal_arenden"),
                        rs.getInt("antal_beslut"),
                        rs.getInt("antal_brev"),
                        rs.getInt("antal_brev_pdfa"),
                        rs.getInt("antal_anteckningar"),
                        rs.getInt("antal_bilagor"),
                        rs.getInt("antal_historikrader"),
                        rs.getInt("antal_filer")),
                rs.getString("levererad_av"),
                Svensktid.svensk(rs.getObject("levererad", OffsetDateTime.class)),
                rs.getString("skal"));
    }
}
