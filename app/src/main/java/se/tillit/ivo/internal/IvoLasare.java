package se.tillit.ivo.internal;

import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * Who sees what of the EVB reports (ADR 10): the administrator (the nämnd's huvudrapportör) and service accounts
 * everything, and only the administrator submits; a chef the orders of their units, individual report included; a
 * revisor the de-identified report and the statistics of every unit, the reports the law sends to the revisorer.
 */
record IvoLasare(InloggadAnvandare anvandare, boolean allaEnheter, Set<String> enheter, boolean individrapport) {

    static IvoLasare av(InloggadAnvandare anvandare) {
        Predicate<Roll> har = anvandare::harRoll;
        IvoLasare lasare;
        if (har.test(Roll.ADMIN) || har.test(Roll.INTEGRATION)) {
            lasare = new IvoLasare(anvandare, true, Set.of(), true);
        } else if (har.test(Roll.CHEF)) {
            lasare = new IvoLasare(anvandare, false, anvandare.enheterMedRoll(Roll.CHEF), true);
        } else if (har.test(Roll.REVISOR)) {
            lasare = new IvoLasare(anvandare, true, Set.of(), false);
        } else {
            throw new AccessDeniedException("ivo.fel.ivoRapporternaVisasForCheferRevisorerOch");
        }
        return lasare;
    }

    /** The units the reader may see, narrowed to {@code enhet} when one is chosen. */
    Predicate<String> synlig(String enhet) {
        Predicate<String> egna = allaEnheter ? kod -> true : enheter::contains;
        return enhet == null || enhet.isBlank() ? egna : egna.and(enhet.strip()::equals);
    }

    boolean kanLamnaIn() {
        return anvandare.harRoll(Roll.ADMIN);
    }
}
