package se.tillit.notifiering.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Submits the outbox's incomplete publications again (the mail server was down), until they succeed. */
@Configuration
@EnableScheduling
class Omforsok {

    private final IncompleteEventPublications ofullstandiga;
    private final Duration alder;

    Omforsok(
            IncompleteEventPublications ofullstandiga,
            @Value("${tillit.notifiering.omforsok-efter:PT1M}") Duration alder) {
        this.ofullstandiga = ofullstandiga;
        this.alder = alder;
    }

    @Scheduled(fixedDelayString = "${tillit.notifiering.omforsok-intervall:PT1M}", initialDelayString = "PT1M")
    void forsokIgen() {
        ofullstandiga.resubmitIncompletePublicationsOlderThan(alder);
    }
}
