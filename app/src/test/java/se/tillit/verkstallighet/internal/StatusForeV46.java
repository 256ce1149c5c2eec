package se.tillit.verkstallighet.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.verkstallighet.Bestallning;

/**
 * The tests' oracle for the stored order state: the list's status as it was derived on every request until V46
 * ({@code BestallningLasning.STATUSAR} of commit 464d8f1, word for word), from the decision, the case, the
 * interruptions and the day. The application no longer reads it; the tests hold the stored state to it after every
 * transition, so that the state a use case or the nightly job stores is the one the list showed before.
 */
final class StatusForeV46 {

    /** Every order to the units :enheter with its status as of :idag, as {@link Bestallning.Status}'s ordinal. */
    static final String STATUSAR = """
            select o.beslut_id, o.onskad_start, a.arendenummer,
                   case when (o.avslutad is not null and o.avslutad <= :idag) or (b.giltig_tom is not null and b.giltig_tom < :idag)
                             or a.avslutat is not null then 4
                        when v.pagar then 3
                        when o.verkstalld is not null then 2
                        when o.accepterad is not null then 1
                        else 0 end as status
              from bestallning o
              join beslut b on b.id = o.beslut_id
              join arende a on a.id = b.arende_id
              left join lateral (select x.till is null as pagar from avbrott x where x.beslut_id = o.beslut_id
                                  order by x.fran desc, x.skapad desc limit 1) v on true
             where b.utfall <> 'AVSLAG' and o.utforare in (:enheter)
            """;

    private StatusForeV46() {}

    /** The order's status on the day as the list derived it. */
    static Bestallning.Status status(JdbcClient jdbc, UUID beslutId, LocalDate idag) {
        String utforare = jdbc.sql("select utforare from bestallning where beslut_id = :b")
                .param("b", beslutId)
                .query(String.class)
                .single();
        int status = jdbc.sql("select status from (" + STATUSAR + ") s where beslut_id = :b")
                .param("enheter", List.of(utforare))
                .param("idag", idag)
                .param("b", beslutId)
                .query(Integer.class)
                .single();
        return Bestallning.Status.values()[status];
    }

    /** The ids of a page of the list as it paged them: by status, requested start, case number. */
    static List<UUID> sida(
            JdbcClient jdbc,
            List<String> enheter,
            List<Bestallning.Status> statusar,
            LocalDate idag,
            int sida,
            int perSida) {
        return jdbc.sql("select beslut_id from (" + STATUSAR + ") s where status in (:statusar)"
                        + " order by status, onskad_start, arendenummer, beslut_id limit :antal offset :forsta")
                .param("enheter", enheter)
                .param("idag", idag)
                .param("statusar", statusar.stream().map(Enum::ordinal).toList())
                .param("antal", perSida)
                .param("forsta", (long) sida * perSida)
                .query(UUID.class)
                .list();
    }
}
