package se.tillit.arende;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import se.tillit.Testtid;

/**
 * The fields of the page's form for a new aktualisering ({@code /aktualiseringar/ny}), filled in as a handläggare fills
 * them in, come in an hour ago today; a test changes or removes the field it is about.
 */
final class Aktualiseringsformular {

    private Aktualiseringsformular() {}

    /** An anmälan of worry (orsakskod ORO) about this person, of this case type, to this unit. */
    static Map<String, String> anmalan(
            String personnummer, String fornamn, String efternamn, String arendetyp, String enhet, String beskrivning) {
        return ifyllt(personnummer, fornamn, efternamn, "ANMALAN", arendetyp, enhet, "ORO", beskrivning);
    }

    /** Every field of the form, as a modifiable map. */
    static Map<String, String> ifyllt(
            String personnummer,
            String fornamn,
            String efternamn,
            String typ,
            String arendetyp,
            String enhet,
            String orsakskod,
            String beskrivning) {
        Map<String, String> falt = new HashMap<>();
        falt.put("personnummer", personnummer);
        falt.put("fornamn", fornamn);
        falt.put("efternamn", efternamn);
        falt.put("typ", typ);
        falt.put("arendetyp", arendetyp);
        falt.put("enhet", enhet);
        falt.put(
                "inkom",
                Testtid.idagFore(Duration.ofHours(1))
                        .toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        falt.put("orsakskod", orsakskod);
        falt.put("beskrivning", beskrivning);
        return falt;
    }
}
