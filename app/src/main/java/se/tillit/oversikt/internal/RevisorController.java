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

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.tillit.arende.Aktualisering;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.HittadesInte;
import se.tillit.motor.Motorhistorik;
import se.tillit.notifiering.Utskickshistorik;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
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

    RevisorController(Arenden arenden, Personregister personer, Utredningar utredningar, Beslutsregister beslut,
            Verkstalligheter verkstalligheter, Uppfoljningar uppfoljningar, Motorhistorik motorhistorik,
            Utskickshistorik utskick, Atkomstlogg atkomstlogg, AktuellAnvandare aktuellAnvandare,
            se.tillit.uppgift.Handlingar handlingar) {
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

    @GetMapping("/revision")
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
        model.addAttribute("sok", sok == null ? "" : sok);
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

    @GetMapping("/revision/atkomst")
    String atkomst(@RequestParam(required = false) String anvandare, @RequestParam(required = false) String personnummer,
            @RequestParam(required = false) LocalDate fran, @RequestParam(required = false) LocalDate till, Model model) {
        kravRevisor();
        UUID personId = null;
        String fel = null;
        if (StringUtils.hasText(personnummer)) {
            try {
                personId = personer.hitta(Personnummer.tolka(personnummer)).map(Person::id).orElse(new UUID(0, 0));
            } catch (OgiltigtPersonnummerException e) {
                fel = "revision.fel.sok";
            }
        }
        model.addAttribute("rader", fel != null ? List.of() : atkomstlogg.lista(StringUtils.hasText(anvandare) ? anvandare.strip() : null,
                personId, fran == null ? null : fran.atStartOfDay(SVENSK_TID).toOffsetDateTime(),
                till == null ? null : till.plusDays(1).atStartOfDay(SVENSK_TID).toOffsetDateTime(), 1000));
        model.addAttribute("anvandare", anvandare);
        model.addAttribute("personnummer", personnummer);
        model.addAttribute("fran", fran);
        model.addAttribute("till", till);
        model.addAttribute("fel", fel);
        return "revision-atkomst";
    }

    private List<Handelse> handelser(Arende arende) {
        List<Handelse> handelser = new ArrayList<>();
        motorhistorik.forArende(arende.arendenummer())
                .forEach(h -> handelser.add(new Handelse(h.tid(), h.vem(), h.vad(), h.detalj())));
        for (Aktualisering a : arenden.aktualiseringar(arende.id())) {
            handelser.add(new Handelse(a.inkom(), null, "Aktualisering inkom: " + a.typ(), "orsak " + a.orsakskod()
                    + (a.tidigareArendeId() == null ? "" : ", länkad till tidigare ärende")));
            if (a.utfall() != null) {
                handelser.add(new Handelse(a.utfallRegistrerat(), a.utfallAv(), "Utfall: " + a.utfall(), ""));
            }
        }
        utredningar.forArende(arende.id()).forEach(u -> {
            handelser.add(new Handelse(dag(u.inledd()), null, "Utredning inledd", "frist " + u.frist() + " (" + u.fristKalla() + ")"));
            utredningar.forlangningar(u.id()).forEach(f -> handelser.add(new Handelse(dag(f.beslutsdatum()), f.beslutadAv(),
                    "Förlängning av utredningen", "ny frist " + f.nyFrist() + ": " + f.skal())));
            if (u.avslutad() != null) {
                handelser.add(new Handelse(dag(u.avslutad()), null, "Utredning avslutad", ""));
            }
        });
        for (Beslut b : beslut.forArende(arende.id())) {
            handelser.add(new Handelse(dag(b.beslutsdatum()), b.beslutsfattare(), "Beslut: " + b.insatstyp() + " " + b.utfall(),
                    b.lagrum().lag() + " " + b.lagrum().lagversion() + " " + b.lagrum().paragraf() + ", delegation " + b.delegationspunkt()));
            if (b.delgivningsdatum() != null) {
                handelser.add(new Handelse(dag(b.delgivningsdatum()), null, "Beslut delgivet", "överklagandetid till " + b.overklagandefrist()));
            }
            if (b.lagaKraft() != null) {
                handelser.add(new Handelse(dag(b.lagaKraft()), null, "Beslut har vunnit laga kraft", ""));
            }
            verkstalligheter.status(b.id()).ifPresent(v -> {
                if (v.verkstalld() != null) {
                    handelser.add(new Handelse(dag(v.verkstalld()), null, "Insatsen verkställd", "utförare " + v.utforare()));
                }
                if (v.ejVerkstalltSedan() != null) {
                    handelser.add(new Handelse(dag(v.ejVerkstalltSedan()), null, "Ej verkställt beslut registrerat", ""));
                }
            });
            uppfoljningar.forBeslut(b.id()).stream().filter(u -> u.genomford() != null).forEach(u ->
                    handelser.add(new Handelse(dag(u.genomford()), null, "Uppföljning", u.resultat())));
        }
        // a document's content is on the case page; the history records that it was written, by whom and when
        handlingar.forArende(arende.id()).forEach(h -> handelser.add(new Handelse(h.upprattad(), h.upprattadAv(),
                "Handling upprättad: " + h.rubrik(), h.innehall().size() + " fält")));
        utskick.forArende(arende.id()).forEach(e -> handelser.add(new Handelse(e.skickad(), null,
                "E-post skickad: " + e.slag(), "till " + e.mottagare())));
        atkomstlogg.forArende(arende.id()).forEach(r -> handelser.add(new Handelse(r.tidpunkt(), r.anvandarnamn(),
                "Åtkomst: " + r.handling(), r.beskrivning() + " (" + r.roller() + ")")));
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

    private static OffsetDateTime dag(LocalDate datum) {
        return datum == null ? null : datum.atStartOfDay(SVENSK_TID).toOffsetDateTime();
    }
}
