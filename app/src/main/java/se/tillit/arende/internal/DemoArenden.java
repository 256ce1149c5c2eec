package se.tillit.arende.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.arende.Aktualiseringstyp;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.NyAktualisering;
import se.tillit.drift.Svensktid;
import se.tillit.sakerhet.KorSom;

/**
 * Demo profile: a few synthetic cases registered through the use case, by the demo handläggare, so the
 * processes have something to show. Only on a database without cases.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "tillit.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoArenden implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArenden.class);

    private final Arenden arenden;
    private final KorSom korSom;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from arende").query(Long.class).single() > 0) {
            return;
        }
        OffsetDateTime nu = OffsetDateTime.now(clock);
        // the child's anmälan came in today (Swedish time), so its skyddsbedömning is due tonight, not overdue,
        // whatever the hour the demo starts (three hours back crossed midnight between 00:00 and 03:00)
        OffsetDateTime idagMorgon = nu.atZoneSameInstant(Svensktid.ZON)
                .toLocalDate()
                .atStartOfDay(Svensktid.ZON)
                .toOffsetDateTime();
        OffsetDateTime anmalanInkom = nu.minusHours(3).isBefore(idagMorgon) ? idagMorgon : nu.minusHours(3);
        korSom.kor(
                "handlaggare.lss",
                () -> arenden.registrera(
                        new NyAktualisering(
                                "19620830-9838",
                                null,
                                null,
                                Arendetyp.LSS,
                                Aktualiseringstyp.ANSOKAN,
                                nu.minusDays(2),
                                "ANSOKAN_INSATS",
                                "Ansökan om bostad med särskild service",
                                null,
                                "LSS"),
                        "handlaggare.lss"));
        korSom.kor(
                "handlaggare.lss",
                () -> arenden.registrera(
                        new NyAktualisering(
                                "19780214-9810",
                                null,
                                null,
                                Arendetyp.VUXEN,
                                Aktualiseringstyp.ANSOKAN,
                                nu.minusDays(1),
                                "ANSOKAN_INSATS",
                                "Ansökan om boendestöd",
                                null,
                                "VUX"),
                        "handlaggare.lss"));
        korSom.kor(
                "handlaggare.bou",
                () -> arenden.registrera(
                        new NyAktualisering(
                                "20150312-9825",
                                null,
                                null,
                                Arendetyp.BARN_OCH_UNGA,
                                Aktualiseringstyp.ANMALAN,
                                anmalanInkom,
                                "ORO_FOR_BARN",
                                "Orosanmälan från förskolan",
                                "FORSKOLA",
                                "BOU"),
                        "handlaggare.bou"));
        log.info("Demo profile: 3 demo cases registered");
    }
}
