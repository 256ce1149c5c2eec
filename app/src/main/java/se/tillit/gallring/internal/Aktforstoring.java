package se.tillit.gallring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsdatum;
import se.tillit.lexsarah.LexSarahPersoner;
import se.tillit.revision.Loggpseudonymisering;
import se.tillit.sip.Sipgallring;

/**
 * Destroys what a confirmed run found due in one person's file, in the caller's transaction (one per person,
 * docs/adr/0024):
 * <ol>
 * <li>the file is judged again, as of the run's day, with today's records, hold and table: only a case both the run and
 * this judgement find due is destroyed; any other is kept, with its reason (in use again, a hold, a later entry, already
 * gone);</li>
 * <li>the database grants the transaction those cases (it checks the run's confirmation, the hold and the run's rows
 * itself), and every module destroys its rows of them ({@link Modulgallring}), the engine's history included;</li>
 * <li>the access log's rows lose the destroyed cases' ids;</li>
 * <li>when none of the person's cases is left and no lex Sarah report, SIP or regional insats outside a case names them,
 * the person row goes too, and the person's id on the access log's rows becomes a pseudonym;</li>
 * <li>the attempt is written to the report, with the rows per kind destroyed per case.</li>
 * </ol>
 * A failure anywhere rolls back the whole person; the caller records it.
 */
@Component
class Aktforstoring {

    private static final Logger log = LoggerFactory.getLogger(Aktforstoring.class);

    private final Forstoringsregister register;
    private final Gallringsdatum gallringsdatum;
    private final Stoppregister stopp;
    private final Arenden arenden;
    private final Modulgallring moduler;
    private final LexSarahPersoner lexSarah;
    private final Sipgallring sip;
    private final Loggpseudonymisering logg;
    private final Clock clock;

    Aktforstoring(Forstoringsregister register, Gallringsdatum gallringsdatum, Stoppregister stopp, Arenden arenden,
            Modulgallring moduler, LexSarahPersoner lexSarah, Sipgallring sip, Loggpseudonymisering logg, Clock clock) {
        this.register = register;
        this.gallringsdatum = gallringsdatum;
        this.stopp = stopp;
        this.arenden = arenden;
        this.moduler = moduler;
        this.lexSarah = lexSarah;
        this.sip = sip;
        this.logg = logg;
        this.clock = clock;
    }

    /** @return the attempt as written, or empty when an earlier attempt already finished the person */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Forstoring> gallra(Korning korning, Korningsregister.Akt akt) {
        UUID personId = akt.personId();
        register.lasPerson(personId);
        if (register.klar(korning.id(), personId)) {
            return Optional.empty();
        }
        OffsetDateTime startad = OffsetDateTime.now(clock);
        Map<UUID, String> iKorningen = forfallnaIKorningen(akt);
        Optional<Aktbedomning> nu = gallringsdatum.bedom(personId, korning.korningsdag());
        boolean halls = stopp.aktivtFor(personId).isPresent();

        List<Forstoring.Arendet> utfall = new ArrayList<>();
        List<Arende> attGallra = new ArrayList<>();
        for (Map.Entry<UUID, String> fall : iKorningen.entrySet()) {
            Optional<Arende> arende = arenden.hitta(fall.getKey());
            String kvar = arende.isEmpty() || nu.isEmpty() ? Forstoring.Arendet.FINNS_INTE
                    : halls ? Forstoring.Arendet.GALLRINGSSTOPP
                    : nu.get().utfall() == Aktbedomning.Utfall.OPPET ? Forstoring.Arendet.I_BRUK
                    : !nu.get().arendeForfallet(fall.getKey()) ? Forstoring.Arendet.INTE_LANGRE_FORFALLET
                    : null;
            utfall.add(new Forstoring.Arendet(fall.getKey(), fall.getValue(), kvar == null, kvar));
            if (kvar == null) {
                attGallra.add(arende.get());
            }
        }

        List<Forstoring.Rad> rader = new ArrayList<>();
        int loggrader = 0;
        boolean personenGallrad = false;
        String orsak = null;
        if (!attGallra.isEmpty()) {
            register.tillat(korning.id(), personId, attGallra.stream().map(Arende::id).toList());
            for (Arende arende : attGallra) {
                moduler.gallra(arende).forEach((slag, antal) -> rader.add(new Forstoring.Rad(arende.id(), slag, antal)));
            }
            orsak = varforPersonenStar(personId);
            if (orsak == null) {
                register.tillatPersonen(korning.id(), personId);
                moduler.gallraPerson(personId).forEach((slag, antal) -> rader.add(new Forstoring.Rad(null, slag, antal)));
                personenGallrad = true;
            }
            loggrader = logg.pseudonymisera(personId, personenGallrad, attGallra.stream().map(Arende::id).toList());
        }
        Forstoring forstoring = new Forstoring(UUID.randomUUID(), korning.id(), personId,
                attGallra.isEmpty() ? Forstoring.Utfall.BEVARAD : Forstoring.Utfall.GALLRAD, personenGallrad, loggrader,
                attGallra.isEmpty() ? null : orsak, null, startad, OffsetDateTime.now(clock), utfall, rader);
        register.spara(forstoring);
        log.info("Gallring run {}: person {} {}: {} of {} cases destroyed, {} rows, {} access-log rows pseudonymised, person row {}",
                korning.id(), personId, forstoring.utfall(), attGallra.size(), iKorningen.size(), forstoring.antalRader(),
                loggrader, personenGallrad ? "destroyed" : "kept");
        return Optional.of(forstoring);
    }

    /** The cases the run found due (every kind of record in them), with their numbers. */
    private static Map<UUID, String> forfallnaIKorningen(Korningsregister.Akt akt) {
        Map<UUID, List<Aktbedomning.Grund>> perArende = akt.grunder().stream()
                .collect(Collectors.groupingBy(Aktbedomning.Grund::arendeId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, String> forfallna = new LinkedHashMap<>();
        perArende.forEach((arende, grunder) -> {
            if (grunder.stream().allMatch(Aktbedomning.Grund::forfallen)) {
                forfallna.put(arende, grunder.get(0).arendenummer());
            }
        });
        return forfallna;
    }

    /** Null when the person row may go now; else why it stays. */
    private String varforPersonenStar(UUID personId) {
        if (!arenden.hittaForPerson(personId).isEmpty()) {
            return Forstoring.ARENDEN_KVAR;
        }
        if (lexSarah.namnerPerson(personId)) {
            return Forstoring.LEX_SARAH;
        }
        if (sip.namnerPerson(personId)) {
            return Forstoring.SIP;
        }
        return null;
    }
}
