package se.tillit.tabell.internal;

import org.springframework.http.HttpStatus;
import se.tillit.fel.StegetVagras;

/**
 * A decision on a waiting change that cannot be made, with its message key and status: one's own change approved
 * (403), a change already decided (409), a rejection without a reason (400). Nothing has been written.
 */
class AndringVagrad extends StegetVagras {

    AndringVagrad(String meddelande, HttpStatus status) {
        super(meddelande, status);
    }
}
