package se.tillit.gallring.internal;

import org.springframework.http.HttpStatus;
import se.tillit.fel.StegetVagras;

/**
 * A gallring step that cannot be taken, with its message key and status: a confirmation by the one who approved or ran
 * the proposal (403), a proposal already decided or not yet approved (409), a hold already there or lifted (409), a
 * reason or personnummer missing or wrong (400). Nothing has been written.
 */
class GallringVagrad extends StegetVagras {

    GallringVagrad(String meddelande, HttpStatus status) {
        super(meddelande, status);
    }
}
