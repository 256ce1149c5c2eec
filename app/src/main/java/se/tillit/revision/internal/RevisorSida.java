package se.tillit.revision.internal;

import static se.tillit.drift.Csv.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.drift.Csv;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.revision.Atkomstlogg;
import se.tillit.revision.Revisionsunderlag;
import se.tillit.revision.Revisionsunderlag.Arendet;
import se.tillit.revision.Tidslinjepost;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The auditor (revisor): find a case by number or personnummer (the search is logged), see its whole history
 * read-only in one timeline (the engine's steps and user operations, our records, e-mails sent, every read),
 * export it as CSV (as JSON: {@link RevisorApi}), and list access by user, person and period. A download is a
 * {@link ResponseEntity}, a body without a view.
 */
@Controller
@RequiredArgsConstructor
class RevisorSida {

    private final Revisionsunderlag underlag;
    private final Arendehistorik historik;
    private final Atkomstlogg atkomstlogg;
    private final AktuellAnvandare aktuellAnvandare;
    private final MessageSource meddelanden;

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
        List<Arendet> traffar = new ArrayList<>();
        String fel = null;
        if (StringUtils.hasText(sok)) {
            String text = sok.strip();
            if (text.matches("\\d{4}-\\d{6}")) {
                underlag.medNummer(text).ifPresent(traffar::add);
                atkomstlogg.logga(
                        Atkomstlogg.Handling.SOK,
                        traffar.isEmpty() ? null : traffar.get(0).id(),
                        null,
                        "Sökning på ärendenummer");
            } else {
                try {
                    Optional<UUID> person = underlag.person(text);
                    person.ifPresent(p -> traffar.addAll(underlag.forPerson(p)));
                    atkomstlogg.logga(Atkomstlogg.Handling.SOK, null, person.orElse(null), "Sökning på personnummer");
                } catch (Revisionsunderlag.OgiltigtPersonnummer e) {
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
        Arendet arende = arende(id);
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Revision: ärendets historik");
        model.addAttribute("arende", arende);
        model.addAttribute("handelser", historik.handelser(arende));
        return "revision-arende";
    }

    @GetMapping(value = "/revision/arenden/{id}/historik.csv")
    ResponseEntity<String> csv(@PathVariable UUID id) {
        Arendet arende = arende(id);
        atkomstlogg.logga(Atkomstlogg.Handling.EXPORT, arende.id(), arende.personId(), "Revision: export CSV");
        StringBuilder csv = new StringBuilder("tid;vem;vad;detalj\r\n");
        for (Tidslinjepost.Handelse h : historik.handelser(arende)) {
            csv.append(cell(
                            h.tid() != null
                                    ? h.tid().toString()
                                    : h.datum() != null ? h.datum().toString() : ""))
                    .append(';')
                    .append(cell(h.vem()))
                    .append(';')
                    .append(cell(h.vad()))
                    .append(';')
                    .append(cell(h.detalj()))
                    .append("\r\n");
        }
        return Csv.fil("arende-" + arende.arendenummer() + ".csv", csv);
    }

    /** The auditor's reading of the log: by user, person, case, kind and period, on the page or as CSV (issue 18). */
    record Loggurval(Atkomstlogg.Urval urval, String fel) {}

    @GetMapping("/revision/atkomst")
    String atkomst(
            @RequestParam(required = false) String anvandare,
            @RequestParam(required = false) String personnummer,
            @RequestParam(required = false) String arende,
            @RequestParam(required = false) Atkomstlogg.Handling handling,
            @RequestParam(required = false) LocalDate fran,
            @RequestParam(required = false) LocalDate till,
            Model model) {
        kravRevisor();
        Loggurval valt = loggurval(anvandare, personnummer, arende, handling, fran, till);
        // issue 18: the auditor's reads of the log are on record too, with the person and case looked up
        atkomstlogg.logga(
                Atkomstlogg.Handling.SOK,
                verklig(valt.urval().arendeId()),
                verklig(valt.urval().personId()),
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
    ResponseEntity<String> atkomstCsv(
            @RequestParam(required = false) String anvandare,
            @RequestParam(required = false) String personnummer,
            @RequestParam(required = false) String arende,
            @RequestParam(required = false) Atkomstlogg.Handling handling,
            @RequestParam(required = false) LocalDate fran,
            @RequestParam(required = false) LocalDate till) {
        kravRevisor();
        Loggurval valt = loggurval(anvandare, personnummer, arende, handling, fran, till);
        if (valt.fel() != null) {
            throw new se.tillit.fel.Valideringsfel("urval", text(valt.fel()));
        }
        List<Atkomstlogg.Rad> rader = atkomstlogg.lista(valt.urval(), 10_000);
        atkomstlogg.logga(
                Atkomstlogg.Handling.EXPORT,
                verklig(valt.urval().arendeId()),
                verklig(valt.urval().personId()),
                "Revision: åtkomstloggen, export CSV (" + rader.size() + " rader)");
        StringBuilder csv =
                new StringBuilder("tid;anvandare;roller;handling;arende_id;person_id;personer;beskrivning\r\n");
        for (Atkomstlogg.Rad r : rader) {
            csv.append(String.join(
                            ";",
                            cell(r.tidpunkt()
                                    .atZoneSameInstant(Svensktid.ZON)
                                    .toOffsetDateTime()
                                    .toString()),
                            cell(r.anvandarnamn()),
                            cell(r.roller()),
                            cell(r.handling().name()),
                            cell(r.arendeId() == null ? "" : r.arendeId().toString()),
                            cell(r.personId() == null ? "" : r.personId().toString()),
                            cell(r.personer().stream()
                                    .map(UUID::toString)
                                    .collect(java.util.stream.Collectors.joining(" "))),
                            cell(r.beskrivning())))
                    .append("\r\n");
        }
        return Csv.fil("atkomstlogg.csv", csv);
    }

    /** An id looked up, or null for none and for the zero id that stands for "not found". */
    private static UUID verklig(UUID id) {
        return id == null || id.equals(new UUID(0, 0)) ? null : id;
    }

    private Loggurval loggurval(
            String anvandare,
            String personnummer,
            String arende,
            Atkomstlogg.Handling handling,
            LocalDate fran,
            LocalDate till) {
        UUID personId = null;
        UUID arendeId = null;
        String fel = null;
        if (StringUtils.hasText(personnummer)) {
            try {
                // a person not in the register matches no row (the zero id), rather than every row
                personId = underlag.person(personnummer).orElse(new UUID(0, 0));
            } catch (Revisionsunderlag.OgiltigtPersonnummer e) {
                fel = "revision.fel.sok";
            }
        }
        if (StringUtils.hasText(arende)) {
            if (arende.strip().matches("\\d{4}-\\d{6}")) {
                arendeId = underlag.medNummer(arende.strip()).map(Arendet::id).orElse(new UUID(0, 0));
            } else {
                fel = "revision.fel.arende";
            }
        }
        return new Loggurval(
                new Atkomstlogg.Urval(
                        StringUtils.hasText(anvandare) ? anvandare.strip() : null,
                        personId,
                        arendeId,
                        handling,
                        null,
                        fran == null ? null : fran.atStartOfDay(Svensktid.ZON).toOffsetDateTime(),
                        till == null
                                ? null
                                : till.plusDays(1).atStartOfDay(Svensktid.ZON).toOffsetDateTime()),
                fel);
    }

    private Arendet arende(UUID id) {
        kravRevisor();
        return underlag.arende(id).orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
    }

    private void kravRevisor() {
        if (!aktuellAnvandare.hamta().map(a -> a.harRoll(Roll.REVISOR)).orElse(false)) {
            throw new AccessDeniedException("fel.forRevisorer");
        }
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, LocaleContextHolder.getLocale());
    }
}
