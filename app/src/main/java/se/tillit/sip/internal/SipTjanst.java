package se.tillit.sip.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslutsregister;
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
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.sip.Huvudman;
import se.tillit.sip.KallelseRegistrerad;
import se.tillit.sip.MoteRegistrerat;
import se.tillit.sip.Nyckeltal;
import se.tillit.sip.Onskan;
import se.tillit.sip.Plan;
import se.tillit.sip.PlanUppfoljd;
import se.tillit.sip.PlanUpprattad;
import se.tillit.sip.Samtycke;
import se.tillit.sip.SamtyckeAterkallat;
import se.tillit.sip.SamtyckeRegistrerat;
import se.tillit.sip.Sip;
import se.tillit.sip.SipAvbojd;
import se.tillit.sip.SipBegard;
import se.tillit.sip.Sipakt;
import se.tillit.sip.Sipar;
import se.tillit.sip.Sipavslut;
import se.tillit.sip.Sipsteg;
import se.tillit.sip.Uppfoljningsresultat;

/**
 * The municipality's side of a SIP: a handläggare of the unit records each step; each step writes its rows and
 * publishes an event, from which the motor module moves processes/sip.bpmn in the same transaction (ADR 5). A step the
 * SIP does not wait for is refused with a 400 and nothing is saved.
 */
@Service
@RequiredArgsConstructor
class SipTjanst implements Sipar {

    private final SipRepository repository;
    private final Personregister personer;
    private final Arenden arenden;
    private final Enhetsregister enheter;
    private final Beslutsregister beslut;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A handläggare of the unit asks for a SIP (the municipality's initiative). */
    @Transactional
    public Sip begar(NySip ny) {
        kravMyndighet(ny.enhet());
        InloggadAnvandare handlaggare = aktuellAnvandare.kravRollIEnhet(ny.enhet(), Roll.HANDLAGGARE);
        List<Faltfel> fel = new ArrayList<>();
        Personnummer personnummer = personnummer(ny.personnummer(), fel);
        Onskan onskan = ny.onskan() == null ? Onskan.EJ_TILLFRAGAD : ny.onskan();
        LocalDate onskanDatum = onskan == Onskan.EJ_TILLFRAGAD ? null : ny.onskanDatum();
        if (onskan != Onskan.EJ_TILLFRAGAD && onskanDatum == null) {
            fel.add(new Faltfel("onskanDatum", "sip.fel.datumDaPersonenSvaradeSaknas"));
        }
        if (onskanDatum != null && onskanDatum.isAfter(idag())) {
            fel.add(new Faltfel("onskanDatum", "fel.datumetKanInteLiggaIFramtiden"));
        }
        if (personnummer != null
                && personer.hitta(personnummer).isEmpty()
                && (tom(ny.fornamn()) || tom(ny.efternamn()))) {
            fel.add(new Faltfel("fornamn", "fel.personenFinnsInteIRegistretForOch"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        Person person = personOchRegistrera(personnummer, ny.fornamn(), ny.efternamn(), handlaggare.anvandarnamn());
        Sip sip = skapa(
                person,
                ny.enhet(),
                Huvudman.KOMMUN,
                ny.regionEnhet(),
                ny.regionKontakt(),
                onskan,
                onskanDatum,
                handlaggare.anvandarnamn());
        if (ny.regionalaInsatser()) {
            repository.sparaRegionalInsats(
                    person.id(), ny.regionEnhet(), idag(), null, "HANDLAGGARE", sip.id(), handlaggare.anvandarnamn());
        }
        return sip;
    }

    /**
     * A new SIP, linked to the person's open case of the unit if there is one, and its process started (SipBegard).
     * Never refused for a person's earlier or open SIPs: a request is not dropped.
     */
    Sip skapa(
            Person person,
            String enhet,
            Huvudman initiativ,
            String regionEnhet,
            String regionKontakt,
            Onskan onskan,
            LocalDate onskanDatum,
            String av) {
        Optional<Arende> arende = arenden.hittaForPerson(person.id()).stream()
                .filter(a -> a.oppet() && a.enhet().equals(enhet))
                .max(Comparator.comparing(Arende::oppnat));
        LocalDate idag = idag();
        UUID id = repository.skapa(new SipRepository.NyRad(
                person.id(),
                enhet,
                arende.map(Arende::id).orElse(null),
                initiativ,
                idag,
                av,
                regionEnhet.strip(),
                regionKontakt == null || regionKontakt.isBlank() ? null : regionKontakt.strip(),
                onskan,
                onskanDatum));
        events.publishEvent(new SipBegard(
                id,
                person.id(),
                arende.map(Arende::id).orElse(null),
                arende.map(Arende::arendenummer).orElse(null),
                enhet,
                onskan,
                idag));
        return repository.hitta(id).orElseThrow();
    }

    /** The person's answer. A "no" is recorded and closes the SIP; a "yes" waits for the consent. */
    @Transactional
    public Sip registreraOnskan(UUID sipId, Onskesvar svar) {
        Sip sip = skrivbar(sipId);
        kravSteg(sip, Sipsteg.SAMTYCKE, "onskan", "sip.fel.personenHarRedanSvaratOchLamnatSamtycke");
        if (svar.onskan() == Onskan.EJ_TILLFRAGAD) {
            throw new Valideringsfel("onskan", "sip.fel.svarJaEllerNej");
        }
        if (svar.datum().isAfter(idag())) {
            throw new Valideringsfel("datum", "fel.datumetKanInteLiggaIFramtiden");
        }
        repository.sattOnskan(sipId, svar.onskan(), svar.datum(), anvandare());
        if (svar.onskan() == Onskan.NEJ) {
            events.publishEvent(new SipAvbojd(sipId));
        }
        return repository.hitta(sipId).orElseThrow();
    }

    /** C24: the consent (it implies the person wants the SIP). Nothing is shared before it. */
    @Transactional
    public Sip registreraSamtycke(UUID sipId, NyttSamtycke samtycke) {
        Sip sip = skrivbar(sipId);
        kravSteg(sip, Sipsteg.SAMTYCKE, "givet", "sip.fel.samtycketArRedanRegistrerat");
        if (samtycke.givet().isAfter(idag())) {
            throw new Valideringsfel("givet", "fel.datumetKanInteLiggaIFramtiden");
        }
        repository.sparaSamtycke(sipId, samtycke, anvandare());
        if (sip.onskan() != Onskan.JA) {
            repository.sattOnskan(sipId, Onskan.JA, samtycke.givet(), anvandare());
        }
        repository.sattSteg(sipId, Sipsteg.KALLELSE);
        events.publishEvent(new SamtyckeRegistrerat(sipId));
        return repository.hitta(sipId).orElseThrow();
    }

    @Transactional
    public Sip aterkallaSamtycke(UUID sipId, Aterkallelse aterkallelse) {
        return aterkalla(skrivbar(sipId), aterkallelse, anvandare());
    }

    /** Shared with the region's side: whoever the person tells, sharing stops from the moment it is recorded. */
    Sip aterkalla(Sip sip, Aterkallelse aterkallelse, String av) {
        Samtycke samtycke = repository
                .samtycke(sip.id())
                .filter(Samtycke::galler)
                .filter(s -> sip.oppen())
                .orElseThrow(() -> new Valideringsfel("datum", "sip.fel.sipEnHarIngetGallandeSamtyckeAtt"));
        datumMellan("datum", aterkallelse.datum(), samtycke.givet(), "sip.fel.samtycket");
        repository.aterkalla(sip.id(), aterkallelse.datum(), av);
        events.publishEvent(new SamtyckeAterkallat(sip.id(), aterkallelse.datum()));
        return repository.hitta(sip.id()).orElseThrow();
    }

    @Transactional
    public Sip registreraKallelse(UUID sipId, NyKallelse kallelse) {
        Sip sip = skrivbar(sipId);
        kravSteg(sip, Sipsteg.KALLELSE, "skickad", "fel.sipEnVantarIntePaEnKallelse");
        Samtycke samtycke = repository.samtycke(sipId).orElseThrow();
        // nothing leaves before the consent: a kallelse shares that the person has a SIP with the municipality
        datumMellan("skickad", kallelse.skickad(), samtycke.givet(), "sip.fel.samtycket");
        if (kallelse.motesdatum().isBefore(kallelse.skickad())) {
            throw new Valideringsfel("motesdatum", "sip.fel.motetKanInteVaraForeKallelsen");
        }
        repository.sparaKallelse(sipId, kallelse, anvandare());
        repository.sattSteg(sipId, Sipsteg.MOTE);
        events.publishEvent(new KallelseRegistrerad(sipId, kallelse.motesdatum()));
        return repository.hitta(sipId).orElseThrow();
    }

    /** A held meeting; when the plan was not ready, the next meeting's date. */
    @Transactional
    public UUID registreraMote(UUID sipId, NyttMote mote) {
        Sip sip = skrivbar(sipId);
        kravSteg(sip, Sipsteg.MOTE, "datum", "fel.sipEnVantarIntePaEttMote");
        datumMellan(
                "datum", mote.datum(), repository.kallelse(sipId).orElseThrow().skickad(), "sip.fel.kallelsen");
        if (mote.flerMoten() && (mote.nastaMote() == null || !mote.nastaMote().isAfter(mote.datum()))) {
            throw new Valideringsfel("nastaMote", "sip.fel.angeDatumForNastaMoteEfterDet");
        }
        UUID id = repository.sparaMote(sipId, mote, anvandare());
        repository.sattSteg(sipId, mote.flerMoten() ? Sipsteg.MOTE : Sipsteg.PLAN);
        events.publishEvent(new MoteRegistrerat(sipId, mote.flerMoten(), mote.flerMoten() ? mote.nastaMote() : null));
        return id;
    }

    /** C52: the plan, or its revision after a follow-up (a new version). */
    @Transactional
    public Sip upprattaPlan(UUID sipId, NyPlan plan) {
        Sip sip = skrivbar(sipId);
        kravSteg(sip, Sipsteg.PLAN, "upprattad", "fel.sipEnVantarIntePaEnPlan");
        LocalDate senasteMote = repository.moten(sipId).stream()
                .map(se.tillit.sip.Mote::datum)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        datumMellan("upprattad", plan.upprattad(), senasteMote, "sip.fel.detSenasteMotet");
        if (!plan.uppfoljning().isAfter(plan.upprattad())) {
            throw new Valideringsfel("uppfoljning", "sip.fel.uppfoljningenSkaVaraEfterAttPlanenUpprattades");
        }
        repository.sparaPlan(sipId, plan, anvandare());
        repository.sattSteg(sipId, Sipsteg.UPPFOLJNING);
        events.publishEvent(new PlanUpprattad(sipId, plan.uppfoljning()));
        return repository.hitta(sipId).orElseThrow();
    }

    /** The follow-up of the plan in force: a revised plan, or the SIP is closed. */
    @Transactional
    public Sip registreraUppfoljning(UUID sipId, NyUppfoljning uppfoljning) {
        Sip sip = skrivbar(sipId);
        kravSteg(sip, Sipsteg.UPPFOLJNING, "genomford", "fel.sipEnHarIngenPlanSomVantar");
        List<Plan> planer = repository.planer(sipId);
        Plan plan = planer.get(planer.size() - 1);
        datumMellan("genomford", uppfoljning.genomford(), plan.upprattad(), "sip.fel.planen");
        repository.sparaUppfoljning(sipId, uppfoljning, anvandare());
        if (uppfoljning.resultat() == Uppfoljningsresultat.REVIDERA) {
            repository.sattSteg(sipId, Sipsteg.PLAN);
        }
        events.publishEvent(new PlanUppfoljd(sipId, uppfoljning.resultat()));
        return repository.hitta(sipId).orElseThrow();
    }

    /** The whole SIP for one who may read the unit's cases; to anyone else it does not exist. The caller logs the read. */
    public Sipakt akt(UUID sipId) {
        Sip sip = repository
                .hitta(sipId)
                .filter(s -> aktuellAnvandare.kanLasaEnhet(s.enhet()))
                .orElseThrow(() -> new HittadesInte(Texter.text("sip.fel.sipEnFinnsInte", sipId)));
        return repository.akt(sip);
    }

    @Override
    public Optional<Sip> hitta(UUID sipId) {
        return repository.hitta(sipId);
    }

    @Override
    public List<Sip> forPerson(UUID personId) {
        return repository.forPerson(personId);
    }

    @Override
    @Transactional
    public void avsluta(UUID sipId, Sipavslut orsak, LocalDate dag, String av) {
        repository.hitta(sipId).orElseThrow(() -> new HittadesInte(Texter.text("sip.fel.sipEnFinnsInte", sipId)));
        repository.avsluta(sipId, orsak, dag, av);
    }

    @Override
    public Nyckeltal nyckeltal(LocalDate datum, Collection<String> enheter) {
        // from the region's side: the persons with regional insatser on the date are few beside the units' history of
        // favourable decisions (96 000 persons at Stockholm's size, read on every Försenat request before issue 15)
        java.util.Set<UUID> bada =
                beslut.personerMedGynnandeBeslut(datum, enheter, repository.medRegionalaInsatser(datum));
        java.util.Set<UUID> medSip = repository.medSip(bada, datum);
        return new Nyckeltal(datum, enheter.stream().sorted().toList(), bada.size(), medSip.size());
    }

    Person personOchRegistrera(Personnummer personnummer, String fornamn, String efternamn, String av) {
        return personer.hitta(personnummer)
                .orElseGet(() ->
                        personer.registrera(new NyPerson(personnummer, fornamn.strip(), efternamn.strip(), null), av));
    }

    void kravMyndighet(String enhet) {
        if (enheter.hitta(enhet)
                .map(Enhet::typ)
                .filter(typ -> typ == Enhet.Enhetstyp.MYNDIGHET)
                .isEmpty()) {
            throw new Valideringsfel("enhet", "sip.fel.okandEnhetAngeEnMyndighetsenhetIKommunen");
        }
    }

    static Personnummer personnummer(String text, List<Faltfel> fel) {
        try {
            return Personnummer.tolka(text);
        } catch (OgiltigtPersonnummerException e) {
            fel.add(new Faltfel("personnummer", e.getMessage()));
            return null;
        }
    }

    /** The SIP, locked, for a handläggare of its unit: 404 to those who may not read the unit, 403 to readers only. */
    private Sip skrivbar(UUID sipId) {
        Sip sip = repository
                .hittaForUppdatering(sipId)
                .filter(s -> aktuellAnvandare.kanLasaEnhet(s.enhet()))
                .orElseThrow(() -> new HittadesInte(Texter.text("sip.fel.sipEnFinnsInte", sipId)));
        aktuellAnvandare.kravRollIEnhet(sip.enhet(), Roll.HANDLAGGARE);
        return sip;
    }

    private static void kravSteg(Sip sip, Sipsteg steg, String falt, String annars) {
        if (!sip.oppen()) {
            throw new Valideringsfel(falt, "sip.fel.sipEnArAvslutad");
        }
        if (sip.steg() != steg) {
            throw new Valideringsfel(falt, annars);
        }
    }

    /** A date of a step: not in the future, not before what it follows. */
    private void datumMellan(String falt, LocalDate datum, LocalDate tidigast, String vad) {
        if (datum.isAfter(idag())) {
            throw new Valideringsfel(falt, "fel.datumetKanInteLiggaIFramtiden");
        }
        if (datum.isBefore(tidigast)) {
            throw new Valideringsfel(falt, Texter.text("sip.fel.datumetKanInteVaraFore", Texter.text(vad), tidigast));
        }
    }

    private String anvandare() {
        return aktuellAnvandare.hamta().orElseThrow().anvandarnamn();
    }

    private LocalDate idag() {
        return LocalDate.now(clock);
    }

    private static boolean tom(String text) {
        return text == null || text.isBlank();
    }
}
