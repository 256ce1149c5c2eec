package se.tillit.sakerhet.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The Spring Security principal. Authorities are {@code ROLE_X} for every role the user holds in any
 * unit (for URL rules); the roles per unit travel in {@link #anvandare()} for decisions per object.
 */
public final class TillitUserDetails implements UserDetails, CredentialsContainer {

    private final InloggadAnvandare anvandare;
    private final boolean tjanstekonto;
    private final boolean aktiv;
    private final long behorighetsversion;
    private String losenordHash;

    TillitUserDetails(
            InloggadAnvandare anvandare,
            String losenordHash,
            boolean tjanstekonto,
            boolean aktiv,
            long behorighetsversion) {
        this.anvandare = anvandare;
        this.losenordHash = losenordHash;
        this.tjanstekonto = tjanstekonto;
        this.aktiv = aktiv;
        this.behorighetsversion = behorighetsversion;
    }

    /**
     * The account's version of what it may do when it was loaded (at login): a session whose version the account has
     * left behind ends at its next request ({@link KontotsGiltighet}).
     */
    long behorighetsversion() {
        return behorighetsversion;
    }

    public InloggadAnvandare anvandare() {
        return anvandare;
    }

    /** A service account of another system: HTTP Basic on APIs only, never a form login. */
    public boolean tjanstekonto() {
        return tjanstekonto;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return anvandare.rollerPerEnhet().values().stream()
                .flatMap(Set::stream)
                .distinct()
                .sorted()
                .map(Roll::authority)
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return losenordHash;
    }

    @Override
    public String getUsername() {
        return anvandare.anvandarnamn();
    }

    @Override
    public boolean isEnabled() {
        return aktiv;
    }

    @Override
    public void eraseCredentials() {
        losenordHash = null;
    }

    @Override
    public String toString() {
        return "TillitUserDetails[" + anvandare.anvandarnamn() + ", " + List.copyOf(getAuthorities()) + "]";
    }
}
