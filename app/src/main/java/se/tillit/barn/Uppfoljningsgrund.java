package se.tillit.barn;

/** What ended before a child's follow-up (23 kap. 1–5 §§): the investigation without insats, or a placement. */
public enum Uppfoljningsgrund {
    EFTER_UTREDNING("UPPFOLJNING_EFTER_UTREDNING"),
    EFTER_PLACERING("UPPFOLJNING_EFTER_PLACERING");

    private final String bevakning;

    Uppfoljningsgrund(String bevakning) {
        this.bevakning = bevakning;
    }

    /** The row of the table barnfrister (and paminnelse) for this follow-up's deadline. */
    public String bevakning() {
        return bevakning;
    }
}
