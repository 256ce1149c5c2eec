package se.tillit.notifiering.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.tillit.notifiering.Utskickshistorik;

@Service
@RequiredArgsConstructor
class JdbcUtskickshistorik implements Utskickshistorik {

    private final JdbcClient jdbc;

    @Override
    public List<Utskick> forArende(UUID arendeId) {
        return jdbc.sql("select skickad, mottagare, slag from skickad_epost where arende_id = :a order by skickad")
                .param("a", arendeId)
                .query((rs, n) -> new Utskick(
                        rs.getObject("skickad", OffsetDateTime.class), rs.getString("mottagare"), rs.getString("slag")))
                .list();
    }
}
