package se.tillit.utredning.internal;

/**
 * The step was already done, by this request's twin (a double click) or by a colleague: nothing was saved, and the
 * page says so with the message {@code meddelande} instead of an error.
 */
class RedanGjort extends RuntimeException {

    private final String meddelande;

    RedanGjort(String meddelande) {
        super(meddelande);
        this.meddelande = meddelande;
    }

    String meddelande() {
        return meddelande;
    }
}
