package se.tillit.gallring.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.tillit.gallring.Gallringshinder;

/**
 * The destruction of a confirmed run (issue 18, docs/adr/0024), with the delivery to the e-archive of the files it kept
 * for the research sample (docs/adr/0025): one transaction per person, so that a failure for one
 * person rolls back only that person, is recorded in the report with its reason, and the others go on. It starts in the
 * background as soon as the second administrator has confirmed; a job picks up every confirmed run with a person not yet
 * attempted (a node stopped mid-run), and an administrator may try the failed persons again. Each person is done once:
 * whoever comes second finds the attempt and skips it.
 */
@Service
class Gallringsforstoring {

    private static final Logger log = LoggerFactory.getLogger(Gallringsforstoring.class);
    private static final int LANGSTA_DETALJ = 1000;

    /** What one pass over a run did: files destroyed, kept after all, delivered to the e-archive, failed. */
    record Sammanfattning(int gallrade, int bevarade, int levererade, int misslyckade) {}

    private final Korningsregister korningar;
    private final Forstoringsregister register;
    private final Aktforstoring aktforstoring;
    private final TransactionTemplate egenTransaktion;
    private final Clock clock;
    private final ExecutorService bakgrund = Executors.newSingleThreadExecutor(r -> {
        Thread trad = new Thread(r, "gallring-forstoring");
        trad.setDaemon(true);
        return trad;
    });

    Gallringsforstoring(
            Korningsregister korningar,
            Forstoringsregister register,
            Aktforstoring aktforstoring,
            PlatformTransactionManager transaktioner,
            Clock clock) {
        this.korningar = korningar;
        this.register = register;
        this.aktforstoring = aktforstoring;
        this.egenTransaktion = new TransactionTemplate(transaktioner);
        this.egenTransaktion.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Right after the confirmation has committed: the run's destruction, in the background. */
    void startaIBakgrunden(UUID korningId) {
        bakgrund.submit(() -> {
            try {
                gallra(korningId, false);
            } catch (RuntimeException e) {
                log.error("Gallring run {}: the destruction stopped; the job takes it up again", korningId, e);
            }
        });
    }

    /** Every ten minutes: a confirmed run with a due person never attempted (a node stopped mid-run). */
    @Scheduled(fixedDelayString = "${tillit.gallring.forstoring-intervall:PT10M}", initialDelayString = "PT1M")
    void gallraKvarvarande() {
        register.bekraftadeMedKvarvarande().forEach(id -> gallra(id, false));
    }

    /**
     * Destroys what the confirmed run found due, person by person, each in a transaction of its own.
     *
     * @param igenForMisslyckade also the persons whose earlier attempt failed (an administrator's retry); otherwise only
     *        those never attempted
     */
    Sammanfattning gallra(UUID korningId, boolean igenForMisslyckade) {
        Korning korning = korningar
                .hitta(korningId)
                .filter(k -> k.status() == Korning.Status.BEKRAFTAD)
                .orElseThrow(() -> new IllegalStateException("Gallring run " + korningId + " is not confirmed"));
        Set<UUID> hoppaOver =
                igenForMisslyckade ? register.klaraPersoner(korningId) : register.forsoktaPersoner(korningId);
        List<Korningsregister.Akt> akter = korningar.akter(korningId).stream()
                .filter(a -> a.forfallen() || !korning.attArkivera(a).isEmpty())
                .filter(a -> !hoppaOver.contains(a.personId()))
                .toList();
        int gallrade = 0;
        int bevarade = 0;
        int levererade = 0;
        int misslyckade = 0;
        for (Korningsregister.Akt akt : akter) {
            OffsetDateTime startad = OffsetDateTime.now(clock);
            try {
                Optional<Forstoring> gjord = egenTransaktion.execute(status -> aktforstoring.gallra(korning, akt));
                if (gjord != null && gjord.isPresent()) {
                    if (gjord.get().arkivering() != null) {
                        levererade++;
                    }
                    if (gjord.get().utfall() == Forstoring.Utfall.GALLRAD) {
                        gallrade++;
                    } else if (akt.forfallen()) {
                        bevarade++;
                    }
                }
            } catch (RuntimeException e) {
                misslyckade++;
                misslyckades(korning, akt, startad, e);
            }
        }
        if (!akter.isEmpty()) {
            log.info(
                    "Gallring run {} of {}: {} files destroyed (in whole or in part), {} kept after all, {} delivered to the "
                            + "e-archive, {} failed",
                    korningId,
                    korning.korningsdag(),
                    gallrade,
                    bevarade,
                    levererade,
                    misslyckade);
        }
        return new Sammanfattning(gallrade, bevarade, levererade, misslyckade);
    }

    /** The person's transaction is rolled back: the failure, with its reason, in a transaction of its own. */
    private void misslyckades(Korning korning, Korningsregister.Akt akt, OffsetDateTime startad, RuntimeException e) {
        String orsak = e instanceof Gallringshinder hinder ? hinder.kod() : Forstoring.OVANTAT_FEL;
        String detalj = e instanceof Gallringshinder hinder
                ? hinder.detalj()
                : e.getClass().getSimpleName() + ": "
                        + String.valueOf(mestSpecifik(e).getMessage());
        log.warn(
                "Gallring run {}: person {} failed and was rolled back ({}): {}",
                korning.id(),
                akt.personId(),
                orsak,
                detalj,
                e instanceof Gallringshinder ? null : e);
        egenTransaktion.executeWithoutResult(status -> register.spara(Forstoring.misslyckad(
                korning.id(),
                akt.personId(),
                orsak,
                detalj.length() > LANGSTA_DETALJ ? detalj.substring(0, LANGSTA_DETALJ) : detalj,
                startad,
                OffsetDateTime.now(clock))));
    }

    private static Throwable mestSpecifik(Throwable e) {
        Throwable orsak = e;
        while (orsak.getCause() != null && orsak.getCause() != orsak) {
            orsak = orsak.getCause();
        }
        return orsak;
    }

    @PreDestroy
    void stang() {
        bakgrund.shutdownNow();
    }
}
