package se.tillit.verkstallighet.internal;

import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;

/**
 * The ends that come with the date alone (a decision's validity out, an avslut dated ahead): stored on the orders each
 * night just after midnight, Swedish time, and once when a node starts, so that a night no node ran is caught up.
 * Every node runs it (ADR 14: no leader); a transaction-scoped advisory lock lets one node do the work while another
 * that starts at the same moment skips it, and the work is idempotent besides.
 */
@Component
@RequiredArgsConstructor
class DagligaBestallningsslut {

    private static final Logger log = LoggerFactory.getLogger(DagligaBestallningsslut.class);

    private final Bestallningstillstand tillstand;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Scheduled(cron = "${tillit.verkstallighet.slut-cron:0 1 0 * * *}", zone = Svensktid.NAMN)
    @Transactional
    void varjeNatt() {
        avsluta(LocalDate.now(clock));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void vidStart() {
        avsluta(LocalDate.now(clock));
    }

    /** @return the orders ended, or -1 when another node held the night's lock */
    int avsluta(LocalDate idag) {
        boolean var = Boolean.TRUE.equals(
                jdbc.sql("select pg_try_advisory_xact_lock(hashtext('verkstallighet:bestallningsslut'))")
                        .query(Boolean.class)
                        .single());
        if (!var) {
            log.info("Orders ending {}: another node is storing them", idag);
            return -1;
        }
        int avslutade = tillstand.avslutaDeVarsSlutKommit(idag);
        log.info("Orders ending by {}: {} stored as ended", idag, avslutade);
        return avslutade;
    }
}
