package se.tillit.tabell.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The values an input entry of a decision table matches, by type: null, strings, booleans, numbers and
 * dates, so two entries can be intersected. Values of different types never meet (a number is not a date).
 * Where FEEL's three-valued logic makes {@code not(...)} uncertain for null, null is counted in: the check
 * may then report an overlap that cannot happen, never miss one that can.
 */
record Vardemangd(
        boolean nullVarde,
        Strangar strangar,
        Set<Sanningsvarde> sanningsvarden,
        Intervallmangd tal,
        Intervallmangd dagar) {

    enum Sanningsvarde {
        SANT,
        FALSKT
    }

    /** Finitely many strings, or all strings but finitely many ({@code komplement}). */
    record Strangar(boolean komplement, Set<String> varden) {

        static Strangar inga() {
            return new Strangar(false, Set.of());
        }

        static Strangar alla() {
            return new Strangar(true, Set.of());
        }

        boolean arTom() {
            return !komplement && varden.isEmpty();
        }

        Strangar union(Strangar andra) {
            if (!komplement && !andra.komplement) {
                return new Strangar(false, forena(varden, andra.varden));
            }
            if (komplement && andra.komplement) {
                return new Strangar(true, snitta(varden, andra.varden));
            }
            Strangar alla = komplement ? this : andra;
            Strangar nagra = komplement ? andra : this;
            return new Strangar(true, utom(alla.varden, nagra.varden));
        }

        Strangar snitt(Strangar andra) {
            if (!komplement && !andra.komplement) {
                return new Strangar(false, snitta(varden, andra.varden));
            }
            if (komplement && andra.komplement) {
                return new Strangar(true, forena(varden, andra.varden));
            }
            Strangar alla = komplement ? this : andra;
            Strangar nagra = komplement ? andra : this;
            return new Strangar(false, utom(nagra.varden, alla.varden));
        }

        Strangar komplementet() {
            return new Strangar(!komplement, varden);
        }
    }

    static Vardemangd inget() {
        return new Vardemangd(false, Strangar.inga(), Set.of(), Intervallmangd.tom(false), Intervallmangd.tom(true));
    }

    static Vardemangd allt() {
        return new Vardemangd(
                true,
                Strangar.alla(),
                EnumSet.allOf(Sanningsvarde.class),
                Intervallmangd.allt(false),
                Intervallmangd.allt(true));
    }

    boolean arTom() {
        return !nullVarde && strangar.arTom() && sanningsvarden.isEmpty() && tal.arTom() && dagar.arTom();
    }

    Vardemangd union(Vardemangd andra) {
        return new Vardemangd(
                nullVarde || andra.nullVarde,
                strangar.union(andra.strangar),
                forena(sanningsvarden, andra.sanningsvarden),
                tal.union(andra.tal),
                dagar.union(andra.dagar));
    }

    Vardemangd snitt(Vardemangd andra) {
        return new Vardemangd(
                nullVarde && andra.nullVarde,
                strangar.snitt(andra.strangar),
                snitta(sanningsvarden, andra.sanningsvarden),
                tal.snitt(andra.tal),
                dagar.snitt(andra.dagar));
    }

    /** {@code not(...)}: null is in unless the negated tests named it (see the class comment). */
    Vardemangd komplement() {
        Set<Sanningsvarde> ovriga = EnumSet.allOf(Sanningsvarde.class);
        ovriga.removeAll(sanningsvarden);
        return new Vardemangd(!nullVarde, strangar.komplementet(), ovriga, tal.komplement(), dagar.komplement());
    }

    private static <T> Set<T> forena(Set<T> a, Set<T> b) {
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }

    private static <T> Set<T> snitta(Set<T> a, Set<T> b) {
        Set<T> snitt = new HashSet<>(a);
        snitt.retainAll(b);
        return Set.copyOf(snitt);
    }

    private static <T> Set<T> utom(Set<T> a, Set<T> b) {
        Set<T> rest = new HashSet<>(a);
        rest.removeAll(b);
        return Set.copyOf(rest);
    }
}
