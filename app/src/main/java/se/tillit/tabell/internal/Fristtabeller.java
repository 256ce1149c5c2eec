package se.tillit.tabell.internal;

import java.util.Set;

/**
 * The decision tables that hold deadlines the law sets, or that the law makes the municipality's own to set: a change
 * to one of them moves when a person's case must be done, when they may reply, when the municipality starts to pay.
 * A change to one waits for a second administrator's approval before it is deployed (issue 16, docs/adr/0019).
 *
 * <ul>
 * <li>{@code utredningsfrist}: four months for a child's investigation (SoL 2025:400 20 kap. 3 §), the adults' targets;</li>
 * <li>{@code bevakningsfrist}: the förhandsbedömning's 14 days (20 kap. 2 §), the appeal's three weeks (förvaltningslagen
 * 44 §), the ej-verkställt report's three months, the other watches of a case;</li>
 * <li>{@code kommuniceringsfrist}: the time a party has to reply (förvaltningslagen 25 §);</li>
 * <li>{@code utskrivningsfrist}: the deadlines of discharge from hospital care (lag 2017:612 4 kap.);</li>
 * <li>{@code barnfrister}: a child's clocks after the decision: information to the reporter (19 kap. 6 §), the
 * placement's six-month review (22 kap. 13 §), the offer of parental support within a week of a placement (R10, a local
 * target under 22 kap. 10 §), the follow-up after an investigation or placement (23 kap.);</li>
 * <li>{@code betalningsansvar}: the free days before the municipality pays for a patient ready for discharge
 * (lag 2017:612 5 kap., or the regional agreement);</li>
 * <li>{@code gallring}: when a person's file is destroyed, and what the law keeps (SoL 2025:400 16 kap., LSS 21 c–d §§,
 * socialtjänstförordningen 2025:468 13 kap. 1 §; issue 18): a change moves when a file may be destroyed, which cannot be
 * undone.</li>
 * </ul>
 *
 * Not here: {@code paminnelse} (when to remind before a deadline: it moves no deadline), {@code lexsarahfrist} (local
 * targets; the law says "genast" and "snarast", no day count), prices ({@code internpris}, {@code omfattning}) and the
 * {@code delegationsordning} (a decision of the committee with legal weight, but no deadline).
 */
final class Fristtabeller {

    static final Set<String> NYCKLAR = Set.of(
            "utredningsfrist",
            "bevakningsfrist",
            "kommuniceringsfrist",
            "utskrivningsfrist",
            "betalningsansvar",
            "barnfrister",
            "gallring");

    private Fristtabeller() {}

    static boolean arFristtabell(String beslutsnyckel) {
        return NYCKLAR.contains(beslutsnyckel);
    }
}
