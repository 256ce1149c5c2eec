package se.tillit.sakerhet.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import se.tillit.sakerhet.Inloggningslogg.Metod;

/** How a session's user logged in, for the log of its logout. */
final class Inloggningsmetod {

    private Inloggningsmetod() {}

    static Metod av(Authentication inloggning) {
        return inloggning instanceof OAuth2AuthenticationToken ? Metod.OIDC : Metod.LOSENORD;
    }
}
