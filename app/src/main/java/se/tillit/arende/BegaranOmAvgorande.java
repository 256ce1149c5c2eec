package se.tillit.arende;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A party's written request that the case be decided (förvaltningslagen 12 §, applied to every individual case by SoL
 * 2025:400 14 kap. 10 §): allowed once the case has gone six months undecided; within four weeks of its arrival the
 * authority decides the case or, in a special decision, refuses the request with the reasons the case could not yet be
 * decided.
 *
 * @param inkom the day the written request came in, from which the four weeks run
 * @param utfall null while unanswered
 * @param besvarad the day of the decision of the case, or of the decision refusing the request
 * @param skal for a refusal: why the case could not yet be decided (12 § andra stycket)
 */
public record BegaranOmAvgorande(
        UUID id,
        UUID arendeId,
        LocalDate inkom,
        OffsetDateTime registrerad,
        String registreradAv,
        Utfall utfall,
        LocalDate besvarad,
        String skal,
        String besvaradAv) {

    public boolean obesvarad() {
        return utfall == null;
    }

    public enum Utfall {
        /** The case was decided. */
        AVGJORT,
        /** The request was refused in a special decision, with the reasons. */
        AVSLAGEN
    }
}
