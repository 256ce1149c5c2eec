package se.tillit.gallring.internal;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arkiv.Arkivleverans;
import se.tillit.arkiv.Leveranskvitto;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsdatum;
import se.tillit.gallring.Gallringshinder;
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
 * <li>the cases the run kept only because of the research exemption, and still so kept, are delivered to the e-archive
 * in one package ({@link Arkivleverans}, docs/adr/0025), unless delivered before and without an entry since: archived
 * before anything of the person is destroyed, and a failed delivery fails the person;</li>
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
@RequiredArgsConstructor
class Aktforstoring {

    private static final Logger log = LoggerFactory.getLogger(Aktforstoring.class);
    /** The delivery's reason is stored, and shown on the archive page, in Swedish as the archive's records are. */
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final Forstoringsregister register;
    private final Gallringsdatum gallringsdatum;
    private final Stoppregister stopp;
    private final Arenden arenden;
    private final Modulgallring moduler;
    private final LexSarahPersoner lexSarah;
    private final Sipgallring sip;
    private final Loggpseudonymisering logg;
    private final Arkivleverans arkiv;
    private final MessageSource texter;
    private final Clock clock;

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
            String kvar = arende.isEmpty() || nu.isEmpty()
                    ? Forstoring.Arendet.FINNS_INTE
                    : halls
                            ? Forstoring.Arendet.GALLRINGSSTOPP
                            : nu.get().utfall() == Aktbedomning.Utfall.OPPET
                                    ? Forstoring.Arendet.I_BRUK
                                    : !nu.get().arendeForfallet(fall.getKey())
                                            ? Forstoring.Arendet.INTE_LANGRE_FORFALLET
                                            : null;
            utfall.add(new Forstoring.Arendet(fall.getKey(), fall.getValue(), kvar == null, kvar));
            if (kvar == null) {
                attGallra.add(arende.get());
            }
        }

        List<Forstoring.Arkivarende> arkivarenden = new ArrayList<>();
        Forstoring.Arkivering arkivering = arkivera(korning, akt, nu, halls, arkivarenden);

        List<Forstoring.Rad> rader = new ArrayList<>();
        int loggrader = 0;
        boolean personenGallrad = false;
        String orsak = null;
        if (!attGallra.isEmpty()) {
            register.tillat(
                    korning.id(), personId, attGallra.stream().map(Arende::id).toList());
            for (Arende arende : attGallra) {
                moduler.gallra(arende)
                        .forEach((slag, antal) -> rader.add(new Forstoring.Rad(arende.id(), slag, antal)));
            }
            orsak = varforPersonenStar(personId);
            if (orsak == null) {
                register.tillatPersonen(korning.id(), personId);
                moduler.gallraPerson(personId)
                        .forEach((slag, antal) -> rader.add(new Forstoring.Rad(null, slag, antal)));
                personenGallrad = true;
            }
            loggrader = logg.pseudonymisera(
                    personId,
                    personenGallrad,
                    attGallra.stream().map(Arende::id).toList());
        }
        Forstoring forstoring = new Forstoring(
                UUID.randomUUID(),
                korning.id(),
                personId,
                attGallra.isEmpty() ? Forstoring.Utfall.BEVARAD : Forstoring.Utfall.GALLRAD,
                personenGallrad,
                loggrader,
                attGallra.isEmpty() ? null : orsak,
                null,
                startad,
                OffsetDateTime.now(clock),
                utfall,
                rader,
                arkivering,
                arkivarenden);
        register.spara(forstoring);
        log.info(
                "Gallring run {}: person {} {}: {} of {} cases destroyed, {} rows, {} access-log rows pseudonymised, person row {}, "
                        + "{} of {} research cases delivered to the e-archive{}",
                korning.id(),
                personId,
                forstoring.utfall(),
                attGallra.size(),
                iKorningen.size(),
                forstoring.antalRader(),
                loggrader,
                personenGallrad ? "destroyed" : "kept",
                arkivarenden.stream().filter(Forstoring.Arkivarende::levererat).count(),
                arkivarenden.size(),
                arkivering == null ? "" : " as " + arkivering.paketId());
        return Optional.of(forstoring);
    }

    /**
     * Delivers the cases the run kept only because of the research exemption, and that today's judgement still keeps so,
     * to the e-archive in one package, unless each was delivered after the file's last entry already. Fills
     * {@code arkivarenden} with each case, delivered or why not.
     *
     * @return the delivery, or null when nothing was delivered
     * @throws Gallringshinder when the delivery failed: the person's transaction is rolled back and reported
     */
    private Forstoring.Arkivering arkivera(
            Korning korning,
            Korningsregister.Akt akt,
            Optional<Aktbedomning> nu,
            boolean halls,
            List<Forstoring.Arkivarende> arkivarenden) {
        LocalDate dag = korning.korningsdag();
        Map<UUID, String> iUrvalet = korning.attArkivera(akt);
        if (iUrvalet.isEmpty()) {
            return null;
        }
        Map<UUID, OffsetDateTime> levererade = arkiv.levereradeArenden(akt.personId());
        List<UUID> attLeverera = new ArrayList<>();
        for (Map.Entry<UUID, String> fall : iUrvalet.entrySet()) {
            UUID arendeId = fall.getKey();
            OffsetDateTime levererad = levererade.get(arendeId);
            String inte = arenden.hitta(arendeId).isEmpty() || nu.isEmpty()
                    ? Forstoring.Arendet.FINNS_INTE
                    : halls
                            ? Forstoring.Arendet.GALLRINGSSTOPP
                            : nu.get().utfall() == Aktbedomning.Utfall.OPPET
                                    ? Forstoring.Arendet.I_BRUK
                                    : !Aktbedomning.bevarasForForskning(
                                                    nu.get().grunder().stream()
                                                            .filter(g ->
                                                                    g.arendeId().equals(arendeId))
                                                            .toList(),
                                                    dag)
                                            ? Forstoring.Arkivarende.INTE_LANGRE_FORSKNING
                                            // delivered on a day after the file's last entry: nothing recorded since is
                                            // missing from the package
                                            : levererad != null
                                                            && levererad
                                                                    .toLocalDate()
                                                                    .isAfter(nu.get()
                                                                            .sistaAnteckning())
                                                    ? Forstoring.Arkivarende.REDAN_LEVERERAD
                                                    : null;
            arkivarenden.add(new Forstoring.Arkivarende(arendeId, fall.getValue(), inte == null, inte));
            if (inte == null) {
                attLeverera.add(arendeId);
            }
        }
        if (attLeverera.isEmpty()) {
            return null;
        }
        Leveranskvitto kvitto;
        try {
            kvitto = arkiv.leverera(
                    akt.personId(),
                    attLeverera,
                    Korning.SYSTEM,
                    texter.getMessage(
                            "gallring.arkiv.skal",
                            new Object[] {dag.toString(), korning.id().toString(), korning.bekraftadAv()},
                            SVENSKA));
        } catch (UncheckedIOException e) {
            throw new Gallringshinder(
                    Forstoring.ARKIV_UTKORG,
                    e.getMessage()
                            + (e.getCause() == null
                                    ? ""
                                    : ": " + e.getCause().getClass().getSimpleName() + ": "
                                            + e.getCause().getMessage()));
        } catch (RuntimeException e) {
            throw new Gallringshinder(Forstoring.ARKIVLEVERANS, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return new Forstoring.Arkivering(kvitto.paketId(), kvitto.sha256(), kvitto.levererad());
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
