package se.tillit.beslut.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsakt;
import se.tillit.beslut.Delgivningssatt;
import se.tillit.beslut.Domstolsutfall;
import se.tillit.beslut.Omprovningsutfall;
import se.tillit.beslut.Overklagandeakt;
import se.tillit.beslut.Registrering;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.Personvy;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The decision's page after it is taken (the form key of the appeal's user tasks): the decision, its delgivning, the
 * appeal window and laga kraft, and each appeal step by step (FL 44–46 §§), with the form of the step it waits for,
 * through the same use cases as {@code /api/beslut}. Every view is logged. A form answers with a redirect to this page
 * (POST-redirect-GET); invalid input with 400 and the errors beside the fields, nothing saved; a step already recorded
 * (a double click, another user first) with the page and a message saying so.
 */
@Controller
@RequiredArgsConstructor
class BeslutSida {

    /** Parses a form into the use case's command and runs it; adds each problem (a message key) to {@code fel}. */
    private interface Steg {
        Registrering utfor(Map<String, String> fel);
    }

    /** The error of a day before the decision's. */
    private static final String FORE_BESLUTET = "beslutssida.fel.foreBeslutet";

    private final BeslutTjanst beslut;
    private final Arenden arenden;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;
    private final se.tillit.beslut.Insatsavslutningar insatsavslut;
    private final se.tillit.beslut.IndividuellaPlaner planer;
    private final se.tillit.beslut.LssUppgifter lssUppgifter;

    /**
     * @param avslut a reason to prefill the avslut form with (a follow-up whose outcome is avslut leads here, issue 17);
     *        an unknown one prefills nothing
     */
    @GetMapping("/beslut/{id}")
    String sida(@PathVariable UUID id, @RequestParam(required = false) String avslut, Model model) {
        Map<String, String> varden = java.util.Arrays.stream(se.tillit.beslut.Insatsslut.values())
                .filter(o -> o.name().equals(avslut))
                .findFirst()
                .map(o -> Map.of(
                        "insatsslut",
                        o.name(),
                        "avslutsdatum",
                        LocalDate.now(clock).toString()))
                .orElse(Map.of());
        return beslutssida(id, model, varden, Map.of(), null);
    }

    /** The avslut of the insats (issue 17): its verkställighet and uppföljning end, the provider sees why. */
    @PostMapping("/beslut/{id}/avslut")
    String avslut(@PathVariable UUID id, Skickat skickat) {
        Beslut fattat = handlaggarensBeslut(id);
        Map<String, String> fel = new LinkedHashMap<>();
        se.tillit.beslut.Insatsslut orsak =
                enumVarde(se.tillit.beslut.Insatsslut.class, skickat.falt(), "insatsslut", fel);
        LocalDate datum = datum(skickat.falt(), "avslutsdatum", fel, fattat.beslutsdatum(), FORE_BESLUTET);
        return efterBeslutet(
                id, fel, () -> insatsavslut.avsluta(id, datum, orsak), "insatsavslut.registrerat", skickat);
    }

    /**
     * What Socialstyrelsen's LSS register asks beyond the decision (issue 19, docs/adr/0026): personkrets, the kind of
     * housing and the housing municipality when it lies in another municipality.
     */
    @PostMapping("/beslut/{id}/lss-statistik")
    String lssStatistik(@PathVariable UUID id, Skickat skickat) {
        handlaggarensBeslut(id);
        Map<String, String> fel = new LinkedHashMap<>();
        String krets = skickat.falt().getOrDefault("personkrets", "").strip();
        int personkrets = krets.matches("[1-3]") ? Integer.parseInt(krets) : 0;
        if (personkrets == 0) {
            fel.put("personkrets", "lssUppgift.fel.personkrets");
        }
        String form = skickat.falt().getOrDefault("boendeform", "").strip();
        se.tillit.beslut.LssUppgift.Boendeform boendeform = null;
        if (!form.isEmpty()) {
            boendeform = enumVarde(se.tillit.beslut.LssUppgift.Boendeform.class, skickat.falt(), "boendeform", fel);
        }
        String kommun = skickat.falt("boendekommun");
        if (kommun != null && kommun.strip().length() > 4) {
            fel.put("boendekommun", "lssUppgift.fel.kommunkod");
        }
        se.tillit.beslut.LssUppgift.Boendeform valdForm = boendeform;
        String anvandare = aktuellAnvandare.hamta().orElseThrow().anvandarnamn();
        return efterBeslutet(
                id,
                fel,
                () -> lssUppgifter.registrera(id, personkrets, valdForm, kommun, anvandare),
                "lssUppgift.registrerad",
                skickat);
    }

    /** The person's request for an individuell plan (LSS 10 §, R21); the case page's form posts here too. */
    @PostMapping("/beslut/{id}/individuell-plan/begaran")
    String planBegaran(@PathVariable UUID id, Skickat skickat) {
        return planSteg(id, "begard", planer::begar, "individuellPlan.begaranRegistrerad", skickat);
    }

    @PostMapping("/beslut/{id}/individuell-plan/upprattad")
    String planUpprattad(@PathVariable UUID id, Skickat skickat) {
        return planSteg(id, "upprattad", planer::registreraUpprattad, "individuellPlan.upprattadRegistrerad", skickat);
    }

    @PostMapping("/beslut/{id}/individuell-plan/omprovning")
    String planOmprovning(@PathVariable UUID id, Skickat skickat) {
        return planSteg(id, "omprovad", planer::registreraOmprovning, "individuellPlan.omprovningRegistrerad", skickat);
    }

    @PostMapping("/beslut/{id}/individuell-plan/avslut")
    String planAvslut(@PathVariable UUID id, Skickat skickat) {
        Beslut fattat = handlaggarensBeslut(id);
        Map<String, String> fel = new LinkedHashMap<>();
        se.tillit.beslut.IndividuellPlan.Avslutsorsak orsak =
                enumVarde(se.tillit.beslut.IndividuellPlan.Avslutsorsak.class, skickat.falt(), "planAvslutsorsak", fel);
        LocalDate datum = datum(skickat.falt(), "planAvslutad", fel, fattat.beslutsdatum(), FORE_BESLUTET);
        return efterBeslutet(
                id, fel, () -> planer.avsluta(id, datum, orsak), "individuellPlan.avslutRegistrerat", skickat);
    }

    /** A step of the individuell plan that records a day: the day from the form, on or after the decision's. */
    private String planSteg(
            UUID id, String datumfalt, BiFunction<UUID, LocalDate, ?> steg, String meddelande, Skickat skickat) {
        Beslut fattat = handlaggarensBeslut(id);
        Map<String, String> fel = new LinkedHashMap<>();
        LocalDate datum = datum(skickat.falt(), datumfalt, fel, fattat.beslutsdatum(), FORE_BESLUTET);
        return efterBeslutet(id, fel, () -> steg.apply(id, datum), meddelande, skickat);
    }

    /**
     * A step after the decision (the individuell plan, the avslut of the insats): the form's own errors, or its use
     * case's refusal, show the page again with 400; a lost race and a done step go back to the page, which says so.
     * Whether a step was already recorded is the use case's to refuse.
     */
    private String efterBeslutet(
            UUID id, Map<String, String> fel, Supplier<?> andring, String meddelande, Skickat skickat) {
        if (!fel.isEmpty()) {
            return Formularsteg.visaIgen(
                    skickat.response(), () -> beslutssida(id, skickat.model(), skickat.falt(), fel, null));
        }
        return Formularsteg.kor(andring)
                .klart(skickat.redirect(), meddelande, "/beslut/" + id)
                .samtidigt("beslutssida.samtidigt")
                .nekat(
                        skickat.response(),
                        refuserat -> beslutssida(id, skickat.model(), skickat.falt(), refuserat, null));
    }

    @PostMapping("/beslut/{id}/delgivning")
    String delgivning(@PathVariable UUID id, Skickat skickat) {
        Beslut fattat = handlaggarensBeslut(id);
        return steg(id, null, skickat, "beslutssida.delgivningRegistrerad", Beslutsakt::delgivet, fel -> {
            LocalDate datum = datum(skickat.falt(), "delgivningsdatum", fel, fattat.beslutsdatum(), FORE_BESLUTET);
            Delgivningssatt satt = enumVarde(Delgivningssatt.class, skickat.falt(), "delgivningssatt", fel);
            return fel.isEmpty() ? beslut.registreraDelgivning(id, datum, satt) : null;
        });
    }

    @PostMapping("/beslut/{id}/overklagande")
    String overklagande(@PathVariable UUID id, Skickat skickat) {
        Beslut fattat = handlaggarensBeslut(id);
        return steg(id, null, skickat, "beslutssida.overklagandeRegistrerat", akt -> false, fel -> {
            LocalDate inkom = datum(skickat.falt(), "inkom", fel, fattat.beslutsdatum(), FORE_BESLUTET);
            return fel.isEmpty() ? beslut.overklaga(id, inkom).registrering() : null;
        });
    }

    @PostMapping("/overklaganden/{id}/avvisning")
    String avvisning(@PathVariable UUID id, Skickat skickat) {
        return overklagandesteg(id, skickat, "beslutssida.avvisat", o -> o.avvisat() != null, (overklagande, fel) -> {
            LocalDate datum = efterInkom(skickat, "avvisat", fel, overklagande);
            return fel.isEmpty() ? beslut.avvisaOverklagande(id, datum) : null;
        });
    }

    @PostMapping("/overklaganden/{id}/omprovning")
    String omprovning(@PathVariable UUID id, Skickat skickat) {
        return overklagandesteg(
                id, skickat, "beslutssida.omprovningRegistrerad", o -> o.omprovning() != null, (overklagande, fel) -> {
                    Omprovningsutfall utfall = enumVarde(Omprovningsutfall.class, skickat.falt(), "omprovning", fel);
                    String motivering = text(skickat.falt(), "motivering", fel, 10, 4000, true);
                    LocalDate datum = efterInkom(skickat, "omprovad", fel, overklagande);
                    return fel.isEmpty() ? beslut.registreraOmprovning(id, utfall, motivering, datum) : null;
                });
    }

    @PostMapping("/overklaganden/{id}/overlamnande")
    String overlamnande(@PathVariable UUID id, Skickat skickat) {
        return overklagandesteg(
                id, skickat, "beslutssida.overlamnat", o -> o.overlamnat() != null, (overklagande, fel) -> {
                    LocalDate datum = efterInkom(skickat, "overlamnat", fel, overklagande);
                    String malnummer = text(skickat.falt(), "malnummer", fel, 1, 40, false);
                    return fel.isEmpty() ? beslut.registreraOverlamnande(id, datum, malnummer) : null;
                });
    }

    @PostMapping("/overklaganden/{id}/domslut")
    String domslut(@PathVariable UUID id, Skickat skickat) {
        return overklagandesteg(
                id,
                skickat,
                "beslutssida.domslutRegistrerat",
                o -> o.domstolensUtfall() != null,
                (overklagande, fel) -> {
                    LocalDate tidigast =
                            overklagande.overlamnat() != null ? overklagande.overlamnat() : overklagande.inkom();
                    Domstolsutfall utfall = enumVarde(Domstolsutfall.class, skickat.falt(), "domstolensUtfall", fel);
                    LocalDate datum =
                            datum(skickat.falt(), "domDatum", fel, tidigast, "beslutssida.fel.foreOverlamnat");
                    String malnummer = text(skickat.falt(), "malnummer", fel, 1, 40, false);
                    return fel.isEmpty() ? beslut.registreraDomslut(id, utfall.name(), datum, malnummer) : null;
                });
    }

    /** The handläggare names the decision taken according to the judgment: the process's task for it is done. */
    @PostMapping("/overklaganden/{id}/nytt-beslut")
    String nyttBeslut(@PathVariable UUID id, Skickat skickat) {
        return overklagandesteg(
                id,
                skickat,
                "beslutssida.nyttBeslutRegistrerat",
                o -> o.nyttBeslutId() != null,
                (overklagande, fel) -> {
                    UUID nytt = null;
                    try {
                        nytt = UUID.fromString(
                                skickat.falt().getOrDefault("nyttBeslut", "").strip());
                    } catch (IllegalArgumentException e) {
                        fel.put("nyttBeslut", "beslutssida.fel.val");
                    }
                    return fel.isEmpty() ? beslut.registreraBeslutEnligtDom(id, nytt) : null;
                });
    }

    /**
     * A step of an appeal ({@link #steg}), once the user may write on its decision: {@code klart} whether the appeal's
     * record shows the step done, {@code steg} the form read against the appeal as it stands.
     */
    private String overklagandesteg(
            UUID overklagandeId,
            Skickat skickat,
            String meddelande,
            Predicate<Overklagandeakt> klart,
            BiFunction<Overklagandeakt, Map<String, String>, Registrering> steg) {
        Overklagandeakt overklagande = handlaggarensOverklagande(overklagandeId);
        return steg(
                overklagande.beslutId(),
                overklagandeId,
                skickat,
                meddelande,
                klart(overklagandeId, klart),
                fel -> steg.apply(overklagande, fel));
    }

    /** A step's day on an appeal: required, not in the future, not before the appeal came in. */
    private LocalDate efterInkom(Skickat skickat, String namn, Map<String, String> fel, Overklagandeakt overklagande) {
        return datum(skickat.falt(), namn, fel, overklagande.inkom(), "beslutssida.fel.foreInkom");
    }

    /**
     * Runs a step. Its errors answer 400 with the page; a step the record shows as already done, whether this request
     * found it so or lost a race on it, answers with the page and a message saying so, nothing saved twice.
     *
     * @param overklagandeId the appeal whose form was sent, so its errors are shown beside its fields; null for the decision's
     * @param klart whether the step is recorded, read from the decision's record
     */
    private String steg(
            UUID beslutId,
            UUID overklagandeId,
            Skickat skickat,
            String meddelande,
            Predicate<Beslutsakt> klart,
            Steg steg) {
        Map<String, String> fel = new LinkedHashMap<>();
        String sidan = "/beslut/" + beslutId;
        try {
            Registrering registrering = steg.utfor(fel);
            if (fel.isEmpty()) {
                return Formularsteg.tillSidan(
                        skickat.redirect(),
                        registrering == Registrering.REDAN_REGISTRERAD ? "beslutssida.redanRegistrerat" : meddelande,
                        sidan);
            }
        } catch (Konflikt e) {
            return Formularsteg.tillSidan(skickat.redirect(), "beslutssida.samtidigt", sidan);
        } catch (Valideringsfel e) {
            if (klart.test(beslut.akt(beslutId).orElseThrow())) {
                return Formularsteg.tillSidan(skickat.redirect(), "beslutssida.redanRegistrerat", sidan);
            }
            e.perFalt().forEach(fel::putIfAbsent);
        }
        return Formularsteg.visaIgen(
                skickat.response(), () -> beslutssida(beslutId, skickat.model(), skickat.falt(), fel, overklagandeId));
    }

    private static Predicate<Beslutsakt> klart(UUID overklagandeId, Predicate<Overklagandeakt> steg) {
        return akt -> akt.overklaganden().stream().anyMatch(o -> o.id().equals(overklagandeId) && steg.test(o));
    }

    private String beslutssida(UUID id, Model model, Map<String, String> varden, Map<String, String> fel, UUID felFor) {
        Beslutsakt akt = beslut.akt(id).orElseThrow(() -> new HittadesInte("fel.beslutetFinnsInte"));
        Arende arende = arenden.hitta(akt.beslut().arendeId())
                .filter(a -> aktuellAnvandare.kanLasaEnhet(a.enhet()))
                .orElseThrow(() -> new HittadesInte("fel.beslutetFinnsInte"));
        Person person = personer.hitta(arende.personId()).orElseThrow();
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), person.id(), "Beslutssidan");
        model.addAttribute("akt", akt);
        model.addAttribute("b", akt.beslut());
        model.addAttribute("arende", arende);
        model.addAttribute("person", Personvy.av(person, aktuellAnvandare));
        model.addAttribute(
                "kanSkriva",
                aktuellAnvandare
                        .hamta()
                        .map(a -> a.harRollIEnhet(arende.enhet(), Roll.HANDLAGGARE))
                        .orElse(false));
        // per appeal whose judgment calls for a new decision: the case's other decisions taken on or after the
        // judgment's day
        List<Beslut> arendetsBeslut = beslut.forArende(arende.id());
        Map<UUID, List<Beslut>> kandidater = new LinkedHashMap<>();
        akt.overklaganden().stream()
                .filter(Overklagandeakt::vantarPaNyttBeslut)
                .forEach(o -> kandidater.put(
                        o.id(),
                        arendetsBeslut.stream()
                                .filter(b ->
                                        !b.id().equals(id) && !b.beslutsdatum().isBefore(o.domDatum()))
                                .toList()));
        model.addAttribute("kandidater", kandidater);
        model.addAttribute("idag", LocalDate.now(clock));
        model.addAttribute("delgivningssatt", List.of(Delgivningssatt.values()));
        model.addAttribute("omprovningsutfall", List.of(Omprovningsutfall.values()));
        model.addAttribute("domstolsutfall", List.of(Domstolsutfall.values()));
        // issue 17: the individuell plan (LSS 10 §) and the avslut of the insats
        model.addAttribute("individuellPlan", planer.forBeslut(id).orElse(null));
        model.addAttribute("planAvslutsorsaker", List.of(se.tillit.beslut.IndividuellPlan.Avslutsorsak.values()));
        model.addAttribute("insatsavslut", insatsavslut.avslut(id).orElse(null));
        // issue 19: the LSS register's data on the decision, and the kinds of housing its insats allows
        model.addAttribute("lssUppgift", lssUppgifter.senaste(id).orElse(null));
        model.addAttribute(
                "boendeformer",
                se.tillit.beslut.Insats.hitta(akt.beslut().insatstyp())
                        .map(se.tillit.beslut.LssUppgift.Boendeform::tillatnaFor)
                        .map(f -> f.stream().sorted().toList())
                        .orElse(List.of()));
        model.addAttribute("insatsslut", List.of(se.tillit.beslut.Insatsslut.values()));
        // a child's placement ends on its own form (placering-avslut), not as an insats
        model.addAttribute(
                "arPlacering",
                se.tillit.beslut.Insats.hitta(akt.beslut().insatstyp())
                        .map(se.tillit.beslut.Insats::placering)
                        .orElse(false));
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        model.addAttribute("felFor", felFor);
        return "beslut";
    }

    /** A decision the user may write on as a handläggare of its unit: to anyone who may not read it, it does not exist. */
    private Beslut handlaggarensBeslut(UUID id) {
        Beslut fattat = beslut.hitta(id).orElseThrow(() -> new HittadesInte("fel.beslutetFinnsInte"));
        String enhet = arenden.hitta(fattat.arendeId()).orElseThrow().enhet();
        aktuellAnvandare.kravRollIEnhet(enhet, () -> new HittadesInte("fel.beslutetFinnsInte"), Roll.HANDLAGGARE);
        return fattat;
    }

    private Overklagandeakt handlaggarensOverklagande(UUID id) {
        UUID beslutId =
                beslut.beslutForOverklagande(id).orElseThrow(() -> new HittadesInte("fel.overklagandetFinnsInte"));
        handlaggarensBeslut(beslutId);
        return beslut.akt(beslutId).orElseThrow().overklaganden().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** A required date, not in the future and not before {@code tidigast}; a problem is a message key in {@code fel}. */
    private LocalDate datum(
            Map<String, String> falt, String namn, Map<String, String> fel, LocalDate tidigast, String foreFel) {
        String text = falt.get(namn);
        if (text == null || text.isBlank()) {
            fel.putIfAbsent(namn, "beslutssida.fel.datumSaknas");
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(text.strip());
            if (datum.isAfter(LocalDate.now(clock))) {
                fel.putIfAbsent(namn, "beslutssida.fel.framtid");
            } else if (datum.isBefore(tidigast)) {
                fel.putIfAbsent(namn, foreFel);
            }
            return datum;
        } catch (DateTimeParseException e) {
            fel.putIfAbsent(namn, "beslutssida.fel.datumform");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumVarde(
            Class<E> typ, Map<String, String> falt, String namn, Map<String, String> fel) {
        try {
            return Enum.valueOf(typ, falt.getOrDefault(namn, ""));
        } catch (IllegalArgumentException e) {
            fel.putIfAbsent(namn, "beslutssida.fel.val");
            return null;
        }
    }

    private static String text(
            Map<String, String> falt, String namn, Map<String, String> fel, int min, int max, boolean kravs) {
        String text = falt.get(namn);
        if (text == null || text.isBlank()) {
            if (kravs) {
                fel.putIfAbsent(namn, "beslutssida.fel.textSaknas");
            }
            return null;
        }
        String strippad = text.strip();
        if (strippad.length() < min) {
            fel.putIfAbsent(namn, "beslutssida.fel.forKort");
        } else if (strippad.length() > max) {
            fel.putIfAbsent(
                    namn, max > 100 ? "beslutssida.fel.forLangMotivering" : "beslutssida.fel.forLangtMalnummer");
        }
        return strippad;
    }
}
