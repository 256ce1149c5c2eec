package se.tillit.sakerhet.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/**
 * The login page: the local login form, the button to the municipality's identity provider when configured, and the
 * message of a failed, locked, refused or ended login. Request parameters never reach the template: each is turned into
 * a flag or one of the known reasons.
 */
@Controller
@RequiredArgsConstructor
class InloggningSida {

    /** The refusals the login page names (the others are failures, said as {@code fel} or {@code sparrad}). */
    static final List<Orsak> NEKAD_PA_SIDAN = List.of(
            Orsak.SAKNAR_KONTO,
            Orsak.SAKNAR_ROLL,
            Orsak.INAKTIVT_KONTO,
            Orsak.TJANSTEKONTO_I_WEBBLASARE,
            Orsak.IDP_FEL,
            Orsak.LOKALT_LOSENORD_AVSTANGT);

    private final InloggningInstallningar installningar;

    @GetMapping(SakerhetKonfiguration.LOGIN_PAGE)
    String login(
            Authentication authentication,
            @RequestParam(required = false) String fel,
            @RequestParam(required = false) String utloggad,
            @RequestParam(required = false) String sparrad,
            @RequestParam(required = false) String utgangen,
            @RequestParam(required = false) String nekad,
            @RequestParam(required = false) String avslutad,
            Model model) {
        if (authentication != null
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        model.addAttribute("fel", fel != null);
        model.addAttribute("utloggad", utloggad != null);
        model.addAttribute("sparrad", sparrad != null);
        model.addAttribute("utgangen", utgangen != null);
        model.addAttribute("sparrminuter", installningar.sparr().sparrtid().toMinutes());
        model.addAttribute(
                "nekad",
                NEKAD_PA_SIDAN.stream()
                        .filter(orsak -> orsak.name().equals(nekad))
                        .findFirst()
                        .map(orsak -> "login.nekad." + orsak.name())
                        .orElse(null));
        model.addAttribute("oidc", installningar.oidc().enabled());
        model.addAttribute("oidcAdress", "/oauth2/authorization/" + UpptacktKlientregistrering.ID);
        model.addAttribute(
                "losenordsformular",
                !installningar.oidc().enabled() || installningar.oidc().lokalaLosenord());
        // the account was deactivated or its roles changed while the session lived (KontotsGiltighet)
        model.addAttribute("avslutad", avslutad != null);
        return "login";
    }
}
