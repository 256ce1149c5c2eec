package se.tillit.tabell;

import java.util.List;

/** An uploaded decision table that was not deployed, with every problem found in it. */
public class TabellAvvisad extends RuntimeException {

    private final List<Tabellproblem> problem;

    public TabellAvvisad(List<Tabellproblem> problem) {
        super(problem.size() + " problem: "
                + problem.stream().map(p -> p.typ().name()).toList());
        this.problem = List.copyOf(problem);
    }

    public List<Tabellproblem> problem() {
        return problem;
    }
}
