package se.tillit.sip;

import java.time.LocalDate;

/**
 * C52: what each principal does, what others do, who has the overall responsibility, when it is followed up.
 * A revision is a new version.
 */
public record Plan(
        int version,
        String kommunensInsatser,
        String regionensInsatser,
        String andrasInsatser,
        Huvudman huvudansvar,
        LocalDate uppfoljning,
        LocalDate upprattad,
        String upprattadAv) {}
