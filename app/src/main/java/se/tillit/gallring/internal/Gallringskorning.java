package se.tillit.gallring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsregler;
import se.tillit.person.Person;
import se.tillit.person.Personregister;

/**
 * The gallring proposal (issue 18): every person's file judged on a day by the table in use, and the files that have come
 * up stored as one run with their reasons. The monthly job runs it on the first of the month; an ADMIN may run it on the
 * page. A new run replaces an older one that was not yet confirmed. Nothing is destroyed here.
 */
@Service
@RequiredArgsConstructor
class Gallringskorning {

    private static final Logger log = LoggerFactory.getLogger(Gallringskorning.class);
    /** Persons read per round: a few queries per module each. */
    static final int SIDA = 200;

    private final Personregister personer;
    private final Aktlasare aktlasare;
    private final Stoppregister stopp;
    private final Gallringsregler regler;
    private final Korningsregister korningar;
    private final Clock clock;

    /** The first of every month at 03:00; on two nodes one proposal, by the advisory lock and the day's check. */
    @Scheduled(cron = "${tillit.gallring.forslag-cron:0 0 3 1 * *}", zone = Svensktid.NAMN)
    void manadensForslag() {
        foreslaSomJobbet(LocalDate.now(clock));
    }

    /** The job's run of the day, unless it has already run that day (another node, a restart). */
    @Transactional
    Optional<Korning> foreslaSomJobbet(LocalDate dag) {
        korningar.lasKorningar();
        if (korningar.jobbetHarKortDag(dag)) {
            log.info("Gallring proposal for {} already made", dag);
            return Optional.empty();
        }
        return Optional.of(korning(dag, Korning.SYSTEM));
    }

    /** A run now, by the one named (an ADMIN on the page). */
    @Transactional
    Korning foresla(LocalDate dag, String av) {
        korningar.lasKorningar();
        return korning(dag, av);
    }

    private Korning korning(LocalDate dag, String av) {
        long start = System.nanoTime();
        Gallringsregler.Regelversion version = regler.senaste();
        Set<UUID> halls = stopp.aktivaPersoner();
        List<Aktbedomning> uppkomna = new ArrayList<>();
        int granskade = 0;
        int forfallna = 0;
        int undantagna = 0;
        UUID efter = null;
        for (List<Person> sida = personer.iOrdning(null, SIDA);
                !sida.isEmpty();
                sida = personer.iOrdning(efter, SIDA)) {
            efter = sida.get(sida.size() - 1).id();
            for (Personakt akt : aktlasare.las(sida)) {
                granskade++;
                Aktbedomning bedomning = Gallringsbedomning.bedom(
                        akt, halls.contains(akt.person().id()), version, dag);
                switch (bedomning.utfall()) {
                    case GALLRAS, DELVIS -> {
                        forfallna++;
                        uppkomna.add(bedomning);
                    }
                    case BEVARAS -> {
                        undantagna++;
                        uppkomna.add(bedomning);
                    }
                    default -> {
                        // open, or not come up yet: not part of the proposal
                    }
                }
            }
        }
        Korning korning = new Korning(
                UUID.randomUUID(),
                dag,
                OffsetDateTime.now(clock),
                av,
                version.version(),
                granskade,
                forfallna,
                undantagna,
                Korning.Status.FORESLAGEN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true);
        korningar.spara(korning, uppkomna);
        int ersatta = korningar.ersattOppna(korning.id());
        log.info(
                "Gallring proposal {} for {} by {} with {}: {} files read, {} due, {} kept; {} earlier proposals replaced, {} ms",
                korning.id(),
                dag,
                av,
                version.version(),
                granskade,
                forfallna,
                undantagna,
                ersatta,
                (System.nanoTime() - start) / 1_000_000);
        return korningar.hitta(korning.id()).orElseThrow();
    }
}
