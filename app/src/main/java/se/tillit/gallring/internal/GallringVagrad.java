package se.tillit.gallring.internal;

import org.springframework.http.HttpStatus;

/**
 * A gallring step that cannot be taken, with its message key and status: a confirmation by the one who approved or ran
 * the proposal (403), a proposal already decided or not yet approved (409), a hold already there or lifted (409), a
 * reason or personnummer missing or wrong (400). Nothing has been written.
 */
class GallringVagrad extends RuntimeException {

    private final String meddelande;
    private final HttpStatus status;

    GallringVagrad(String meddelande, HttpStatus status) {
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
