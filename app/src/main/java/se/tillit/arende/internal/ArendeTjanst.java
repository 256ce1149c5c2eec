package se.tillit.arende.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.AktualiseringRegistrerad;
import se.tillit.arende.Aktualiseringstyp;
import se.tillit.arende.Arende;
import se.tillit.arende.ArendeAvslutat;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.Avslutsorsak;
import se.tillit.arende.NyAktualisering;
import se.tillit.arende.RegistreradAktualisering;
import se.tillit.arende.Utfall;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.person.Personregister.NyPerson;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

@Service
@RequiredArgsConstructor
class ArendeTjanst implements Arenden {

    /** R14, T11: a new aktualisering within a year of the last case's closing is linked to it. */
    static final int ATERAKTUALISERING_DAGAR = 365;

    private final ArendeRepository repository;
    private final Personregister personregister;
    private final Enhetsregister enheter;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Handlaggningsansvar handlaggningsansvar;

    @Override
    @Transactional
    public RegistreradAktualisering registrera(NyAktualisering ny, String registreradAv) {
        List<Faltfel> fel = new ArrayList<>();
        Personnummer personnummer = formkontroll(ny, fel);
        // the role before any lookup of the person: whether a personnummer is in the register is said only to who
        // may register in the unit (issue 16); an unknown unit is refused from the form alone
        if (enheter.hitta(ny.enhet()).isPresent()) {
            aktuellAnvandare.kravRollIEnhet(ny.enhet(), Roll.HANDLAGGARE);
            registerkontroll(ny, personnummer, fel);
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        return registreraI(ny, personnummer, registreradAv);
    }

    @Override
    @Transactional
    public RegistreradAktualisering registreraFranAnnatSystem(NyAktualisering ny, String system) {
        List<Faltfel> fel = new ArrayList<>();
        Personnummer personnummer = formkontroll(ny, fel);
        registerkontroll(ny, personnummer, fel);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        return registreraI(ny, personnummer, system);
    }

    private RegistreradAktualisering registreraI(NyAktualisering ny, Personnummer personnummer, String registreradAv) {
        Person person = personregister
                .hitta(personnummer)
                .orElseGet(() -> personregister.registrera(
                        new NyPerson(personnummer, ny.fornamn(), ny.efternamn(), null), registreradAv));

        OffsetDateTime nu = OffsetDateTime.now(clock);
        Optional<UUID> nyttArende = repository.oppnaOmIngetOppet(
                person.id(), ny.arendetyp(), ny.enhet(), ny.inkom(), nu.getYear(), registreradAv);
        Arende arende = nyttArende
                .flatMap(repository::hitta)
                .or(() -> repository.oppet(person.id(), ny.arendetyp(), ny.enhet()))
                .orElseThrow(() -> new IllegalStateException("Neither a new nor an open case"));
        UUID tidigare = nyttArende.isEmpty()
                ? null
                : repository
                        .senastAvslutat(
                                person.id(),
                                ny.arendetyp(),
                                ny.enhet(),
                                ny.inkom().minusDays(ATERAKTUALISERING_DAGAR))
                        .orElse(null);
        UUID aktualiseringId = repository.skapaAktualisering(arende.id(), ny, tidigare, registreradAv);

        boolean barnanmalan = ny.typ() == Aktualiseringstyp.ANMALAN && ny.arendetyp() == Arendetyp.BARN_OCH_UNGA;
        events.publishEvent(new AktualiseringRegistrerad(
                aktualiseringId,
                arende.id(),
                arende.arendenummer(),
                ny.arendetyp(),
                ny.typ(),
                arende.enhet(),
                ny.inkom(),
                nyttArende.isPresent(),
                barnanmalan));
        return new RegistreradAktualisering(
                aktualiseringId, arende.id(), arende.arendenummer(), nyttArende.isPresent(), tidigare);
    }

    @Override
    public Optional<Arende> hitta(UUID arendeId) {
        return repository.hitta(arendeId);
    }

    @Override
    public List<se.tillit.arende.Aktualisering> aktualiseringar(UUID arendeId) {
        return repository.aktualiseringar(arendeId);
    }

    @Override
    public Optional<Arende> hittaMedNummer(String arendenummer) {
        return repository.medNummer(arendenummer);
    }

    @Override
    public List<Arende> hittaForPerson(UUID personId) {
        return repository.forPerson(personId);
    }

    @Override
    public List<Arende> hittaForPerson(UUID personId, Arendetyp typ) {
        return repository.forPerson(personId, typ);
    }

    @Override
    public List<Arende> hittaForPersoner(java.util.Collection<UUID> personIds) {
        return personIds.isEmpty() ? List.of() : repository.forPersoner(personIds);
    }

    @Override
    public java.util.Map<UUID, List<se.tillit.arende.Aktualisering>> aktualiseringar(
            java.util.Collection<UUID> arendeIds) {
        return arendeIds.isEmpty() ? java.util.Map.of() : repository.aktualiseringar(arendeIds);
    }

    @Override
    @Transactional
    public void registreraUtfall(UUID aktualiseringId, Utfall utfall, String motivering, String av) {
        if (!repository.aktualiseringFinns(aktualiseringId)) {
            throw new HittadesInte(Texter.text("arende.fel.aktualiseringenFinnsInte", aktualiseringId));
        }
        OffsetDateTime nar = OffsetDateTime.now(clock);
        if (repository.registreraUtfall(aktualiseringId, utfall, motivering, nar, av) == 1) {
            UUID arendeId =
                    repository.aktualisering(aktualiseringId).orElseThrow().arendeId();
            events.publishEvent(new se.tillit.arende.AktualiseringBedomd(
                    aktualiseringId,
                    arendeId,
                    utfall,
                    nar.atZoneSameInstant(Svensktid.ZON).toLocalDate()));
        }
    }

    @Override
    @Transactional
    public void avsluta(UUID arendeId, Avslutsorsak orsak, String av) {
        if (repository.hitta(arendeId).isEmpty()) {
            throw new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId));
        }
        repository.avsluta(arendeId, orsak, OffsetDateTime.now(clock), av);
    }

    @Override
    @Transactional
    public void forlangForhandsbedomning(
            UUID aktualiseringId, se.tillit.arende.ForlangningAvForhandsbedomning forlangning) {
        ArendeRepository.AktualiseringRad aktualisering = repository
                .aktualiseringForUppdatering(aktualiseringId)
                .orElseThrow(
                        () -> new HittadesInte(Texter.text("arende.fel.aktualiseringenFinnsInte", aktualiseringId)));
        Arende arende = repository.hitta(aktualisering.arendeId()).orElseThrow();
        InloggadAnvandare anvandare = aktuellAnvandare.kravRollIEnhet(
                arende.enhet(),
                () -> new HittadesInte(Texter.text("arende.fel.aktualiseringenFinnsInte", aktualiseringId)),
                Roll.HANDLAGGARE,
                Roll.CHEF);
        if (!"ANMALAN".equals(aktualisering.typ()) || arende.arendetyp() != Arendetyp.BARN_OCH_UNGA) {
            throw new Valideringsfel("nyFrist", "arende.fel.forhandsbedomningGallerBaraAnmalningarOmBarn");
        }
        if (aktualisering.utfall() != null) {
            throw new Valideringsfel("nyFrist", "arende.fel.forhandsbedomningenArRedanAvslutad");
        }
        java.time.LocalDate nuvarande = repository
                .senasteForlangdaForhandsbedomningsfrist(aktualiseringId)
                .orElse(aktualisering
                        .inkom()
                        .atZoneSameInstant(Svensktid.ZON)
                        .toLocalDate()
                        .plusDays(14));
        if (!forlangning.nyFrist().isAfter(nuvarande)) {
            throw new Valideringsfel("nyFrist", Texter.text("fel.denNyaFristenMasteVaraSenareAn", nuvarande));
        }
        repository.forlangForhandsbedomning(aktualiseringId, forlangning, anvandare.anvandarnamn());
        events.publishEvent(new se.tillit.arende.ForhandsbedomningForlangd(aktualiseringId, forlangning.nyFrist()));
    }

    @Override
    @Transactional
    public Arende avslutaPaBegaran(UUID arendeId, Avslutsorsak orsak) {
        Arende arende = repository
                .hitta(arendeId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)));
        InloggadAnvandare anvandare = aktuellAnvandare.kravRollIEnhet(
                arende.enhet(),
                () -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)),
                Roll.HANDLAGGARE,
                Roll.CHEF);
        if (!arende.oppet()) {
            throw new Valideringsfel("avslutsorsak", "arende.fel.arendetArRedanAvslutat");
        }
        if (orsak == Avslutsorsak.LEDER_INTE_TILL_UTREDNING) {
            throw new Valideringsfel("avslutsorsak", "arende.fel.denOrsakenRegistrerasAvBedomningenAvAktualiseringen");
        }
        if (repository.avsluta(arendeId, orsak, OffsetDateTime.now(clock), anvandare.anvandarnamn()) == 0) {
            // a second request of the same closing waited for the first and finds the case closed
            throw new Valideringsfel("avslutsorsak", "arende.fel.arendetArRedanAvslutat");
        }
        events.publishEvent(new ArendeAvslutat(arendeId, arende.arendenummer(), orsak));
        return repository.hitta(arendeId).orElseThrow();
    }

    @Override
    public List<se.tillit.arende.ForlangdForhandsbedomning> forlangningarAvForhandsbedomning(UUID aktualiseringId) {
        return repository.forlangningarAvForhandsbedomning(aktualiseringId);
    }

    /** What can be checked from the form and the units' set-up alone, without looking up the person. */
    private Personnummer formkontroll(NyAktualisering ny, List<Faltfel> fel) {
        Personnummer personnummer = null;
        try {
            personnummer = Personnummer.tolka(ny.personnummer());
        } catch (OgiltigtPersonnummerException e) {
            fel.add(new Faltfel("personnummer", e.getMessage()));
        }
        if (enheter.hitta(ny.enhet()).isEmpty()) {
            fel.add(new Faltfel("enhet", "fel.okandEnhet"));
        } else if (ny.arendetyp() != null && !handlaggningsansvar.tar(ny.enhet(), ny.arendetyp())) {
            String ratt = handlaggningsansvar.enheterFor(ny.arendetyp()).stream()
                    .map(kod -> enheter.hitta(kod)
                            .map(se.tillit.sakerhet.Enhet::namn)
                            .orElse(kod))
                    .collect(java.util.stream.Collectors.joining(", "));
            fel.add(new Faltfel(
                    "arendetyp",
                    ratt.isEmpty()
                            ? "arende.fel.enhetenHandlaggerInteDenArendetypen"
                            : Texter.text("arende.fel.handlaggsAv", ratt)));
        }
        return personnummer;
    }

    /** A person not yet in the register needs both names. Only after the role check: it says who is a client. */
    private void registerkontroll(NyAktualisering ny, Personnummer personnummer, List<Faltfel> fel) {
        if (personnummer != null
                && personregister.hitta(personnummer).isEmpty()
                && (isBlank(ny.fornamn()) || isBlank(ny.efternamn()))) {
            fel.add(new Faltfel("fornamn", "fel.personenFinnsInteIRegistretForOch"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
