package se.tillit.gallring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's file judged on a day by the gallring rules: one {@link Grund} per case and kind of record.
 *
 * @param sistaAnteckning the last entry in the file: the latest day anything was recorded in any of the person's cases
 * @param gallringsdatum the first day any case of the file may be gallrad; null when nothing of it ever may (or a case
 *        is open)
 * @param senast by when that gallring must be done (SoL 16 kap. 1 § third paragraph: the end of the next calendar year)
 */
public record Aktbedomning(
        UUID personId,
        LocalDate sistaAnteckning,
        Utfall utfall,
        LocalDate gallringsdatum,
        LocalDate senast,
        List<Grund> grunder) {

    public Aktbedomning {
        grunder = List.copyOf(grunder);
    }

    public enum Utfall {
        /** A case is open: the file is in use, and nothing is computed. */
        OPPET,
        /** No rule has taken effect yet: the file has not come up. */
        EJ_AKTUELL,
        /** Every case of the file is due. */
        GALLRAS,
        /** Some cases are due, the others kept (a kind the law keeps, a birthday not yet reached). */
        DELVIS,
        /** The file has come up and nothing of it is due: exempt, each case with its reason. */
        BEVARAS
    }

    /**
     * What one row of the table said about one kind of record of one case.
     *
     * @param regel the row's id, or {@code INGEN_REGEL} when the table has no row (the case is kept)
     * @param gallras the row's outcome: GALLRAS (true) or BEVARAS
     * @param aktuell the day the row takes effect (the file's last entry plus the row's period)
     * @param tidigast the first day the record may be gallrad; null when kept
     * @param senast by when it must be gallrad; null when kept or the row sets no end
     * @param forfallen due on the day judged
     */
    public record Grund(
            UUID arendeId,
            String arendenummer,
            Gallringsslag slag,
            String regel,
            String kalla,
            boolean gallras,
            LocalDate aktuell,
            LocalDate tidigast,
            LocalDate senast,
            boolean forfallen) {

        /**
         * Kept by a row of the research sample in effect on the day: the row took effect (the file came up) and keeps
         * the record because of the person's birth day, not because of a hold or its kind.
         */
        public boolean forskningsurval(LocalDate dag) {
            return !gallras && regel.startsWith(FORSKNING) && !aktuell.isAfter(dag);
        }
    }

    /**
     * The research sample's rows of the table (SoL 16 kap. 4 §, socialtjänstförordningen 13 kap. 1 §; LSS 21 c–d §§) are
     * named so, {@code FORSKNING_SOL} and {@code FORSKNING_LSS}: the files they keep are delivered to the e-archive
     * (docs/adr/0024). A new row for the research sample keeps the prefix (GallringDmnTest).
     */
    public static final String FORSKNING = "FORSKNING_";

    /** No row of the table answered: such a case is kept and the proposal says so. */
    public static final String INGEN_REGEL = "INGEN_REGEL";

    /**
     * A case kept only because of the research exemption on the day: every kind of record in it is kept by a research row
     * in effect ({@link Grund#forskningsurval}). A case kept by a hold, an open case or a kind the law keeps is not (for a
     * person born on a research day the table answers the research row for every kind, placements included).
     */
    public static boolean bevarasForForskning(List<Grund> arendetsGrunder, LocalDate dag) {
        return !arendetsGrunder.isEmpty() && arendetsGrunder.stream().allMatch(g -> g.forskningsurval(dag));
    }

    /** A case is due when every kind of record in it is. */
    public boolean arendeForfallet(UUID arendeId) {
        List<Grund> arendets =
                grunder.stream().filter(g -> g.arendeId().equals(arendeId)).toList();
        return !arendets.isEmpty() && arendets.stream().allMatch(Grund::forfallen);
    }
}
