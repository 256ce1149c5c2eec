package se.tillit.sakerhet.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/**
 * Lockout of a user name and throttling of a source address after repeated failed logins (issue 16). The state is the
 * login log itself: a name is locked while its last {@code SPARRAD/KONTO} row is younger than the lockout time, and
 * such a row is written when the name's failures since the window's start (or its last login or lockout, whichever
 * came later) reach the limit. The name counts as typed, whether an account has it or not, so the lockout tells
 * nothing about which accounts exist. A source address the same way, with its own limit.
 */
@Component
class Inloggningssparr {

    private final JdbcInloggningslogg logg;
    private final InloggningInstallningar.Sparr installningar;

    @Autowired
    Inloggningssparr(JdbcInloggningslogg logg, InloggningInstallningar installningar) {
        this(logg, installningar.sparr());
    }

    Inloggningssparr(JdbcInloggningslogg logg, InloggningInstallningar.Sparr installningar) {
        this.logg = logg;
        this.installningar = installningar;
    }

    boolean kontoSparrat(String anvandarnamn) {
        return sparratTill(anvandarnamn).isPresent();
    }

    /**
     * When the name's lockout ends, if it is locked now: its last lockout within the lockout time, unless an
     * administrator has lifted it since.
     */
    Optional<Instant> sparratTill(String anvandarnamn) {
        Instant sedan = logg.nu().minus(installningar.sparrtid());
        Optional<Instant> sparr = logg.senaste(anvandarnamn, Handelse.SPARRAD, Orsak.KONTO, sedan);
        Optional<Instant> upplast = logg.senaste(anvandarnamn, Handelse.UPPLAST, null, sedan);
        if (sparr.isEmpty() || (upplast.isPresent() && !upplast.get().isBefore(sparr.get()))) {
            return Optional.empty();
        }
        return Optional.of(sparr.get().plus(installningar.sparrtid()));
    }

    /**
     * Lifts the name's lockout at once (an administrator, after checking who asks): logged as {@code UPPLAST}; the
     * name's count of failures starts again from here.
     */
    void lasUpp(String anvandarnamn) {
        logg.skriv(anvandarnamn, Handelse.UPPLAST, Metod.ADMIN, null, null);
    }

    boolean adressStrypt(String kallip) {
        return kallip != null
                && logg.senasteAdresssparr(kallip, logg.nu().minus(installningar.sparrtid()))
                        .isPresent();
    }

    /**
     * After a failed login (already logged): locks the name, or throttles the address, when this failure reached the
     * limit, and logs the lockout. Returns whether the name or the address is now locked.
     */
    boolean efterMisslyckande(String anvandarnamn, String kallip, Metod metod) {
        Instant fonster = logg.nu().minus(installningar.fonster());
        Instant namnetsStart = senast(
                fonster,
                logg.senaste(anvandarnamn, Handelse.INLOGGNING, null, fonster).orElse(fonster),
                logg.senaste(anvandarnamn, Handelse.SPARRAD, Orsak.KONTO, fonster)
                        .orElse(fonster),
                logg.senaste(anvandarnamn, Handelse.UPPLAST, null, fonster).orElse(fonster));
        boolean sparrad = false;
        if (logg.misslyckade(anvandarnamn, namnetsStart) >= installningar.maxForsok()) {
            logg.skriv(anvandarnamn, Handelse.SPARRAD, metod, Orsak.KONTO, kallip);
            sparrad = true;
        }
        if (kallip != null) {
            Instant adressensStart =
                    senast(fonster, logg.senasteAdresssparr(kallip, fonster).orElse(fonster));
            if (logg.misslyckadeFranAdress(kallip, adressensStart) >= installningar.maxForsokPerAdress()) {
                logg.skriv(anvandarnamn, Handelse.SPARRAD, metod, Orsak.ADRESS, kallip);
                sparrad = true;
            }
        }
        return sparrad;
    }

    private static Instant senast(Instant... tider) {
        return Stream.of(tider).max(Instant::compareTo).orElseThrow();
    }
}
