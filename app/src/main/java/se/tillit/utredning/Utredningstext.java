package se.tillit.utredning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One saved version of the investigation as written: the request in the person's words, the background, the
 * person's own view, the assessment and the proposal per applied insats. Never changed once saved; the signed
 * version is the investigation as completed.
 *
 * @param kommuniceringUndantag why no kommunicering was needed before an unfavourable proposal (a
 *        {@link Kommuniceringsundantag} code), or null
 * @param signerad when it was signed, or null for a draft
 */
public record Utredningstext(
        UUID id,
        UUID utredningId,
        int version,
        String begaran,
        String bakgrund,
        String enskildesSyn,
        String bedomning,
        List<Forslag> forslag,
        String kommuniceringUndantag,
        OffsetDateTime sparad,
        String sparadAv,
        OffsetDateTime signerad,
        String signeradAv) {

    public boolean arSignerad() {
        return signerad != null;
    }
}
