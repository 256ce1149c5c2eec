package se.tillit.sakerhet;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.tillit.fel.Texter;
import se.tillit.sakerhet.internal.TillitOidcAnvandare;
import se.tillit.sakerhet.internal.TillitUserDetails;

/** Who is logged in on the current request, with their roles per unit. */
@Component
public class AktuellAnvandare {

    public Optional<InloggadAnvandare> hamta() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TillitUserDetails details) {
            return Optional.of(details.anvandare());
        }
        if (authentication != null && authentication.getPrincipal() instanceof TillitOidcAnvandare oidc) {
            // logged in through the municipality's identity provider: the matched Tillit account (ADR 18)
            return Optional.of(oidc.konto().anvandare());
        }
        return Optional.empty();
    }

    /**
     * The logged-in user, who must hold one of the roles in the unit, or be a service account (INTEGRATION).
     *
     * @throws AccessDeniedException (403) otherwise, naming the unit
     */
    public InloggadAnvandare kravRollIEnhet(String enhet, Roll... roller) {
        InloggadAnvandare anvandare = hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        boolean behorig = anvandare.harRoll(Roll.INTEGRATION)
                || Arrays.stream(roller).anyMatch(roll -> anvandare.harRollIEnhet(enhet, roll));
        if (!behorig) {
            throw new AccessDeniedException(
                    Texter.text("sakerhet.fel.kraverRollenIEnheten", Arrays.toString(roller), enhet));
        }
        return anvandare;
    }

    /**
     * For a write to an object of the unit: to whoever may not read the unit the object does not exist ({@code finnsInte},
     * a 404, the answer a read gives, docs/adr/0006); a reader without one of the roles gets 403, as in
     * {@link #kravRollIEnhet(String, Roll...)}.
     */
    public InloggadAnvandare kravRollIEnhet(
            String enhet, Supplier<? extends RuntimeException> finnsInte, Roll... roller) {
        if (!kanLasaEnhet(enhet)) {
            throw finnsInte.get();
        }
        return kravRollIEnhet(enhet, roller);
    }

    /** Who may read a case of the unit: its handläggare and chef, revisorer, service accounts. */
    public boolean kanLasaEnhet(String enhet) {
        return hamta().map(anvandare -> anvandare.harRollIEnhet(enhet, Roll.HANDLAGGARE)
                        || anvandare.harRollIEnhet(enhet, Roll.CHEF)
                        || anvandare.harRoll(Roll.REVISOR)
                        || anvandare.harRoll(Roll.INTEGRATION))
                .orElse(false);
    }
}
