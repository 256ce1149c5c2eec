package se.tillit.fel;

import org.springframework.http.HttpStatus;

/**
 * A step that cannot be taken, with the message key that says why and the HTTP status it answers with: 403 for a step
 * this user may not take (one's own change approved), 409 for one already taken, 400 for what is missing or wrong.
 * Nothing has been written. The modules' own kinds ({@code GallringVagrad}, {@code AndringVagrad}) name whose steps.
 */
public class StegetVagras extends RuntimeException {

    private final String meddelande;
    private final HttpStatus status;

    protected StegetVagras(String meddelande, HttpStatus status) {
        super(meddelande);
        this.meddelande = meddelande;
        this.status = status;
    }

    /** The message key. */
    public String meddelande() {
        return meddelande;
    }

    public HttpStatus status() {
        return status;
    }
}
