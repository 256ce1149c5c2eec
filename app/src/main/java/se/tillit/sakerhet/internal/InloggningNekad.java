package se.tillit.sakerhet.internal;

import org.springframework.security.core.AuthenticationException;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/**
 * A login refused for a reason the login page or the API names: locked or throttled after repeated failures
 * ({@link Orsak#KONTO_SPARRAT}, {@link Orsak#ADRESS_STRYPT}; the same answer whether the account exists or not), a
 * person's password over HTTP Basic, a service account in the browser.
 */
class InloggningNekad extends AuthenticationException {

    private final Orsak orsak;

    InloggningNekad(Orsak orsak) {
        super("Inloggningen nekades: " + orsak);
        this.orsak = orsak;
    }

    Orsak orsak() {
        return orsak;
    }

    /** Locked or throttled: the page and the API say the same to everyone, existing account or not. */
    boolean sparr() {
        return orsak == Orsak.KONTO_SPARRAT
                || orsak == Orsak.ADRESS_STRYPT
                || orsak == Orsak.KONTO
                || orsak == Orsak.ADRESS;
    }
}
