package se.tillit.notifiering.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * /actuator/utskick for ADMIN: how many events wait in the outbox (e-mails not yet sent) and since when,
 * and how many e-mails were sent. A growing backlog means the mail server is unreachable.
 */
@Component
@Endpoint(id = "utskick")
@RequiredArgsConstructor
class UtskickEndpoint {

    private final JdbcClient jdbc;

    @ReadOperation
    Map<String, Object> status() {
        long vantande = jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
        OffsetDateTime aldsta = jdbc.sql(
                        "select min(publication_date) from event_publication where completion_date is null")
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
        long skickade =
                jdbc.sql("select count(*) from skickad_epost").query(Long.class).single();
        return Map.of(
                "vantande",
                vantande,
                "aldstaVantande",
                aldsta == null ? "" : aldsta.toString(),
                "skickadeEpost",
                skickade);
    }
}
