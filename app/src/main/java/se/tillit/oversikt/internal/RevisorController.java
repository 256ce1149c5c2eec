package se.tillit.oversikt.internal;

import static se.tillit.drift.Csv.cell;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.tillit.arende.Aktualisering;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.HittadesInte;
import se.tillit.motor.Historikrad;
import se.tillit.motor.Motorhistorik;
import se.tillit.notifiering.Utskickshistorik;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.Roll;
import se.tillit.uppfoljning.Uppfoljningar;
import se.tillit.utredning.Utredningar;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * The auditor (revisor): find a case by number or personnummer (the search is logged), see its whole history
 * read-only in one timeline (the engine's steps and user operations, our records, e-mails sent, every read),
 * export it as CSV or JSON, and list access by user, person and period.
 */
@Controller
class RevisorController {

    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");
    private static final java.time.format.DateTimeFormatter KLOCKSLAG = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SVENSK_TID);

    /** One entry of the timeline. */
    record Handelse(OffsetDateTime tid, String vem, String vad, String detalj) {
    }

    private final Arenden arenden;
    private final Personregister personer;
    private final Utredningar utredningar;
    private final Beslutsregister beslut;
    private final Verkstalligheter verkstalligheter;
    private final Uppfoljningar uppfoljningar;
    private final Motorhistorik motorhistorik;
    private final Utskickshistorik utskick;
    private final Atkomstlogg atkomstlogg;
    private final AktuellAnvandare aktuellAnvandare;
    private final se.tillit.uppgift.Handlingar handlingar;
    private final MessageSource meddelanden;
    private final Enhetsregister enheter;
    private final se.tillit.beslut.Insatsavslutningar insatsavslutningar;
    private final se.tillit.beslut.IndividuellaPlaner individuellaPlaner;

    RevisorController(Arenden arenden, Personregister personer, Utredningar utredningar, Beslutsregister beslut,
            Verkstalligheter verkstalligheter, Uppfoljningar uppfoljningar, Motorhistorik motorhistorik,
            Utskickshistorik utskick, Atkomstlogg atkomstlogg, AktuellAnvandare aktuellAnvandare,
            se.tillit.uppgift.Handlingar handlingar, MessageSource meddelanden, Enhetsregister enheter,
            se.tillit.beslut.Insatsavslutningar insatsavslutningar, se.tillit.beslut.IndividuellaPlaner individuellaPlaner) {
        this.insatsavslutningar = insatsavslutningar;
        this.individuellaPlaner = individuellaPlaner;
        this.meddelanden = meddelanden;
        this.enheter = enheter;
        this.handlingar = handlingar;
        this.arenden = arenden;
        this.personer = personer;
        this.utredningar = utredningar;
        this.beslut = beslut;
        this.verkstalligheter = verkstalligheter;
        this.uppfoljningar = uppfoljningar;
        this.motorhistorik = motorhistorik;
        this.utskick = utskick;
        this.atkomstlogg = atkomstlogg;
        this.aktuellAnvandare = aktuellAnvandare;
    }

    /** The search form. A search is a POST: a personnummer never travels in an address (browser history, proxies, logs). */
    @GetMapping("/revision")
    String sokformular(Model model) {
        kravRevisor();
        model.addAttribute("sok", "");
        model.addAttribute("sokt", false);
        model.addAttribute("traffar", List.of());
        model.addAttribute("fel", null);
        return "revision";
    }

    @PostMapping("/revision")
    String sok(@RequestParam(required = false) String sok, Model model) {
        kravRevisor();
        List<Arende> traffar = new ArrayList<>();
        String fel = null;
        if (StringUtils.hasText(sok)) {
            String text = sok.strip();
            if (text.matches("\\d{4}-\\d{6}")) {
                arenden.hittaMedNummer(text).ifPresent(traffar::add);
                atkomstlogg.logga(Atkomstlogg.Handling.SOK, traffar.isEmpty() ? null : traffar.get(0).id(), null,
                        "Sökning på ärendenummer");
            } else {
                try {
                    Optional<Person> person = personer.hitta(Personnummer.tolka(text));
                    person.ifPresent(p -> traffar.addAll(arenden.hittaForPerson(p.id())));
                    atkomstlogg.logga(Atkomstlogg.Handling.SOK, null, person.map(Person::id).orElse(null), "Sökning på personnummer");
                } catch (OgiltigtPersonnummerException e) {
                    fel = "revision.fel.sok";
                }
            }
        }
        // a case number stays in the field; a personnummer is not written back into the page
        model.addAttribute("sok", sok == null || !sok.strip().matches("\\d{4}-\\d{6}") ? "" : sok.strip());
        model.addAttribute("sokt", StringUtils.hasText(sok));
        model.addAttribute("traffar", traffar);
        model.addAttribute("fel", fel);
        return "revision";
    }

    @GetMapping("/revision/arenden/{id}")
    String historik(@PathVariable UUID id, Model model) {
        Arende arende = arende(id);
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Revision: ärendets historik");
        model.addAttribute("arende", arende);
        model.addAttribute("handelser", handelser(arende));
        return "revision-arende";
    }

    @GetMapping(value = "/revision/arenden/{id}/historik.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<List<Handelse>> json(@PathVariable UUID id) {
        Arende arende = arende(id);
        atkomstlogg.logga(Atkomstlogg.Handling.EXPORT, arende.id(), arende.personId(), "Revision: export JSON");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"arende-" + arende.arendenummer() + ".json\"").body(handelser(arende));
    }

    @GetMapping(value = "/revision/arenden/{id}/historik.csv")
    @ResponseBody
    ResponseEntity<String> csv(@PathVariable UUID id) {
        Arende arende = arende(id);
        atkomstlogg.logga(Atkomstlogg.Handling.EXPORT, arende.id(), arende.personId(), "Revision: export CSV");
        StringBuilder csv = new StringBuilder("tid;vem;vad;detalj\r\n");
        for (Handelse h : handelser(arende)) {
            csv.append(cell(h.tid() == null ? "" : h.tid().toString())).append(';').append(cell(h.vem())).append(';')
                    .append(cell(h.vad())).append(';').append(cell(h.detalj())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"arende-" + arende.arendenummer() + ".csv\"")
                .body(csv.toString());
    }

    /** The auditor's reading of the log: by user, person, case, kind and period, on the page or as CSV (issue 18). */
    record Loggurval(Atkomstlogg.Urval urval, String fel) {
    }

    @GetMapping("/revision/atkomst")
    String atkomst(@RequestParam(required = false) String anvandare, @RequestParam(required = false) String personnummer,
            @RequestParam(required = false) String arende, @RequestParam(required = false) Atkomstlogg.Handling handling,
            @RequestParam(required = false) LocalDate fran, @RequestParam(required = false) LocalDate till, Model model) {
        kravRevisor();
        Loggurval valt = loggurval(anvandare, personnummer, arende, handling, fran, till);
        // issue 18: the auditor's reads of the log are on record too, with the person and case looked up
        atkomstlogg.logga(Atkomstlogg.Handling.SOK, verklig(valt.urval().arendeId()), verklig(valt.urval().personId()),
                "Revision: åtkomstloggen");
        model.addAttribute("rader", valt.fel() != null ? List.of() : atkomstlogg.lista(valt.urval(), 1000));
        model.addAttribute("anvandare", anvandare);
        model.addAttribute("personnummer", personnummer);
        model.addAttribute("arende", arende);
        model.addAttribute("handling", handling);
        model.addAttribute("handlingar", Atkomstlogg.Handling.values());
        model.addAttribute("fran", fran);
        model.addAttribute("till", till);
        model.addAttribute("fel", valt.fel());
        return "revision-atkomst";
    }

    @GetMapping("/revision/atkomst.csv")
    @ResponseBody
    ResponseEntity<String> atkomstCsv(@RequestParam(required = false) String anvandare,
            @RequestParam(required = false) String personnummer, @RequestParam(required = false) String arende,
            @RequestParam(required = false) Atkomstlogg.Handling handling, @RequestParam(required = false) LocalDate fran,
            @RequestParam(required = false) LocalDate till) {
        kravRevisor();
        Loggurval valt = loggurval(anvandare, personnummer, arende, handling, fran, till);
        if (valt.fel() != null) {
            throw new se.tillit.fel.Valideringsfel("urval", text(valt.fel()));
        }
        List<Atkomstlogg.Rad> rader = atkomstlogg.lista(valt.urval(), 10_000);
        atkomstlogg.logga(Atkomstlogg.Handling.EXPORT, verklig(valt.urval().arendeId()), verklig(valt.urval().personId()),
                "Revision: åtkomstloggen, export CSV (" + rader.size() + " rader)");
        StringBuilder csv = new StringBuilder("tid;anvandare;roller;handling;arende_id;person_id;personer;beskrivning\r\n");
        for (Atkomstlogg.Rad r : rader) {
            csv.append(String.join(";", cell(r.tidpunkt().atZoneSameInstant(SVENSK_TID).toOffsetDateTime().toString()),
                    cell(r.anvandarnamn()), cell(r.roller()), cell(r.handling().name()),
                    cell(r.arendeId() == null ? "" : r.arendeId().toString()), cell(r.personId() == null ? "" : r.personId().toString()),
                    cell(r.personer().stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(" "))),
                    cell(r.beskrivning()))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"atkomstlogg.csv\"").body(csv.toString());
    }

    /** An id looked up, or null for none and for the zero id that stands for "not found". */
    private static UUID verklig(UUID id) {
        return id == null || id.equals(new UUID(0, 0)) ? null : id;
    }

    private Loggurval loggurval(String anvandare, String personnummer, String arende, Atkomstlogg.Handling handling,
            LocalDate fran, LocalDate till) {
        UUID personId = null;
        UUID arendeId = null;
        String fel = null;
        if (StringUtils.hasText(personnummer)) {
            try {
                // a person not in the register matches no row (the zero id), rather than every row
                personId = personer.hitta(Personnummer.tolka(personnummer)).map(Person::id).orElse(new UUID(0, 0));
            } catch (OgiltigtPersonnummerException e) {
                fel = "revision.fel.sok";
            }
        }
        if (StringUtils.hasText(arende)) {
            if (arende.strip().matches("\\d{4}-\\d{6}")) {
                arendeId = arenden.hittaMedNummer(arende.strip()).map(Arende::id).orElse(new UUID(0, 0));
            } else {
                fel = "revision.fel.arende";
            }
        }
        return new Loggurval(new Atkomstlogg.Urval(StringUtils.hasText(anvandare) ? anvandare.strip() : null, personId,
                arendeId, handling, null, fran == null ? null : fran.atStartOfDay(SVENSK_TID).toOffsetDateTime(),
                till == null ? null : till.plusDays(1).atStartOfDay(SVENSK_TID).toOffsetDateTime()), fel);
    }

    /**
     * The timeline in words: every code (an operation type of the engine, an insats, an outcome, a unit) by its name
     * from the message files or the unit register, in the page, the CSV and the JSON alike.
     */
    private List<Handelse> handelser(Arende arende) {
        List<Handelse> handelser = new ArrayList<>();
        motorhistorik.forArende(arende.arendenummer()).forEach(h -> handelser.add(h.slag() == Historikrad.Slag.STEG
                ? new Handelse(h.tid(), h.vem(), text("revision.h.steg", h.process(), h.namn()), h.klar() == null
                        ? text("revision.h.pagar") : text("revision.h.klar", KLOCKSLAG.format(h.klar())))
                : new Handelse(h.tid(), h.vem(), text("revision.h.atgard", h.process(), namn("revision.operation.", h.namn())),
                        h.egenskap() == null ? "" : text("revision.h.andring", namn("revision.egenskap.", h.egenskap()),
                                h.fran() == null ? "–" : h.fran(), h.till() == null ? "–" : h.till()))));
        for (Aktualisering a : arenden.aktualiseringar(arende.id())) {
            handelser.add(new Handelse(a.inkom(), null, text("revision.h.aktualisering", namn("aktualiseringstyp.", a.typ().name())),
                    text("revision.h.orsak", namn("orsakskod.", a.orsakskod()))
                            + (a.tidigareArendeId() == null ? "" : text("revision.h.lankad"))));
            if (a.utfall() != null) {
                handelser.add(new Handelse(a.utfallRegistrerat(), a.utfallAv(), text("revision.h.utfall",
                        namn("utfall.", a.utfall().name())), ""));
            }
        }
        utredningar.forArende(arende.id()).forEach(u -> {
            handelser.add(new Handelse(dag(u.inledd()), null, text("revision.h.utredningInledd"),
                    text("revision.h.frist", u.frist(), namn("fristkalla.", u.fristKalla()))));
            utredningar.forlangningar(u.id()).forEach(f -> handelser.add(new Handelse(dag(f.beslutsdatum()), f.beslutadAv(),
                    text("revision.h.forlangning"), text("revision.h.nyFrist", f.nyFrist(), f.skal()))));
            if (u.avslutad() != null) {
                handelser.add(new Handelse(dag(u.avslutad()), null, text("revision.h.utredningAvslutad"), ""));
            }
        });
        for (Beslut b : beslut.forArende(arende.id())) {
            handelser.add(new Handelse(dag(b.beslutsdatum()), b.beslutsfattare(), text("revision.h.beslut",
                    namn("insats.", b.insatstyp()), namn("beslutsutfall.", b.utfall().name())),
                    text("revision.h.lagrum", !b.lagrum().lag().name().equals("SOL")
                            ? text("lagrum." + b.lagrum().lag().name(), b.lagrum().paragraf(), b.lagrum().lagversion())
                            : text("lagrum.SOL", b.lagrum().kapitel(), b.lagrum().paragraf(), b.lagrum().lagversion()),
                            b.delegationspunkt())));
            if (b.delgivningsdatum() != null) {
                handelser.add(new Handelse(dag(b.delgivningsdatum()), null, text("revision.h.delgivet"),
                        text("revision.h.overklagandetid", b.overklagandefrist())));
            }
            if (b.lagaKraft() != null) {
                handelser.add(new Handelse(dag(b.lagaKraft()), null, text("revision.h.lagaKraft"), ""));
            }
            verkstalligheter.status(b.id()).ifPresent(v -> {
                if (v.verkstalld() != null) {
                    handelser.add(new Handelse(dag(v.verkstalld()), null, text("revision.h.verkstalld"),
                            text("revision.h.utforare", enheter.namn(v.utforare()))));
                }
                if (v.ejVerkstalltSedan() != null) {
                    handelser.add(new Handelse(dag(v.ejVerkstalltSedan()), null, text("revision.h.ejVerkstallt"), ""));
                }
            });
            uppfoljningar.forBeslut(b.id()).stream().filter(u -> u.genomford() != null).forEach(u ->
                    handelser.add(new Handelse(dag(u.genomford()), null, text("revision.h.uppfoljning"),
                            namn("revision.uppfoljningsresultat.", u.resultat()))));
            // issue 17: the avslut of the insats and the individuell plan (LSS 10 §)
            insatsavslutningar.avslut(b.id()).ifPresent(a -> handelser.add(new Handelse(a.registrerad(), a.registreradAv(),
                    text("revision.h.insatsavslut", namn("insats.", b.insatstyp())),
                    text("revision.h.insatsavslutOrsak", a.datum(), namn("insatsslut.", a.orsak().name())))));
            individuellaPlaner.forBeslut(b.id()).ifPresent(p -> {
                handelser.add(new Handelse(dag(p.begard()), null, text("revision.h.planBegard"), ""));
                if (p.upprattad() != null) {
                    handelser.add(new Handelse(dag(p.upprattad()), null, text("revision.h.planUpprattad"), ""));
                }
                p.omprovningar().forEach(d -> handelser.add(new Handelse(dag(d), null, text("revision.h.planOmprovad"), "")));
                if (p.avslutad() != null) {
                    handelser.add(new Handelse(dag(p.avslutad()), null, text("revision.h.planAvslutad"),
                            namn("individuellPlan.avslutsorsak.", p.avslutsorsak().name())));
                }
            });
        }
        // a document's content is on the case page; the history records that it was written, by whom and when
        handlingar.forArende(arende.id()).forEach(h -> handelser.add(new Handelse(h.upprattad(), h.upprattadAv(),
                text("revision.h.handling", h.rubrik()), text("revision.h.falt", h.innehall().size()))));
        utskick.forArende(arende.id()).forEach(e -> handelser.add(new Handelse(e.skickad(), null,
                text("revision.h.epost", namn("revision.epost.", e.slag())), text("revision.h.till", e.mottagare()))));
        atkomstlogg.forArende(arende.id()).forEach(r -> handelser.add(new Handelse(r.tidpunkt(), r.anvandarnamn(),
                text("revision.h.atkomst", namn("revision.atkomst.", r.handling().name())),
                r.beskrivning() + " (" + r.roller() + ")")));
        handelser.sort(Comparator.comparing(Handelse::tid, Comparator.nullsFirst(Comparator.naturalOrder())));
        // shown and exported in Swedish time
        return handelser.stream().map(h -> new Handelse(h.tid() == null ? null
                : h.tid().atZoneSameInstant(SVENSK_TID).toOffsetDateTime(), h.vem(), h.vad(), h.detalj())).toList();
    }

    private Arende arende(UUID id) {
        kravRevisor();
        return arenden.hitta(id).orElseThrow(() -> new HittadesInte("Ärendet finns inte"));
    }

    private void kravRevisor() {
        if (!aktuellAnvandare.hamta().map(a -> a.harRoll(Roll.REVISOR)).orElse(false)) {
            throw new AccessDeniedException("För revisorer");
        }
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, LocaleContextHolder.getLocale());
    }

    /** A code's name from the message files, or the code itself where none is written (an orsakskod typed by hand). */
    private String namn(String prefix, String kod) {
        return kod == null ? "" : meddelanden.getMessage(prefix + kod, null, kod, LocaleContextHolder.getLocale());
    }

    private static OffsetDateTime dag(LocalDate datum) {
        return datum == null ? null : datum.atStartOfDay(SVENSK_TID).toOffsetDateTime();
    }
}
