package se.tillit.oversikt.internal;

import java.time.LocalDate;
import java.util.Arrays;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.drift.Svensktid;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Inloggningslogg;
import se.tillit.sakerhet.Roll;

/**
 * The auditor's view of the login log (issue 16): every login, logout, failed login and lockout, filtered by user name,
 * event and period, newest first.
 */
@Controller
@RequiredArgsConstructor
class InloggningsloggSida {

    static final int MAX_RADER = 1000;

    private final Inloggningslogg logg;
    private final AktuellAnvandare aktuellAnvandare;

    @GetMapping("/revision/inloggningar")
    String visa(
            @RequestParam(required = false) String anvandare,
            @RequestParam(required = false) String handelse,
            @RequestParam(required = false) LocalDate fran,
            @RequestParam(required = false) LocalDate till,
            Model model) {
        if (!aktuellAnvandare.hamta().map(a -> a.harRoll(Roll.REVISOR)).orElse(false)) {
            throw new AccessDeniedException("fel.forRevisorer");
        }
        Inloggningslogg.Handelse vald = Arrays.stream(Inloggningslogg.Handelse.values())
                .filter(h -> h.name().equals(handelse))
                .findFirst()
                .orElse(null);
        model.addAttribute(
                "rader",
                logg.lista(
                        StringUtils.hasText(anvandare) ? anvandare.strip() : null,
                        vald,
                        fran == null ? null : fran.atStartOfDay(Svensktid.ZON).toOffsetDateTime(),
                        till == null
                                ? null
                                : till.plusDays(1).atStartOfDay(Svensktid.ZON).toOffsetDateTime(),
                        MAX_RADER));
        model.addAttribute("anvandare", anvandare);
        model.addAttribute("handelse", vald == null ? "" : vald.name());
        model.addAttribute("handelser", Inloggningslogg.Handelse.values());
        model.addAttribute("fran", fran);
        model.addAttribute("till", till);
        return "revision-inloggningar";
    }
}
