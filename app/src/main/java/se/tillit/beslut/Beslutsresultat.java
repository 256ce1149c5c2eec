package se.tillit.beslut;

import java.util.UUID;
import se.tillit.beslut.Delegationsordning.Beslutsniva;

/**
 * What became of a submitted decision page: taken (with its letter), or, outside the user's delegation, a proposal to
 * whoever the delegationsordning names.
 *
 * @param redanInskickat true when this page was already submitted (a double click): nothing was done this time
 */
public record Beslutsresultat(UUID beslutsbrevId, UUID forslagId, Beslutsniva kravdNiva, boolean redanInskickat) {

    public boolean fattat() {
        return beslutsbrevId != null;
    }
}
