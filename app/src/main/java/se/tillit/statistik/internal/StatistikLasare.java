package se.tillit.statistik.internal;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * Who sees what of the statistics files (docs/adr/0026): the administrator (the committee's reporter) everything,
 * downloads the file and registers it as submitted; a chef the files' counts (no person in them) and the errors of their
 * own units' decisions, and may generate a file again after fixing one. The file itself names every person with an
 * insats in the municipality, so only the administrator downloads it.
 */
record StatistikLasare(InloggadAnvandare anvandare, boolean admin, Set<String> enheter) {

    static StatistikLasare av(InloggadAnvandare anvandare) {
        if (anvandare.harRoll(Roll.ADMIN)) {
            return new StatistikLasare(anvandare, true, Set.of());
        }
        if (anvandare.harRoll(Roll.CHEF)) {
            return new StatistikLasare(anvandare, false, anvandare.enheterMedRoll(Roll.CHEF));
        }
        throw new AccessDeniedException("statistik.fel.statistikenTillSocialstyrelsenVisasForCheferOch");
    }

    /** The errors the reader sees in full: all for the administrator, their units' (and the file's own) for a chef. */
    boolean serFel(Framtagen.Fel fel) {
        return admin || fel.enhet() == null || enheter.contains(fel.enhet());
    }
}
