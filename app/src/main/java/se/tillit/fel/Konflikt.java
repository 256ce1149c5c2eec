package se.tillit.fel;

/** The request contradicts what was already recorded (e.g. a message id reused with other content); 409. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class Konflikt extends RuntimeException {

    public Konflikt(String vad) {
        super(vad);
    }
}
