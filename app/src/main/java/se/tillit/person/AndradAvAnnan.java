package se.tillit.person;

import java.time.OffsetDateTime;

/**
 * The person's address or protection was changed by someone else after the form was opened, to something other than
 * what this form sends: nothing is saved, and the page shows who changed it and when.
 */
public class AndradAvAnnan extends RuntimeException {

    private final String av;
    private final OffsetDateTime tidpunkt;

    public AndradAvAnnan(String av, OffsetDateTime tidpunkt) {
        super("person.fel.andradAvAnnan");
        this.av = av;
        this.tidpunkt = tidpunkt;
    }

    public String av() {
        return av;
    }

    public OffsetDateTime tidpunkt() {
        return tidpunkt;
    }
}
