package se.tillit.utredning.internal;

import java.util.List;
import se.tillit.utredning.Forslag;
import se.tillit.utredning.Kommuniceringsundantag;

/**
 * The investigation as the form sends it, to be saved as a draft or signed. Texts are stripped, never null; rows the
 * handläggare left empty are already dropped.
 *
 * @param grundversion the version the form was opened on (0: none yet), to tell a colleague's save in between
 */
record Utkast(
        String begaran,
        String bakgrund,
        String enskildesSyn,
        String bedomning,
        List<Forslag> forslag,
        Kommuniceringsundantag kommuniceringUndantag,
        int grundversion) {

    boolean tomt() {
        return begaran.isEmpty()
                && bakgrund.isEmpty()
                && enskildesSyn.isEmpty()
                && bedomning.isEmpty()
                && forslag.isEmpty()
                && kommuniceringUndantag == null;
    }
}
