package se.tillit.bevakning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import se.tillit.drift.Svensktid;

/**
 * Turns a deadline rule into dates (DESIGN decision 3): the period from the decision tables (utredningsfrist by
 * ärendetyp, or bevakningsfrist by kind of watch), the reminder's lead time from the table paminnelse, and the
 * working-day calendar where the rule says the last day moves to a working day. The engine's delegate
 * ({@code motor}'s {@code Fristberakning}) reads the process variables, evaluates the tables through the port
 * {@link Tabeller} and writes the result back; the rules are here, free of the engine (issue 20).
 *
 * <p>A kommunicering's reply deadline (bevakning KOMMUNICERING) comes from the table kommuniceringsfrist by the
 * variables {@code kommuniceringSatt} and {@code arendetyp}.
 */
@RequiredArgsConstructor
public final class Fristregler {

    static final ZoneId SVENSK_TID = Svensktid.ZON;
    /** Reminders arrive at the start of a working morning. */
    public static final int PAMINNELSE_TIMME = 8;

    /** The port to the decision tables: every matching row of the table for the inputs (the engine evaluates them). */
    @FunctionalInterface
    public interface Tabeller {

        List<Map<String, Object>> rader(String tabell, Map<String, Object> indata);
    }

    /**
     * What a model asks for.
     *
     * @param bevakning the kind of watch (UTREDNING, KOMMUNICERING, GENOMFORANDEPLAN, or a row of bevakningsfrist)
     * @param tabell another table with the outputs of bevakningsfrist (such as barnfrister), or null
     * @param fristStart an ISO date or date-time the period runs from, or null with {@code fastFrist}
     * @param fastFrist a deadline already decided (after a förlängning), or null
     * @param avdragDagar days of the period already used (C4), or null
     * @param variabel the process's other variables by name (arendetyp, kommuniceringSatt, insatstyp)
     */
    public record Begaran(
            String bevakning,
            String tabell,
            Object fristStart,
            Object fastFrist,
            Object avdragDagar,
            Function<String, Object> variabel) {}

    /**
     * A deadline.
     *
     * @param dag the last day
     * @param franRegel whether a rule was read (else {@code fastFrist} was given and the rule's fields are null)
     * @param paminnelse when the reminder falls due, or null when the table paminnelse has no row for the watch
     */
    public record Frist(
            LocalDate dag,
            boolean franRegel,
            String dagberakning,
            Object kalla,
            Object forlangningMojlig,
            OffsetDateTime paminnelse) {

        /** The task's due date: the end of the deadline day, Swedish time. */
        public OffsetDateTime forfaller() {
            return dag.atTime(23, 59).atZone(SVENSK_TID).toOffsetDateTime();
        }

        /** The deadline day is the last day: it has passed at midnight after it. */
        public OffsetDateTime passerad() {
            return tidpunkt(dag.plusDays(1), 0);
        }
    }

    /** A rule that cannot be applied: no start, or not exactly one row. Never a guessed default (R03). */
    public static final class Fristfel extends RuntimeException {

        public Fristfel(String meddelande) {
            super(meddelande);
        }
    }

    private final Arbetsdagskalender kalender;

    public Frist berakna(Begaran begaran, Tabeller tabeller) {
        String bevakning = begaran.bevakning();
        LocalDate frist;
        boolean franRegel = begaran.fastFrist() == null;
        String dagberakning = null;
        Object kalla = null;
        Object forlangningMojlig = null;
        if (!franRegel) {
            frist = LocalDate.parse(begaran.fastFrist().toString());
        } else {
            Function<String, Object> variabel = begaran.variabel();
            Map<String, Object> regel = switch (bevakning) {
                case "UTREDNING" -> enda(tabeller, "utredningsfrist", indata("arendetyp", variabel.apply("arendetyp")));
                // the reply to a kommunicering: by the way the basis was sent, and the case type (FL 25 §)
                case "KOMMUNICERING" ->
                    enda(
                            tabeller,
                            "kommuniceringsfrist",
                            indata(
                                    "satt",
                                    variabel.apply("kommuniceringSatt"),
                                    "arendetyp",
                                    variabel.apply("arendetyp")));
                // the provider's genomförandeplan: a local target per insats from its start (R18)
                case "GENOMFORANDEPLAN" ->
                    enda(tabeller, "genomforandeplanfrist", indata("insatstyp", variabel.apply("insatstyp")));
                // a model may name its own table (input tabell): the children's clocks are in barnfrister (issue 17)
                default ->
                    enda(
                            tabeller,
                            begaran.tabell() != null ? begaran.tabell() : "bevakningsfrist",
                            indata("bevakning", bevakning));
            };
            LocalDate start = startdag(begaran.fristStart());
            frist = start.plus(Period.parse((String) regel.get("frist")));
            // days already used by earlier investigations of the same question (C4); never before the start
            if (begaran.avdragDagar() instanceof Number dagar && dagar.intValue() > 0) {
                frist = frist.minusDays(dagar.intValue());
                if (frist.isBefore(start)) {
                    frist = start;
                }
            }
            dagberakning = regel.getOrDefault("dagberakning", "KALENDERDAGAR").toString();
            if ("FLYTTAS_TILL_VARDAG".equals(dagberakning)) {
                frist = kalender.flyttaTillVardag(frist);
            }
            kalla = regel.get("kalla");
            forlangningMojlig = regel.get("forlangningMojlig");
        }
        List<Map<String, Object>> paminnelse = tabeller.rader("paminnelse", Map.of("bevakning", bevakning));
        OffsetDateTime paminns = null;
        if (!paminnelse.isEmpty()) {
            // the engine's single result: more than one row is an error of the table
            if (paminnelse.size() > 1) {
                throw new Fristfel("The table paminnelse has " + paminnelse.size() + " rows for bevakning = "
                        + bevakning + ": keep one in decisions/paminnelse.dmn");
            }
            paminns = tidpunkt(
                    frist.minus(Period.parse(paminnelse.get(0).get("fore").toString())), PAMINNELSE_TIMME);
        }
        return new Frist(frist, franRegel, dagberakning, kalla, forlangningMojlig, paminns);
    }

    /** The day a period runs from: an ISO date, or the Swedish day of an ISO date-time. */
    public static LocalDate startdag(Object start) {
        if (start == null) {
            throw new Fristfel("A deadline needs fristStart or fastFrist");
        }
        String text = start.toString();
        return text.length() == 10
                ? LocalDate.parse(text)
                : OffsetDateTime.parse(text).atZoneSameInstant(SVENSK_TID).toLocalDate();
    }

    private static OffsetDateTime tidpunkt(LocalDate dag, int timme) {
        return dag.atTime(timme, 0).atZone(SVENSK_TID).toOffsetDateTime();
    }

    /** One row, or an error an administrator sees as an incident: never a guessed default (R03). */
    private static Map<String, Object> enda(Tabeller tabeller, String tabell, Map<String, Object> indata) {
        List<Map<String, Object>> rader = tabeller.rader(tabell, indata);
        if (rader.size() != 1) {
            String varden = indata.entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue())
                    .collect(Collectors.joining(", "));
            throw new Fristfel(
                    "The table " + tabell + " has no row for " + varden + ": add one in decisions/" + tabell + ".dmn");
        }
        return rader.get(0);
    }

    /** Input names and values in order; a value may be null (a missing variable then has no row, never a default). */
    private static Map<String, Object> indata(Object... namnOchVarden) {
        Map<String, Object> indata = new LinkedHashMap<>();
        for (int i = 0; i < namnOchVarden.length; i += 2) {
            indata.put((String) namnOchVarden[i], namnOchVarden[i + 1]);
        }
        return indata;
    }
}
