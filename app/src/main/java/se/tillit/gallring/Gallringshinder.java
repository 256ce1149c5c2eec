package se.tillit.gallring;

/**
 * Why a person's due cases could not be destroyed, as a module found it (issue 18, docs/adr/0024): the person's
 * transaction is rolled back, and the gallring report names the reason by its code (a text in the message files,
 * {@code gallring.forstoring.orsak.<kod>}) with the detail (ids, no names). The next attempt may succeed once the reason
 * is gone.
 */
public class Gallringshinder extends RuntimeException {

    /** The engine still runs a process of the case: the case is not finished there. */
    public static final String PROCESS_PAGAR = "PROCESS_PAGAR";

    private final String kod;

    public Gallringshinder(String kod, String detalj) {
        super(kod + ": " + detalj);
        this.kod = kod;
    }

    public String kod() {
        return kod;
    }

    /** The detail without the code: ids and counts, never a name or a personnummer. */
    public String detalj() {
        return getMessage().substring(kod.length() + 2);
    }
}
