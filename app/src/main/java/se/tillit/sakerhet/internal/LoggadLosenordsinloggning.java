package se.tillit.sakerhet.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/**
 * A login with a local password (the login form, or HTTP Basic on the API chains), checked against the lockout first
 * and logged after: a lockout or throttle refuses before the password is looked at; a wrong name or password counts
 * towards the lockout; a login is a row (for HTTP Basic, where every call is a login, once per account and address in
 * {@code tillit.inloggning.basic-loggintervall}).
 */
@RequiredArgsConstructor
class LoggadLosenordsinloggning implements AuthenticationProvider {

    private final AuthenticationProvider losenord;
    private final Metod metod;
    private final Inloggningssparr sparr;
    private final JdbcInloggningslogg logg;
    private final Duration loggintervall;
    private final Map<String, Instant> senastLoggad = new ConcurrentHashMap<>();

    @Override
    public Authentication authenticate(Authentication inloggning) {
        String namn = JdbcInloggningslogg.namn(inloggning.getName());
        String kallip = kallip(inloggning);
        if (sparr.adressStrypt(kallip)) {
            throw nekad(namn, kallip, Handelse.MISSLYCKAD, Orsak.ADRESS_STRYPT);
        }
        if (sparr.kontoSparrat(namn)) {
            throw nekad(namn, kallip, Handelse.MISSLYCKAD, Orsak.KONTO_SPARRAT);
        }
        Authentication inloggad;
        try {
            inloggad = losenord.authenticate(inloggning);
        } catch (BadCredentialsException fel) {
            senastLoggad.remove(namn + ' ' + kallip);
            logg.skriv(namn, Handelse.MISSLYCKAD, metod, Orsak.FEL_UPPGIFTER, kallip);
            if (sparr.efterMisslyckande(namn, kallip, metod)) {
                throw new InloggningNekad(Orsak.KONTO_SPARRAT);
            }
            throw fel;
        } catch (InloggningNekad fel) {
            logg.skriv(namn, Handelse.NEKAD, metod, fel.orsak(), kallip);
            throw fel;
        } catch (AccountStatusException fel) {
            logg.skriv(namn, Handelse.NEKAD, metod, Orsak.INAKTIVT_KONTO, kallip);
            throw fel;
        }
        loggaInloggning(inloggad.getName(), kallip);
        return inloggad;
    }

    private void loggaInloggning(String namn, String kallip) {
        if (metod == Metod.BASIC) {
            Instant nu = logg.nu();
            Instant forra = senastLoggad.get(namn + ' ' + kallip);
            if (forra != null && forra.plus(loggintervall).isAfter(nu)) {
                return;
            }
            senastLoggad.put(namn + ' ' + kallip, nu);
        }
        logg.skriv(namn, Handelse.INLOGGNING, metod, null, kallip);
    }

    private InloggningNekad nekad(String namn, String kallip, Handelse handelse, Orsak orsak) {
        logg.skriv(namn, handelse, metod, orsak, kallip);
        return new InloggningNekad(orsak);
    }

    static String kallip(Authentication inloggning) {
        return inloggning.getDetails() instanceof WebAuthenticationDetails detaljer
                ? detaljer.getRemoteAddress()
                : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
