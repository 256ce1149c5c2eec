package se.tillit.verkstallighet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.arende.ArendeAvslutat;

/**
 * The order's stored state ({@code bestallning.tillstand}, V46, ADR 21), which the provider's list counts and pages by
 * index. One rule decides it ({@link #REGEL}); the use case that changes what the rule reads applies it to its order in
 * its own transaction, and the ends that come with the date alone are moved by {@link DagligaBestallningsslut}.
 */
@Component
@RequiredArgsConstructor
class Bestallningstillstand {

    /**
     * An order's state on the day :idag, for the order {@code o} with its decision {@code b} and case {@code a}: ended
     * first (the order closed, the decision's validity out, the case closed), then interrupted (its latest avbrott still
     * open), started, accepted, new. The names are {@link se.tillit.verkstallighet.Bestallning.Status}'s. The list
     * derived the same on every request until V46.
     */
    static final String REGEL = """
            case when (o.avslutad is not null and o.avslutad <= :idag) or (b.giltig_tom is not null and b.giltig_tom < :idag)
                      or a.avslutat is not null then 'AVSLUTAD'
                 when coalesce((select x.till is null from avbrott x where x.beslut_id = o.beslut_id
                                 order by x.fran desc, x.skapad desc limit 1), false) then 'AVBRUTEN'
                 when o.verkstalld is not null then 'VERKSTALLD'
                 when o.accepterad is not null then 'ACCEPTERAD'
                 else 'NY' end""";

    /** The rule applied to the orders that {@code villkor} picks, the decision {@code b} and case {@code a} at hand. */
    private static final String SKRIV = """
            update bestallning o set tillstand = %s
              from beslut b join arende a on a.id = b.arende_id
             where b.id = o.beslut_id and %s""";

    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * Applies the rule to the order of the decision, after the caller's change and in the caller's transaction. The
     * order's row is locked first and read by a second statement: a transaction that changed the order before and held
     * the lock has then committed, and the rule sees its change (in one statement PostgreSQL would reread the locked row
     * but not the decision, the case or the interruptions).
     */
    void skriv(UUID beslutId) {
        jdbc.sql("select beslut_id from bestallning where beslut_id = :beslut for update")
                .param("beslut", beslutId)
                .query(UUID.class)
                .optional();
        jdbc.sql(SKRIV.formatted(REGEL, "o.beslut_id = :beslut"))
                .param("beslut", beslutId)
                .param("idag", LocalDate.now(clock))
                .update();
    }

    /** A closed case executes none of its decisions: every order of it ends, in the closing transaction. */
    @EventListener
    void arendeAvslutat(ArendeAvslutat avslutat) {
        // locked in one order, so that two transactions locking several orders of one case cannot deadlock
        jdbc.sql("""
                        select o.beslut_id from bestallning o join beslut b on b.id = o.beslut_id
                         where b.arende_id = :arende order by o.beslut_id for update of o""").param("arende", avslutat.arendeId()).query(UUID.class).list();
        jdbc.sql(SKRIV.formatted(REGEL, "a.id = :arende"))
                .param("arende", avslutat.arendeId())
                .param("idag", LocalDate.now(clock))
                .update();
    }

    /**
     * Ends every order whose end has come by the day {@code idag} and is not yet stored: the decision's validity ran
     * out, an avslut dated ahead came, or the case closed without the event (a safety net; the event ends them at once).
     * Nothing else changes with the date alone, and no end is undone, so this is the rule's only date-bound move; run
     * twice, the second run finds nothing.
     *
     * @return the orders ended
     */
    int avslutaDeVarsSlutKommit(LocalDate idag) {
        return jdbc.sql("""
                        update bestallning o set tillstand = 'AVSLUTAD'
                          from beslut b join arende a on a.id = b.arende_id
                         where b.id = o.beslut_id and o.tillstand <> 'AVSLUTAD'
                           and ((o.avslutad is not null and o.avslutad <= :idag)
                                or (b.giltig_tom is not null and b.giltig_tom < :idag) or a.avslutat is not null)""").param("idag", idag).update();
    }
}
