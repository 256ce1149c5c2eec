package se.tillit.sakerhet.internal;

import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/**
 * Maps the identity provider's user to a Tillit account (issue 16, ADR 18): the value of the configured claim is the
 * account's user name or its {@code externt_id}. The provider gives identity only; the units and roles are Tillit's
 * own records. Refused, with the reason for the login page and the log: no account, a service account, an inactive
 * account, an account without any role.
 */
class OidcInloggning implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> leverantoren;
    private final AnvandarRepository konton;
    private final InloggningInstallningar.Oidc installningar;

    OidcInloggning(AnvandarRepository konton, InloggningInstallningar.Oidc installningar) {
        this(new OidcUserService(), konton, installningar);
    }

    OidcInloggning(
            OAuth2UserService<OidcUserRequest, OidcUser> leverantoren,
            AnvandarRepository konton,
            InloggningInstallningar.Oidc installningar) {
        this.leverantoren = leverantoren;
        this.konton = konton;
        this.installningar = installningar;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest begaran) {
        OidcUser anvandare = leverantoren.loadUser(begaran);
        Object claim = anvandare.getClaims().get(installningar.anvandarClaim());
        String varde = claim == null ? "" : claim.toString().strip();
        if (varde.isEmpty()) {
            throw new Nekad(Orsak.IDP_FEL, anvandare.getSubject());
        }
        Optional<TillitUserDetails> konto = installningar.matchning() == InloggningInstallningar.Matchning.EXTERNT_ID
                ? konton.hittaMedExterntId(varde)
                : konton.hittaForInloggning(JdbcInloggningslogg.namn(varde));
        if (konto.isEmpty()) {
            throw new Nekad(Orsak.SAKNAR_KONTO, varde);
        }
        TillitUserDetails details = konto.get();
        if (details.tjanstekonto()) {
            throw new Nekad(Orsak.TJANSTEKONTO_I_WEBBLASARE, details.getUsername());
        }
        if (!details.isEnabled()) {
            throw new Nekad(Orsak.INAKTIVT_KONTO, details.getUsername());
        }
        if (details.anvandare().rollerPerEnhet().values().stream().allMatch(java.util.Set::isEmpty)) {
            throw new Nekad(Orsak.SAKNAR_ROLL, details.getUsername());
        }
        return new TillitOidcAnvandare(anvandare, details);
    }

    /** A refusal with its reason and the name the log gives it (the account's, or the claim's value). */
    static final class Nekad extends OAuth2AuthenticationException {

        private final Orsak orsak;
        private final String namn;

        Nekad(Orsak orsak, String namn) {
            super(
                    new OAuth2Error("tillit_" + orsak.name().toLowerCase(java.util.Locale.ROOT)),
                    "Inloggningen nekades: " + orsak);
            this.orsak = orsak;
            this.namn = namn == null ? "" : namn;
        }

        Orsak orsak() {
            return orsak;
        }

        String namn() {
            return namn;
        }
    }
}
