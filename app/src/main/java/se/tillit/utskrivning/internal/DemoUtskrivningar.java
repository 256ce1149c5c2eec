package se.tillit.utskrivning.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.utskrivning.Meddelandetyp;

/**
 * Demo profile: one patient in hospital, as the region's system would have told us, ready for discharge since
 * yesterday and not yet called to SIP, so the unit's list, the planning task and the stay's page have something to
 * show. The demo person Karl Demosson (a made-up number of Skatteverket's test series), whose open LSS case takes the inskrivningsmeddelande (R14). Only once per database.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "tillit.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoUtskrivningar implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUtskrivningar.class);

    private final UtskrivningTjanst utskrivningar;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from utskrivningsmeddelande where meddelande_id like 'demo-%'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        OffsetDateTime nu = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        utskrivningar.taEmot(
                new RegionMeddelande(
                        "demo-inskrivning-1",
                        Meddelandetyp.INSKRIVNING,
                        "DEMO-VT-1",
                        nu.minusDays(4),
                        "19620830-9838",
                        null,
                        null,
                        nu.minusDays(4).minusHours(1),
                        "Demosjukhuset, avdelning 7",
                        "SOMATISK",
                        nu.plusDays(1).toLocalDate(),
                        null),
                "region");
        utskrivningar.taEmot(
                new RegionMeddelande(
                        "demo-utskrivningsklar-1",
                        Meddelandetyp.UTSKRIVNINGSKLAR,
                        "DEMO-VT-1",
                        nu.minusDays(1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                "region");
        log.info("Demo profile: one hospital stay from the region (/utskrivningar)");
    }
}
