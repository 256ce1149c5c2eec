package se.tillit.sakerhet;

import java.util.List;
import java.util.Set;

/**
 * Which case types a unit handles (handläggningsansvar): a unit with types takes aktualiseringar of those types only, a
 * unit with none takes every type. Given by the module of cases, which owns the case types and depends on this one (as
 * {@link OppnaArendenIEnhet}); the types travel as their codes ({@code arende.Arendetyp}'s names).
 */
public interface EnhetensArendetyper {

    /** Every case type's code, in the order the module of cases declares them. */
    List<String> alla();

    /** The unit's types, in the order of {@link #alla()}; empty: the unit takes every type. */
    List<String> enhetens(String enhetKod);

    /**
     * The unit's types become exactly {@code typer} (codes of {@link #alla()}; empty: every type). Types the unit
     * keeps keep their rows; {@code av} is recorded on the new ones.
     */
    void ersatt(String enhetKod, Set<String> typer, String av);
}
