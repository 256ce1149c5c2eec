package se.tillit.bevakning.internal;

import se.tillit.bevakning.Arbetsdagskalender;

/** The production calendar for tests outside Spring. */
public final class KalenderForTest {

    private KalenderForTest() {}

    public static Arbetsdagskalender svensk() {
        return new SvenskArbetsdagskalender();
    }
}
