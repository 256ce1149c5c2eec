package se.tillit.tabell.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A union of intervals on a number line, for the overlap check of decision tables: numbers (continuous) or
 * days (discrete, as epoch days: an open end {@code ]d} is the closed end {@code [d+1}). An end of
 * {@code null} is unbounded.
 */
final class Intervallmangd {

    record Intervall(BigDecimal fran, boolean franSluten, BigDecimal till, boolean tillSluten) {

        boolean tom() {
            if (fran == null || till == null) {
                return false;
            }
            int jamforelse = fran.compareTo(till);
            return jamforelse > 0 || (jamforelse == 0 && !(franSluten && tillSluten));
        }

        Intervall snitt(Intervall annat) {
            BigDecimal nyFran = fran;
            boolean nyFranSluten = franSluten;
            if (annat.fran != null
                    && (fran == null
                            || annat.fran.compareTo(fran) > 0
                            || (annat.fran.compareTo(fran) == 0 && !annat.franSluten))) {
                nyFran = annat.fran;
                nyFranSluten = annat.franSluten;
            }
            BigDecimal nyTill = till;
            boolean nyTillSluten = tillSluten;
            if (annat.till != null
                    && (till == null
                            || annat.till.compareTo(till) < 0
                            || (annat.till.compareTo(till) == 0 && !annat.tillSluten))) {
                nyTill = annat.till;
                nyTillSluten = annat.tillSluten;
            }
            return new Intervall(nyFran, nyFranSluten, nyTill, nyTillSluten);
        }
    }

    private static final Comparator<Intervall> EFTER_START = (a, b) -> {
        if (a.fran() == null || b.fran() == null) {
            return a.fran() == null ? (b.fran() == null ? 0 : -1) : 1;
        }
        int jamforelse = a.fran().compareTo(b.fran());
        return jamforelse != 0 ? jamforelse : Boolean.compare(!a.franSluten(), !b.franSluten());
    };

    private final boolean diskret;
    private final List<Intervall> intervall;

    private Intervallmangd(boolean diskret, List<Intervall> intervall) {
        this.diskret = diskret;
        this.intervall =
                intervall.stream().map(this::normalisera).filter(i -> !i.tom()).toList();
    }

    static Intervallmangd tom(boolean diskret) {
        return new Intervallmangd(diskret, List.of());
    }

    static Intervallmangd allt(boolean diskret) {
        return new Intervallmangd(diskret, List.of(new Intervall(null, false, null, false)));
    }

    static Intervallmangd av(
            boolean diskret, BigDecimal fran, boolean franSluten, BigDecimal till, boolean tillSluten) {
        return new Intervallmangd(diskret, List.of(new Intervall(fran, franSluten, till, tillSluten)));
    }

    static Intervallmangd punkt(boolean diskret, BigDecimal varde) {
        return av(diskret, varde, true, varde, true);
    }

    boolean arTom() {
        return intervall.isEmpty();
    }

    Intervallmangd union(Intervallmangd annan) {
        List<Intervall> alla = new ArrayList<>(intervall);
        alla.addAll(annan.intervall);
        return new Intervallmangd(diskret, alla);
    }

    Intervallmangd snitt(Intervallmangd annan) {
        List<Intervall> snitt = new ArrayList<>();
        for (Intervall a : intervall) {
            for (Intervall b : annan.intervall) {
                snitt.add(a.snitt(b));
            }
        }
        return new Intervallmangd(diskret, snitt);
    }

    /** Everything on the line that is not in this set: the gaps between its intervals, sorted by start. */
    Intervallmangd komplement() {
        List<Intervall> sorterade = new ArrayList<>(intervall);
        sorterade.sort(EFTER_START);
        List<Intervall> luckor = new ArrayList<>();
        boolean forsta = true;
        BigDecimal tackt = null; // covered from the start of the line up to here
        boolean tacktSluten = false;
        for (Intervall i : sorterade) {
            if (i.fran() != null) {
                // empty when i starts inside what is covered; the constructor drops empty gaps
                luckor.add(new Intervall(forsta ? null : tackt, !tacktSluten, i.fran(), !i.franSluten()));
            }
            if (i.till() == null) {
                return new Intervallmangd(diskret, luckor);
            }
            int jamforelse = forsta ? 1 : i.till().compareTo(tackt);
            if (jamforelse > 0) {
                tackt = i.till();
                tacktSluten = i.tillSluten();
            } else if (jamforelse == 0) {
                tacktSluten |= i.tillSluten();
            }
            forsta = false;
        }
        if (forsta) {
            return allt(diskret);
        }
        luckor.add(new Intervall(tackt, !tacktSluten, null, false));
        return new Intervallmangd(diskret, luckor);
    }

    List<Intervall> intervall() {
        return intervall;
    }

    private Intervall normalisera(Intervall i) {
        if (!diskret) {
            return i;
        }
        BigDecimal fran =
                i.fran() == null || i.franSluten() ? i.fran() : i.fran().add(BigDecimal.ONE);
        BigDecimal till =
                i.till() == null || i.tillSluten() ? i.till() : i.till().subtract(BigDecimal.ONE);
        return new Intervall(fran, true, till, true);
    }
}
