package se.tillit.beslut;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * What Socialstyrelsen's LSS register asks of a favourable LSS decision beyond the decision itself (SOSFS 2005:21, the
 * bilaga as HSLF-FS 2016:48 and 2018:11 give it; docs/adr/0026): the person's personkrets, for housing the kind of
 * housing, and the housing municipality when the housing lies in another municipality.
 *
 * @param personkrets 1, 2 or 3: the point of LSS 1 § the person belongs to
 * @param boendeform for a decision on housing (9 § 8 or 9 § 9) only, else null
 * @param boendekommun the four-digit municipality code where the housing lies, when it is another municipality; else null
 */
public record LssUppgift(
        UUID beslutId,
        int personkrets,
        Boendeform boendeform,
        String boendekommun,
        OffsetDateTime registrerad,
        String registreradAv) {

    /** The kinds of housing the form's housing columns have. */
    public enum Boendeform {
        /** 9 § 8: familjehem for a child or young person. */
        FAMILJEHEM,
        /** 9 § 8: bostad med särskild service for children and young people. */
        BOSTAD_MED_SARSKILD_SERVICE,
        /** 9 § 9: bostad med särskild service for adults as a gruppbostad. */
        GRUPPBOSTAD,
        /** 9 § 9: bostad med särskild service for adults as a servicebostad. */
        SERVICEBOSTAD,
        /** 9 § 9: annan särskilt anpassad bostad. */
        ANNAN_SARSKILT_ANPASSAD_BOSTAD;

        /** The kinds the form allows for the insats; empty for an insats that is no housing. */
        public static Set<Boendeform> tillatnaFor(Insats insats) {
            return switch (insats) {
                case LSS_BOENDE_BARN -> Set.of(FAMILJEHEM, BOSTAD_MED_SARSKILD_SERVICE);
                case LSS_BOSTAD_SARSKILD_SERVICE -> Set.of(GRUPPBOSTAD, SERVICEBOSTAD, ANNAN_SARSKILT_ANPASSAD_BOSTAD);
                default -> Set.of();
            };
        }
    }
}
