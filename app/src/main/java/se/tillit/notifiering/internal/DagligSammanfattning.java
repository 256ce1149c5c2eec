package se.tillit.notifiering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;
import se.tillit.uppgift.Uppgiftsoversikt;

/**
 * Every working morning, each handläggare with tasks that are overdue or fall due in the coming days gets one
 * e-mail saying how many (no personal data). The job only publishes events; the outbox sends them, so a mail
 * server that is down delays the digest instead of losing it.
 */
@Component
class DagligSammanfattning {

    /** Published per person and day: the same day's digest is the same event. */
    record Sammanfattning(String anvandarnamn, LocalDate dag, long forsenade, long snart) {}

    private final Uppgiftsoversikt uppgifter;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int dagar;

    DagligSammanfattning(
            Uppgiftsoversikt uppgifter,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${tillit.notifiering.sammanfattning-dagar:7}") int dagar) {
        this.uppgifter = uppgifter;
        this.events = events;
        this.clock = clock;
        this.dagar = dagar;
    }

    @Scheduled(cron = "${tillit.notifiering.sammanfattning-cron:0 0 7 * * MON-FRI}", zone = Svensktid.NAMN)
    @Transactional
    void skicka() {
        LocalDate idag = LocalDate.now(clock);
        for (Map.Entry<String, long[]> rad : uppgifter.perTilldelad(dagar).entrySet()) {
            long forsenade = rad.getValue()[0];
            long snart = rad.getValue()[1];
            if (forsenade + snart > 0) {
                events.publishEvent(new Sammanfattning(rad.getKey(), idag, forsenade, snart));
            }
        }
    }
}
