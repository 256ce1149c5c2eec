package se.tillit.sakerhet.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person logged in through the municipality's identity provider: the provider's ID token (kept for the logout at
 * the provider) and the Tillit account it was matched to, whose name and roles per unit are the session's.
 */
public final class TillitOidcAnvandare extends DefaultOidcUser {

    private final TillitUserDetails konto;

    TillitOidcAnvandare(OidcUser franLeverantoren, TillitUserDetails konto) {
        super(konto.getAuthorities(), franLeverantoren.getIdToken(), franLeverantoren.getUserInfo());
        this.konto = konto;
        konto.eraseCredentials();
    }

    public TillitUserDetails konto() {
        return konto;
    }

    /** The account as the templates read it ({@code #authentication.principal.anvandare()}), as for a local login. */
    public se.tillit.sakerhet.InloggadAnvandare anvandare() {
        return konto.anvandare();
    }

    /** The Tillit user name: what the engine's log, the records' "who" and the access log name. */
    @Override
    public String getName() {
        return konto.getUsername();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return konto.getAuthorities();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TillitOidcAnvandare annan
                && super.equals(annan)
                && konto.getUsername().equals(annan.getName());
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
