package se.tillit.generator;

import java.util.Locale;

/**
 * How much the data generator makes (docs/performance.md, "The data generator"). Every case is first made through the
 * application's own use cases as a <em>template</em>; larger profiles then copy the templates in bulk with new ids, new
 * case numbers and new synthetic personnummer ({@link Kopiering}), and copy closed cases back in time for the history.
 *
 * @param mallarPerForm templates made through the use cases per shape (open assessment, open investigation, active
 *        decision, closed case)
 * @param oppnaBedomningar open assessments (förhandsbedömning / bedömning of an aktualisering) in all
 * @param oppnaUtredningar open investigations in all
 * @param aktivaBeslut favourable decisions being executed (each with its yearly follow-up timer)
 * @param avslutadePerAr closed cases per year of history
 * @param historikAr years of history
 * @param handlaggarePerEnhet generated handläggare accounts per unit (the load test logs in as them)
 */
record Profil(
        String namn,
        int mallarPerForm,
        int oppnaBedomningar,
        int oppnaUtredningar,
        int aktivaBeslut,
        int avslutadePerAr,
        int historikAr,
        int handlaggarePerEnhet) {

    /** For trying the generator: everything through the use cases, nothing copied. */
    static final Profil SMALL = new Profil("small", 20, 20, 20, 20, 20, 1, 4);
    /** Like seed 004's committee: about 1 900 decisions and 2 400 investigations a year. */
    static final Profil M = new Profil("m", 100, 200, 600, 1_900, 2_400, 10, 8);
    /**
     * Stockholm: about 100 000 active decisions, 50 000 open tasks and 200 000 future timers. Ten years of closed cases
     * at 5 000 a year: the history a task list and a case page meet (a tenth of the city's real volume; see
     * docs/performance.md for why).
     */
    static final Profil STOCKHOLM = new Profil("stockholm", 400, 10_000, 40_000, 100_000, 5_000, 10, 40);

    static Profil valj(String namn) {
        return switch (namn.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "m" -> M;
            case "stockholm" -> STOCKHOLM;
            default -> throw new IllegalArgumentException("Unknown profile '" + namn + "': small, m or stockholm");
        };
    }
}
