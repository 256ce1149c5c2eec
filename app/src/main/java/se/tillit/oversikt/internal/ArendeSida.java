package se.tillit.oversikt.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.HittadesInte;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.IndividuellPlanprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.Personvy;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.uppfoljning.Uppfoljning;
import se.tillit.uppfoljning.Uppfoljningar;
import se.tillit.uppgift.OppenUppgift;
import se.tillit.uppgift.Uppgiftsoversikt;
import se.tillit.utredning.Forlangning;
import se.tillit.utredning.Utredning;
import se.tillit.utredning.Utredningar;
import se.tillit.verkstallighet.EjVerkstalldaBeslut;
import se.tillit.verkstallighet.EjVerkstallt;
import se.tillit.verkstallighet.Verkstalligheter;
import se.tillit.verkstallighet.Verkstallighetsstatus;

/** The case page: the person, the case's timeline with each deadline and its state, open tasks. */
@Controller
class ArendeSida {

    record UtredningMedForlangningar(Utredning utredning, List<Forlangning> forlangningar) {}

    record BeslutMedFoljd(
            Beslut beslut,
            Verkstallighetsstatus verkstallighet,
            List<Uppfoljning> uppfoljningar,
            List<EjVerkstallt> ejVerkstallda) {}

    private final Arenden arenden;
    private final Personregister personer;
    private final Utredningar utredningar;
    private final Beslutsregister beslut;
    private final Verkstalligheter verkstalligheter;
    private final Uppfoljningar uppfoljningar;
    private final EjVerkstalldaBeslut ejVerkstallda;
    private final Uppgiftsoversikt uppgifter;
    private final se.tillit.uppgift.Handlingar handlingar;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final se.tillit.sip.Sipar sipar;
    private final se.tillit.journal.Journal journal;
    private final se.tillit.verkstallighet.Genomforandeplaner genomforandeplaner;

    /** Issue 17: the open tasks of a decision after it was taken, reached from the case page. */
    static final java.util.Set<String> BESLUTETS_UPPGIFTER = java.util.Set.of(
            Uppfoljningsprocessen.TASK_FOLJA_UPP,
            Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM,
            Beslutprocessen.TASK_OMPROVA,
            IndividuellPlanprocessen.TASK_UPPRATTA_INDIVIDUELL_PLAN,
            IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN);

    private final se.tillit.uppgift.Uppgiftsmotor motor;
    private final se.tillit.beslut.IndividuellaPlaner individuellaPlaner;
    private final se.tillit.beslut.Insatsavslutningar insatsavslutningar;
    private final java.time.Clock clock;

    ArendeSida(
            Arenden arenden,
            Personregister personer,
            Utredningar utredningar,
            Beslutsregister beslut,
            Verkstalligheter verkstalligheter,
            Uppfoljningar uppfoljningar,
            Uppgiftsoversikt uppgifter,
            AktuellAnvandare aktuellAnvandare,
            Atkomstlogg atkomstlogg,
            se.tillit.uppgift.Handlingar handlingar,
            se.tillit.sip.Sipar sipar,
            EjVerkstalldaBeslut ejVerkstallda,
            se.tillit.journal.Journal journal,
            se.tillit.verkstallighet.Genomforandeplaner genomforandeplaner,
            se.tillit.uppgift.Uppgiftsmotor motor,
            se.tillit.beslut.IndividuellaPlaner individuellaPlaner,
            se.tillit.beslut.Insatsavslutningar insatsavslutningar,
            java.time.Clock clock) {
        this.genomforandeplaner = genomforandeplaner;
        this.clock = clock;
        this.motor = motor;
        this.individuellaPlaner = individuellaPlaner;
        this.insatsavslutningar = insatsavslutningar;
        this.journal = journal;
        this.sipar = sipar;
        this.handlingar = handlingar;
        this.ejVerkstallda = ejVerkstallda;
        this.arenden = arenden;
        this.personer = personer;
        this.utredningar = utredningar;
        this.beslut = beslut;
        this.verkstalligheter = verkstalligheter;
        this.uppfoljningar = uppfoljningar;
        this.uppgifter = uppgifter;
        this.aktuellAnvandare = aktuellAnvandare;
        this.atkomstlogg = atkomstlogg;
    }

    @GetMapping("/arenden/{id}")
    @Transactional
    String arende(@PathVariable UUID id, Model model) {
        Arende arende = arenden.hitta(id)
                .filter(a -> aktuellAnvandare.kanLasaEnhet(a.enhet()))
                .orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        Person person = personer.hitta(arende.personId()).orElseThrow();
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), person.id(), "Ärendesidan");

        model.addAttribute("arende", arende);
        model.addAttribute("person", Personvy.av(person, aktuellAnvandare));
        model.addAttribute("aktualiseringar", arenden.aktualiseringar(id));
        model.addAttribute("handlingar", handlingar.forArende(id));
        model.addAttribute(
                "utredningar",
                utredningar.forArende(id).stream()
                        .map(u -> new UtredningMedForlangningar(u, utredningar.forlangningar(u.id())))
                        .toList());
        model.addAttribute(
                "beslut",
                beslut.forArende(id).stream()
                        .map(b -> new BeslutMedFoljd(
                                b,
                                verkstalligheter.status(b.id()).orElse(null),
                                uppfoljningar.forBeslut(b.id()),
                                ejVerkstallda.forBeslut(b.id())))
                        .toList());
        List<OppenUppgift> oppna = uppgifter.forArende(id);
        model.addAttribute("uppgifter", oppna);
        // a task is a link only for whoever may open it: its candidate role in its unit (the task page's rule)
        model.addAttribute(
                "oppningsbara",
                aktuellAnvandare
                        .hamta()
                        .map(a -> oppna.stream()
                                .filter(u -> Arrays.stream(se.tillit.sakerhet.Roll.values())
                                        .anyMatch(roll -> roll.name().equals(u.kandidatroll())
                                                && a.harRollIEnhet(u.enhet(), roll)))
                                .map(OppenUppgift::taskId)
                                .collect(java.util.stream.Collectors.toSet()))
                        .orElse(Set.of()));
        // issue 17: each decision's open follow-up, omprövning or plan task, its individuell plan and its avslut
        java.util.Map<UUID, List<OppenUppgift>> beslutetsUppgifter = new java.util.HashMap<>();
        oppna.stream()
                .filter(u -> BESLUTETS_UPPGIFTER.contains(u.uppgiftstyp()))
                .forEach(u -> motor.beslutFor(u.taskId())
                        .ifPresent(beslutId -> beslutetsUppgifter
                                .computeIfAbsent(beslutId, b -> new java.util.ArrayList<>())
                                .add(u)));
        model.addAttribute("beslutetsUppgifter", beslutetsUppgifter);
        java.util.Map<UUID, se.tillit.beslut.IndividuellPlan> planer = new java.util.HashMap<>();
        java.util.Map<UUID, se.tillit.beslut.Insatsavslut> avslut = new java.util.HashMap<>();
        beslut.forArende(id).forEach(b -> {
            individuellaPlaner.forBeslut(b.id()).ifPresent(p -> planer.put(b.id(), p));
            insatsavslutningar.avslut(b.id()).ifPresent(a -> avslut.put(b.id(), a));
        });
        model.addAttribute("individuellaPlaner", planer);
        model.addAttribute("insatsavslut", avslut);
        model.addAttribute("idag", java.time.LocalDate.now(clock));
        model.addAttribute(
                "placeringsinsatser",
                java.util.Arrays.stream(se.tillit.beslut.Insats.values())
                        .filter(se.tillit.beslut.Insats::placering)
                        .map(Enum::name)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("beslutsbrev", beslut.brevForArende(id));
        model.addAttribute(
                "kanFattaBeslut",
                arende.oppet()
                        && aktuellAnvandare
                                .hamta()
                                .map(a -> a.harRollIEnhet(arende.enhet(), se.tillit.sakerhet.Roll.HANDLAGGARE)
                                        || a.harRollIEnhet(arende.enhet(), se.tillit.sakerhet.Roll.CHEF))
                                .orElse(false));
        // the journal's latest notes; the whole journal is its own page, logged there
        model.addAttribute("journal", journal.senaste(id, 5));
        // the person's SIPs in the units this user may read (R20); each opens on its own page, logged there
        model.addAttribute(
                "sipar",
                sipar.forPerson(person.id()).stream()
                        .filter(sip -> aktuellAnvandare.kanLasaEnhet(sip.enhet()))
                        .toList());
        // the user's roles in the case's unit: which of the case's steps (förlängning, avslut, ...) the page offers
        model.addAttribute(
                "roller",
                aktuellAnvandare
                        .hamta()
                        .map(a -> java.util.Arrays.stream(se.tillit.sakerhet.Roll.values())
                                .filter(r -> a.harRollIEnhet(arende.enhet(), r))
                                .map(Enum::name)
                                .collect(java.util.stream.Collectors.toSet()))
                        .orElse(java.util.Set.of()));
        model.addAttribute(
                "kanBegaraSip",
                arende.oppet()
                        && aktuellAnvandare
                                .hamta()
                                .map(a -> a.harRollIEnhet(arende.enhet(), se.tillit.sakerhet.Roll.HANDLAGGARE))
                                .orElse(false));
        // the providers' genomförandeplaner of the case's orders (R18), each plan shown a read of its own in the log
        List<se.tillit.verkstallighet.Genomforandeplan> genomforandeplanerna = genomforandeplaner.forArende(id);
        if (!genomforandeplanerna.isEmpty()) {
            atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), person.id(), "Genomförandeplan");
        }
        model.addAttribute("genomforandeplaner", genomforandeplanerna);
        return "arende";
    }
}
