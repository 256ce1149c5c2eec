package se.tillit.uppgift.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.tillit.uppgift.OppenUppgift;
import se.tillit.uppgift.Uppgiftsoversikt;

@Service
class JdbcUppgiftsoversikt implements Uppgiftsoversikt {

    private final JdbcClient jdbc;

    JdbcUppgiftsoversikt(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OppenUppgift> forArende(UUID arendeId) {
        return jdbc.sql("""
                        select task_id, namn, enhet_kod, kandidatroll, tilldelad, forfaller
                          from uppgift where arende_id = :arende order by forfaller nulls last""")
                .param("arende", arendeId)
                .query((rs, n) -> new OppenUppgift(rs.getString("task_id"), rs.getString("namn"), rs.getString("enhet_kod"),
                        rs.getString("kandidatroll"), rs.getString("tilldelad"), rs.getObject("forfaller", OffsetDateTime.class)))
                .list();
    }
}
