package se.tillit.sakerhet;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The logged-in user as the other modules see it.
 *
 * @param rollerPerEnhet unit code to the roles held in that unit
 * @param farSeSkyddadeUppgifter may see names and numbers of persons with protected identities in lists (A7)
 */
public record InloggadAnvandare(
        String anvandarnamn, String namn, Map<String, Set<Roll>> rollerPerEnhet, boolean farSeSkyddadeUppgifter) {

    public InloggadAnvandare {
        rollerPerEnhet = Map.copyOf(rollerPerEnhet);
    }

    public InloggadAnvandare(String anvandarnamn, String namn, Map<String, Set<Roll>> rollerPerEnhet) {
        this(anvandarnamn, namn, rollerPerEnhet, false);
    }

    public boolean harRoll(Roll roll) {
        return rollerPerEnhet.values().stream().anyMatch(roller -> roller.contains(roll));
    }

    public boolean harRollIEnhet(String enhetKod, Roll roll) {
        return rollerPerEnhet.getOrDefault(enhetKod, Set.of()).contains(roll);
    }

    /** The units in which the user holds the role, sorted by code. */
    public SortedSet<String> enheterMedRoll(Roll roll) {
        TreeSet<String> enheter = new TreeSet<>();
        rollerPerEnhet.forEach((enhet, roller) -> {
            if (roller.contains(roll)) {
                enheter.add(enhet);
            }
        });
        return enheter;
    }
}
