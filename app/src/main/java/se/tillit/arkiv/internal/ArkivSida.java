package se.tillit.arkiv.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arkiv.Leveranskvitto;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The deliveries to the e-archive (issue 18, docs/adr/0025), for ADMIN and REVISOR: when, by whom, which package, its
 * checksum, size and counts, never a person or any content of a file (ADMIN reads no case, ADR 0019). An ADMIN may
 * deliver one person's whole file on demand, by personnummer and with a reason; the main caller is the gallring run. A
 * delivery that cannot be made answers 4xx (or 503 when the outbox cannot be written) with the page and its reason.
 */
@Controller
@RequiredArgsConstructor
class ArkivSida {

    private final ArkivleveransTjanst leveranser;
    private final Personregister personer;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final MessageSource meddelanden;

    @GetMapping("/admin/arkiv")
    String sida(Model model) {
        InloggadAnvandare anvandare = aktuellAnvandare
                .hamta()
                .filter(a -> a.harRoll(Roll.ADMIN) || a.harRoll(Roll.REVISOR))
                .orElseThrow(() ->
                        new AccessDeniedException("arkiv.fel.arkivleveransernaLasesAvSystemforvaltareOchRevisorer"));
        model.addAttribute("leveranser", leveranser.leveranser(200));
        model.addAttribute("admin", anvandare.harRoll(Roll.ADMIN));
        model.addAttribute("utkorg", leveranser.utkorg());
        model.addAttribute("langstaSkal", ArkivleveransTjanst.LANGSTA_SKAL);
        return "arkiv";
    }

    @PostMapping("/admin/arkiv/leveranser")
    String leverera(
            @RequestParam(required = false) String personnummer,
            @RequestParam(required = false) String skal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        InloggadAnvandare admin = aktuellAnvandare
                .hamta()
                .filter(a -> a.harRoll(Roll.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("arkiv.fel.leveransTillEArkivetGorsAvSystemforvaltare"));
        try {
            Personnummer nummer = personnummer(personnummer);
            String orsak = skal == null ? "" : skal.strip();
            if (orsak.isEmpty() || orsak.length() > ArkivleveransTjanst.LANGSTA_SKAL) {
                throw new Vagrad("arkiv.vagrad.skal", HttpStatus.BAD_REQUEST);
            }
            Person person = personer.hitta(nummer)
                    .orElseThrow(() -> new Vagrad("arkiv.vagrad.okandPerson", HttpStatus.BAD_REQUEST));
            List<UUID> akt =
                    arenden.hittaForPerson(person.id()).stream().map(Arende::id).toList();
            if (akt.isEmpty()) {
                throw new Vagrad("arkiv.vagrad.ingaArenden", HttpStatus.BAD_REQUEST);
            }
            Leveranskvitto kvitto;
            try {
                kvitto = leveranser.leverera(person.id(), akt, admin.anvandarnamn(), orsak);
            } catch (UncheckedIOException e) {
                throw new Vagrad("arkiv.vagrad.utkorg", HttpStatus.SERVICE_UNAVAILABLE);
            }
            redirect.addFlashAttribute(
                    "klart",
                    meddelande(
                            "arkiv.leverans.klar",
                            kvitto.paketId(),
                            kvitto.antal().filer()));
            return "redirect:/admin/arkiv";
        } catch (Vagrad vagrad) {
            response.setStatus(vagrad.status.value());
            model.addAttribute("fel", meddelande(vagrad.getMessage(), leveranser.utkorg()));
            return sida(model);
        }
    }

    private static Personnummer personnummer(String text) {
        try {
            return Personnummer.tolka(text == null ? "" : text.strip());
        } catch (OgiltigtPersonnummerException e) {
            throw new Vagrad("arkiv.vagrad.personnummer", HttpStatus.BAD_REQUEST);
        }
    }

    private String meddelande(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, LocaleContextHolder.getLocale());
    }

    /** A delivery that cannot be made, with its message key and status; nothing has been written. */
    private static final class Vagrad extends RuntimeException {

        private final HttpStatus status;

        Vagrad(String meddelande, HttpStatus status) {
            super(meddelande, null, false, false);
            this.status = status;
        }
    }
}
