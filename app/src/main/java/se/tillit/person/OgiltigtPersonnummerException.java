package se.tillit.person;

/** The text is not a valid personnummer or samordningsnummer; the message says why, without the number. */
public class OgiltigtPersonnummerException extends IllegalArgumentException {

    public OgiltigtPersonnummerException(String message) {
        super(message);
    }
}
