package se.tillit.tabell;

import java.util.List;

/**
 * The engine's DMN parser behind a port (implemented in {@code motor}, the only module that may import Camunda): reads
 * a file that the XML checks have passed into what the overlap check needs of it. The check itself, and the rules it
 * applies, live in this module (issue 20: motor holds only the engine adapter).
 */
public interface Dmnlasare {

    /**
     * @throws Olasbar when the engine's DMN parser refuses the file, with the parser's innermost message
     */
    Dmnfil las(byte[] fil);

    /** The file: its default expression language (null if none) and its decisions. */
    record Dmnfil(String uttryckssprak, List<Beslutsdefinition> beslut) {

        public Dmnfil {
            beslut = List.copyOf(beslut);
        }
    }

    /**
     * A decision.
     *
     * @param historyTimeToLive its {@code camunda:historyTimeToLive} as written, or null
     * @param tabell its decision table, or null when its logic is something else (a literal expression)
     */
    record Beslutsdefinition(String id, String historyTimeToLive, Beslutstabell tabell) {}

    /**
     * A decision table.
     *
     * @param indata each input's label: its label, else its input expression, else its id
     */
    record Beslutstabell(Traffpolicy traffpolicy, List<String> indata, List<Regel> regler) {

        public Beslutstabell {
            indata = List.copyOf(indata);
            regler = List.copyOf(regler);
        }
    }

    /** The hit policies the overlap check reads; every other one is {@code ANNAN}. */
    enum Traffpolicy {
        UNIQUE,
        ANY,
        ANNAN
    }

    /**
     * A row.
     *
     * @param id its id, or null
     * @param beskrivning its description's text, or null
     * @param villkor its input entries, in the order of the inputs
     * @param utdata its output entries' texts, stripped
     */
    record Regel(String id, String beskrivning, List<Villkor> villkor, List<String> utdata) {

        public Regel {
            villkor = List.copyOf(villkor);
            utdata = List.copyOf(utdata);
        }
    }

    /**
     * An input entry.
     *
     * @param text its text, stripped ("" when it has none)
     * @param uttryckssprak its own expression language, or null: the file's
     */
    record Villkor(String text, String uttryckssprak) {}

    /** The engine's DMN parser refused the file. */
    final class Olasbar extends RuntimeException {

        public Olasbar(String meddelande) {
            super(meddelande);
        }
    }
}
