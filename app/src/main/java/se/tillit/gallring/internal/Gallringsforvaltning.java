package se.tillit.gallring.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.tillit.fel.HittadesInte;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsdatum;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The system administrator's gallring (issue 18): run a proposal, approve it, and have a second administrator confirm
 * it (or reject it with a reason), upon which the due files are destroyed (docs/adr/0024); try the failed files again;
 * set and lift a legal hold with a reason. The report of every run, with what was destroyed, is read by ADMIN and
 * REVISOR. Every page that names persons writes one access-log row naming them; every hold is a row of its own.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(GallringInstallningar.class)
class Gallringsforvaltning {

    private static final Logger log = LoggerFactory.getLogger(Gallringsforvaltning.class);
    static final int LANGSTA_SKAL = 1000;
    static final String MASKERAT = "********-****";

    /**
     * A file of a run as a page shows it: the personnummer masked for a protected person unless the user may see it, "–"
     * once the person row is destroyed; the destruction's attempts for the person, oldest first.
     */
    record Aktvy(Korningsregister.Akt akt, String personnummer, List<Forstoring> forsok) {

        Aktvy {
            forsok = List.copyOf(forsok);
        }

        /** The latest attempt, which tells what happened to the file; empty before the destruction reached it. */
        public Optional<Forstoring> senaste() {
            return forsok.isEmpty() ? Optional.empty() : Optional.of(forsok.get(forsok.size() - 1));
        }

        /** The failed attempts before the latest, which the report keeps as well. */
        public List<Forstoring> tidigareMisslyckade() {
            return forsok.isEmpty() ? List.of() : forsok.subList(0, forsok.size() - 1);
        }
    }

    /**
     * Where a confirmed run's destruction stands: of the files with something due, how many were destroyed (in whole or in
     * part), kept after all; of those and the files kept for the research sample, how many failed (latest attempt) or are
     * not reached yet; how many were delivered to the e-archive (docs/adr/0025); the rows destroyed and the access-log rows
     * pseudonymised; when it began and last did anything.
     *
     * @param attForsoka the files the destruction attempts: those with something due and those kept for the research
     *        sample only
     * @param attArkivera the files with a case kept only for the research sample
     * @param levererade the files whose latest attempt delivered cases to the e-archive
     */
    record Forstoringslage(
            int attGallra,
            int attForsoka,
            int attArkivera,
            int gallrade,
            int bevarade,
            int levererade,
            int misslyckade,
            int vantar,
            int rader,
            int loggrader,
            int personerGallrade,
            OffsetDateTime borjade,
            OffsetDateTime senast) {

        /** Nothing left to attempt (failures may be tried again). */
        public boolean klar() {
            return vantar == 0;
        }

        static Forstoringslage av(List<Aktvy> akter, Korning korning) {
            List<Aktvy> forfallna =
                    akter.stream().filter(a -> a.akt().forfallen()).toList();
            List<Aktvy> forsokta = akter.stream()
                    .filter(a ->
                            a.akt().forfallen() || !korning.attArkivera(a.akt()).isEmpty())
                    .toList();
            List<Forstoring> senasteForfallna =
                    forfallna.stream().flatMap(a -> a.senaste().stream()).toList();
            List<Forstoring> senaste =
                    forsokta.stream().flatMap(a -> a.senaste().stream()).toList();
            List<Forstoring> alla =
                    akter.stream().flatMap(a -> a.forsok().stream()).toList();
            return new Forstoringslage(
                    forfallna.size(),
                    forsokta.size(),
                    (int) akter.stream()
                            .filter(a -> !korning.attArkivera(a.akt()).isEmpty())
                            .count(),
                    rakna(senasteForfallna, Forstoring.Utfall.GALLRAD),
                    rakna(senasteForfallna, Forstoring.Utfall.BEVARAD),
                    (int) senaste.stream().filter(f -> f.arkivering() != null).count(),
                    rakna(senaste, Forstoring.Utfall.MISSLYCKAD),
                    forsokta.size() - senaste.size(),
                    senaste.stream().mapToInt(Forstoring::antalRader).sum(),
                    senaste.stream().mapToInt(Forstoring::loggrader).sum(),
                    (int) senaste.stream().filter(Forstoring::personenGallrad).count(),
                    alla.stream()
                            .map(Forstoring::startad)
                            .min(java.util.Comparator.naturalOrder())
                            .orElse(null),
                    alla.stream()
                            .map(Forstoring::klar)
                            .max(java.util.Comparator.naturalOrder())
                            .orElse(null));
        }

        private static int rakna(List<Forstoring> forsok, Forstoring.Utfall utfall) {
            return (int) forsok.stream().filter(f -> f.utfall() == utfall).count();
        }
    }

    /** A hold as the page shows it. */
    record Stoppvy(Stoppregister.Stopp stopp, String personnummer) {}

    /** A run with its files and, once confirmed, what its destruction did. */
    record Rapport(Korning korning, List<Aktvy> akter) {

        public Forstoringslage forstoring() {
            return Forstoringslage.av(akter, korning);
        }

        /** The files with a case kept only for the research sample: the destruction delivers those to the e-archive. */
        public List<Aktvy> arkiveras() {
            return akter.stream()
                    .filter(a -> !korning.attArkivera(a.akt()).isEmpty())
                    .toList();
        }

        /** The files with something due: due as a whole, then in part. */
        public List<Aktvy> attGallra() {
            return akter.stream()
                    .filter(a -> a.akt().utfall() != Aktbedomning.Utfall.BEVARAS)
                    .toList();
        }

        /** The files that came up and are kept. */
        public List<Aktvy> bevaras() {
            return akter.stream()
                    .filter(a -> a.akt().utfall() == Aktbedomning.Utfall.BEVARAS)
                    .toList();
        }
    }

    /**
     * The administrator's page: the open run, the latest confirmed run and its destruction, the holds, the latest runs.
     */
    record Oversikt(
            Optional<Rapport> oppen,
            Optional<Rapport> senastBekraftad,
            List<Stoppvy> stopp,
            List<Stoppvy> havda,
            List<Korning> korningar) {}

    private final Korningsregister korningar;
    private final Stoppregister stoppregister;
    private final Gallringskorning korning;
    private final Gallringsdatum gallringsdatum;
    private final Gallringsforstoring forstoring;
    private final Forstoringsregister forstoringar;
    private final Personregister personer;
    private final Atkomstlogg atkomstlogg;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock clock;
    private final GallringInstallningar installningar;

    @Transactional
    Oversikt oversikt() {
        InloggadAnvandare admin = kravAdministrator();
        Optional<Korning> oppen = korningar.oppen();
        Optional<Korning> bekraftad = korningar.senastBekraftad();
        List<Stoppregister.Stopp> aktiva = stoppregister.aktiva();
        List<Stoppregister.Stopp> havda = stoppregister.senastHavda(20);
        List<Korningsregister.Akt> akter =
                oppen.map(k -> korningar.akter(k.id())).orElse(List.of());
        List<Korningsregister.Akt> bekraftadeAkter =
                bekraftad.map(k -> korningar.akter(k.id())).orElse(List.of());
        Set<UUID> visade = new LinkedHashSet<>();
        akter.forEach(a -> visade.add(a.personId()));
        bekraftadeAkter.forEach(a -> visade.add(a.personId()));
        aktiva.forEach(s -> visade.add(s.personId()));
        havda.forEach(s -> visade.add(s.personId()));
        Map<UUID, Person> kanda = personer.hittaAlla(visade);
        atkomstlogg.loggaVisade(
                Atkomstlogg.Handling.LAS,
                oppen.map(k -> "Gallring: förslag " + k.korningsdag() + " och gallringsstopp")
                        .orElse("Gallring: gallringsstopp"),
                kanda.keySet());
        return new Oversikt(
                oppen.map(k -> rapport(k, akter, kanda, admin)),
                bekraftad.map(k -> rapport(k, bekraftadeAkter, kanda, admin)),
                stoppvyer(aktiva, kanda, admin),
                stoppvyer(havda, kanda, admin),
                korningar.senaste(24));
    }

    /**
     * A proposal asked for on the page, on this node: who asked and when. Reading every file takes time (25 s for 26 814
     * files at profile M, docs/performance.md), longer than a web request should, so it runs in the background; the page
     * says it is under way.
     */
    record Forslag(String av, OffsetDateTime startad) {}

    /** What asking for a proposal now did: made it (synchronously), started it, or found one already under way. */
    record Forslagsstart(Utfall utfall, Korning korning, Forslag pagaende) {

        enum Utfall {
            KLAR,
            STARTAD,
            PAGAR_REDAN
        }
    }

    private final AtomicReference<Forslag> pagaendeForslag = new AtomicReference<>();
    private final ExecutorService forslagIBakgrunden = Executors.newSingleThreadExecutor(r -> {
        Thread trad = new Thread(r, "gallring-forslag");
        trad.setDaemon(true);
        return trad;
    });

    @PreDestroy
    void stang() {
        forslagIBakgrunden.shutdownNow();
    }

    /**
     * A run now, as of today, by the administrator: replaces an open one. In the background
     * ({@code tillit.gallring.forslag-i-bakgrunden}, on by default; the tests make it here and now), one at a time per
     * node; a second request while one is under way starts nothing. The monthly job runs without a request.
     */
    Forslagsstart korNu() {
        InloggadAnvandare admin = kravAdministrator();
        Forslag forslag = new Forslag(admin.anvandarnamn(), OffsetDateTime.now(clock));
        if (!pagaendeForslag.compareAndSet(null, forslag)) {
            return new Forslagsstart(Forslagsstart.Utfall.PAGAR_REDAN, null, pagaendeForslag.get());
        }
        LocalDate dag = LocalDate.now(clock);
        if (!installningar.forslagIBakgrunden()) {
            try {
                return new Forslagsstart(Forslagsstart.Utfall.KLAR, korning.foresla(dag, forslag.av()), null);
            } finally {
                pagaendeForslag.set(null);
            }
        }
        forslagIBakgrunden.submit(() -> {
            try {
                korning.foresla(dag, forslag.av());
            } catch (RuntimeException e) {
                // the page shows no new proposal and says nothing is under way; the log says why
                log.error("Gallring proposal asked for by {} at {} failed", forslag.av(), forslag.startad(), e);
            } finally {
                pagaendeForslag.set(null);
            }
        });
        return new Forslagsstart(Forslagsstart.Utfall.STARTAD, null, forslag);
    }

    /** The proposal under way on this node, if one was asked for on the page. */
    Optional<Forslag> pagaendeForslag() {
        return Optional.ofNullable(pagaendeForslag.get());
    }

    /** For GallringTest: the page while a proposal is under way (a proposal in the tests is made in the request). */
    void sattPagaendeForslag(Forslag forslag) {
        pagaendeForslag.set(forslag);
    }

    /** A first administrator approves the open proposal; the proposer may, if a person ran it. */
    @Transactional
    Korning godkann(UUID id) {
        InloggadAnvandare admin = kravAdministrator();
        Korning k = forBeslut(id);
        if (k.status() != Korning.Status.FORESLAGEN) {
            throw new GallringVagrad("gallring.vagrad.redanGodkand", HttpStatus.CONFLICT);
        }
        korningar.godkand(id, admin.anvandarnamn(), OffsetDateTime.now(clock));
        log.info("Gallring proposal {} of {} approved by {} (first of two)", id, k.korningsdag(), admin.anvandarnamn());
        return korningar.hitta(id).orElseThrow();
    }

    /**
     * A second administrator confirms the approved proposal: never the one who approved it, nor the one who ran it. Once the
     * confirmation has committed, the destruction starts in the background (docs/adr/0024).
     */
    @Transactional
    Korning bekrafta(UUID id) {
        InloggadAnvandare admin = kravAdministrator();
        Korning k = forBeslut(id);
        if (k.status() == Korning.Status.FORESLAGEN) {
            throw new GallringVagrad("gallring.vagrad.inteGodkand", HttpStatus.CONFLICT);
        }
        if (admin.anvandarnamn().equals(k.godkandAv()) || admin.anvandarnamn().equals(k.skapadAv())) {
            throw new GallringVagrad("gallring.vagrad.sammaPerson", HttpStatus.FORBIDDEN);
        }
        korningar.bekraftad(id, admin.anvandarnamn(), OffsetDateTime.now(clock));
        log.info(
                "Gallring proposal {} of {} confirmed by {} (approved by {}): {} files due, the destruction starts",
                id,
                k.korningsdag(),
                admin.anvandarnamn(),
                k.godkandAv(),
                k.forfallna());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forstoring.startaIBakgrunden(id);
            }
        });
        return korningar.hitta(id).orElseThrow();
    }

    /**
     * An administrator tries the files of a confirmed run again whose destruction failed (the reason is gone, say the
     * engine's process has ended). Every file in its own transaction, as the first time.
     */
    Gallringsforstoring.Sammanfattning forsokIgen(UUID id) {
        InloggadAnvandare admin = kravAdministrator();
        Korning k = korningar.hitta(id).orElseThrow(() -> new HittadesInte("gallring.fel.gallringskorningenFinnsInte"));
        if (k.status() != Korning.Status.BEKRAFTAD) {
            throw new GallringVagrad("gallring.vagrad.inteBekraftad", HttpStatus.CONFLICT);
        }
        log.info("Gallring run {} of {}: {} tries the failed files again", id, k.korningsdag(), admin.anvandarnamn());
        return forstoring.gallra(id, true);
    }

    /** Any administrator rejects an open proposal with a reason. */
    @Transactional
    Korning avvisa(UUID id, String skal) {
        InloggadAnvandare admin = kravAdministrator();
        String orsak = skal(skal);
        Korning k = forBeslut(id);
        korningar.avvisad(id, admin.anvandarnamn(), OffsetDateTime.now(clock), orsak);
        log.info("Gallring proposal {} of {} rejected by {}", id, k.korningsdag(), admin.anvandarnamn());
        return korningar.hitta(id).orElseThrow();
    }

    /**
     * A legal hold on the person's file with a reason (issue 18): the file is kept, whatever the rules say, until it is
     * lifted. The person is named by personnummer; the hold is a row of the access log.
     *
     * @return the hold, and what the file's gallring date would be without it
     */
    @Transactional
    Satt sattStopp(String personnummer, String skal) {
        InloggadAnvandare admin = kravAdministrator();
        Personnummer nummer;
        try {
            nummer = Personnummer.tolka(personnummer == null ? "" : personnummer.strip());
        } catch (OgiltigtPersonnummerException e) {
            throw new GallringVagrad("gallring.vagrad.personnummer", HttpStatus.BAD_REQUEST);
        }
        String orsak = skal(skal);
        Person person = personer.hitta(nummer)
                .orElseThrow(() -> new GallringVagrad("gallring.vagrad.okandPerson", HttpStatus.BAD_REQUEST));
        if (stoppregister.aktivtFor(person.id()).isPresent()) {
            throw new GallringVagrad("gallring.vagrad.stoppFinns", HttpStatus.CONFLICT);
        }
        // what the rules would give the file without the hold, for the administrator to see what it holds back
        Optional<Aktbedomning> utan = gallringsdatum.bedom(person.id(), LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        stoppregister.satt(id, person.id(), orsak, admin.anvandarnamn(), OffsetDateTime.now(clock));
        atkomstlogg.logga(Atkomstlogg.Handling.SKRIV, null, person.id(), "Gallringsstopp satt");
        log.info("Gallring hold {} set by {}", id, admin.anvandarnamn());
        return new Satt(id, utan.map(Aktbedomning::gallringsdatum).orElse(null));
    }

    /** @param utanStopp the first day the file could be gallrad by the rules, without the hold (null: never, or no file) */
    record Satt(UUID id, LocalDate utanStopp) {}

    @Transactional
    void havStopp(UUID id, String skal) {
        InloggadAnvandare admin = kravAdministrator();
        String orsak = skal(skal);
        Stoppregister.Stopp stopp = stoppregister
                .lasForHavning(id)
                .orElseThrow(() -> new HittadesInte("gallring.fel.gallringsstoppetFinnsInte"));
        if (!stopp.aktivt()) {
            throw new GallringVagrad("gallring.vagrad.stoppHavt", HttpStatus.CONFLICT);
        }
        stoppregister.havt(id, orsak, admin.anvandarnamn(), OffsetDateTime.now(clock));
        atkomstlogg.logga(Atkomstlogg.Handling.SKRIV, null, stopp.personId(), "Gallringsstopp hävt");
        log.info("Gallring hold {} lifted by {}", id, admin.anvandarnamn());
    }

    /** The runs, newest first: what was proposed, by whom, and who decided (the report's index). */
    List<Korning> korningar() {
        kravLasare();
        return korningar.senaste(120);
    }

    /** A run's report with every file (ADMIN and REVISOR): one access-log row naming the persons shown. */
    @Transactional
    Rapport rapport(UUID id, Atkomstlogg.Handling handling) {
        InloggadAnvandare lasare = kravLasare();
        Korning k = korningar.hitta(id).orElseThrow(() -> new HittadesInte("gallring.fel.gallringskorningenFinnsInte"));
        List<Korningsregister.Akt> akter = korningar.akter(id);
        Set<UUID> personerna = new LinkedHashSet<>();
        akter.forEach(a -> personerna.add(a.personId()));
        Map<UUID, Person> kanda = personer.hittaAlla(personerna);
        // a destroyed person is shown by no personnummer, and named on no row: only those still there were shown
        atkomstlogg.loggaVisade(handling, "Gallringsrapport " + k.korningsdag(), kanda.keySet());
        return rapport(k, akter, kanda, lasare);
    }

    private Rapport rapport(
            Korning k, List<Korningsregister.Akt> akter, Map<UUID, Person> kanda, InloggadAnvandare anvandare) {
        Map<UUID, List<Forstoring>> forsok = forstoringar.forKorning(k.id()).stream()
                .collect(java.util.stream.Collectors.groupingBy(Forstoring::personId));
        return new Rapport(
                k,
                akter.stream()
                        .map(a -> new Aktvy(
                                a,
                                pnr(kanda.get(a.personId()), anvandare),
                                forsok.getOrDefault(a.personId(), List.of())))
                        .toList());
    }

    private Korning forBeslut(UUID id) {
        Korning k = korningar
                .lasForBeslut(id)
                .orElseThrow(() -> new HittadesInte("gallring.fel.gallringskorningenFinnsInte"));
        if (!k.status().oppen()) {
            throw new GallringVagrad("gallring.vagrad.avgjord", HttpStatus.CONFLICT);
        }
        return k;
    }

    private static String skal(String skal) {
        String orsak = skal == null ? "" : skal.strip();
        if (orsak.isEmpty()
                || orsak.length() > LANGSTA_SKAL
                || orsak.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r')) {
            throw new GallringVagrad("gallring.vagrad.skal", HttpStatus.BAD_REQUEST);
        }
        return orsak;
    }

    private List<Stoppvy> stoppvyer(
            Collection<Stoppregister.Stopp> stopp, Map<UUID, Person> kanda, InloggadAnvandare anvandare) {
        List<Stoppvy> vyer = new ArrayList<>();
        stopp.forEach(s -> vyer.add(new Stoppvy(s, pnr(kanda.get(s.personId()), anvandare))));
        return vyer;
    }

    /** The personnummer, masked for a protected identity unless the user may see those (A7); "–" for one since removed. */
    private static String pnr(Person person, InloggadAnvandare anvandare) {
        if (person == null) {
            return "–";
        }
        return person.skyddsniva().arSkyddad() && !anvandare.farSeSkyddadeUppgifter()
                ? MASKERAT
                : person.personnummer().formaterat();
    }

    private InloggadAnvandare kravAdministrator() {
        return aktuellAnvandare
                .hamta()
                .filter(a -> a.harRoll(Roll.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("gallring.fel.gallringForvaltasAvSystemforvaltare"));
    }

    private InloggadAnvandare kravLasare() {
        return aktuellAnvandare
                .hamta()
                .filter(a -> a.harRoll(Roll.ADMIN) || a.harRoll(Roll.REVISOR))
                .orElseThrow(() -> new AccessDeniedException(
                        "gallring.fel.gallringsrapportenLasesAvSystemforvaltareOchRevisorer"));
    }
}
