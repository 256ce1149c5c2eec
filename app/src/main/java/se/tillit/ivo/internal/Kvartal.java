package se.tillit.ivo.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tillit.fel.Valideringsfel;

/** A calendar quarter, written 2026-Q3. */
record Kvartal(int ar, int nummer) implements Comparable<Kvartal> {

    private static final Pattern FORM = Pattern.compile("([0-9]{4})-[Qq]([1-4])");

    Kvartal {
        if (nummer < 1 || nummer > 4) {
            throw new IllegalArgumentException("Kvartal 1–4");
        }
    }

    /** @throws Valideringsfel naming the field {@code kvartal} for anything but ÅÅÅÅ-Qn */
    static Kvartal tolka(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new Valideringsfel("kvartal", "ivo.fel.kvartalSkrivsAaaaQnTillExempel2026");
        }
        return new Kvartal(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    static Kvartal med(LocalDate dag) {
        return new Kvartal(dag.getYear(), (dag.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate forsta() {
        return LocalDate.of(ar, (nummer - 1) * 3 + 1, 1);
    }

    public LocalDate sista() {
        return forsta().plusMonths(3).minusDays(1);
    }

    public Kvartal foregaende() {
        return nummer == 1 ? new Kvartal(ar - 1, 4) : new Kvartal(ar, nummer - 1);
    }

    public Kvartal nasta() {
        return nummer == 4 ? new Kvartal(ar + 1, 1) : new Kvartal(ar, nummer + 1);
    }

    @Override
    public int compareTo(Kvartal annat) {
        return forsta().compareTo(annat.forsta());
    }

    @Override
    public String toString() {
        return ar + "-Q" + nummer;
    }
}
