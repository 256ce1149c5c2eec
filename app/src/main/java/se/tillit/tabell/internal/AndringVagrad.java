package se.tillit.tabell.internal;

import org.springframework.http.HttpStatus;

/**
 * A decision on a waiting change that cannot be made, with its message key and status: one's own change approved
 * (403), a change already decided (409), a rejection without a reason (400). Nothing has been written.
 */
class AndringVagrad extends RuntimeException {

    private final String meddelande;
    private final HttpStatus status;

    AndringVagrad(String meddelande, HttpStatus status) {
        super(meddelande);
        this.meddelande = meddelande;
        this.status = status;
    }

    String meddelande() {
        return meddelande;
    }

    HttpStatus status() {
        return status;
    }
}
