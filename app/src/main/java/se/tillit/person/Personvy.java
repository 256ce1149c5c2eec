package se.tillit.person;

import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;

/**
 * The person as the user reading a page may see them: a protected person's name and number only to a user who may see
 * protected data (A7); to anyone else the name is left out and the number masked.
 *
 * @param namn first name and surname; null when masked
 * @param personnummer formatted, or {@value #MASKERAT}
 */
public record Personvy(String namn, String personnummer, boolean maskerad) {

    /** The number as a page shows it to a user who may not see it. */
    public static final String MASKERAT = "********-****";

    /** The person as the logged-in user may see them. */
    public static Personvy av(Person person, AktuellAnvandare lasare) {
        return maskeras(person, lasare)
                ? new Personvy(null, MASKERAT, true)
                : new Personvy(
                        person.fornamn() + " " + person.efternamn(),
                        person.personnummer().formaterat(),
                        false);
    }

    /** Whether the logged-in user is shown the person masked: protected, and the user may not see protected data. */
    public static boolean maskeras(Person person, AktuellAnvandare lasare) {
        return person.skyddsniva().arSkyddad()
                && !lasare.hamta()
                        .map(InloggadAnvandare::farSeSkyddadeUppgifter)
                        .orElse(false);
    }
}
