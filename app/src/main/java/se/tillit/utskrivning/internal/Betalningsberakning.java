package se.tillit.utskrivning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.tillit.bevakning.Arbetsdagskalender;
import se.tillit.drift.Svensktid;
import se.tillit.utskrivning.Betalningsansvar;
import se.tillit.utskrivning.Betalningsregler;
import se.tillit.utskrivning.Fristregel;

/**
 * The municipality's payment for one stay over a span of days: each period ready for discharge, the agreement in
 * force on the day the notice was sent, its free days, the liable days and their cost at each year's amount.
 * A year without an amount is named, not priced at zero.
 */
@Service
@RequiredArgsConstructor
class Betalningsberakning {

    static final ZoneId SVENSK_TID = Svensktid.ZON;

    /** One period ready for discharge, as paid within the span asked about. */
    record Period(
            OffsetDateTime skickad,
            OffsetDateTime mottagen,
            OffsetDateTime upphorde,
            String upphordeOrsak,
            String overenskommelse,
            Fristregel regel,
            LocalDate forstaBetalningsdag,
            int klaraDagar,
            int betalningsdagar,
            BigDecimal belopp,
            List<Integer> arUtanBelopp) {}

    private final JdbcClient jdbc;
    private final Betalningsregler regler;
    private final Arbetsdagskalender kalender;

    /** A memo of the table's answers and the amounts, for one computation over many stays. */
    final class Berakning {
        private final Map<String, Fristregel> fristregler = new HashMap<>();
        private final Map<Integer, BigDecimal> belopp = dygnsbelopp();

        List<Period> perioder(UUID utskrivningId, String vardform, LocalDate fran, LocalDate tom) {
            List<Period> perioder = new ArrayList<>();
            jdbc.sql("""
                            select skickad, mottagen, upphorde, upphorde_orsak from utskrivningsklar_period
                             where utskrivning_id = :id order by skickad""").param("id", utskrivningId).query(rs -> {
                perioder.add(period(
                        svensk(rs.getObject("skickad", OffsetDateTime.class)),
                        svensk(rs.getObject("mottagen", OffsetDateTime.class)),
                        svensk(rs.getObject("upphorde", OffsetDateTime.class)),
                        rs.getString("upphorde_orsak"),
                        vardform,
                        fran,
                        tom));
            });
            return perioder;
        }

        private Period period(
                OffsetDateTime skickad,
                OffsetDateTime mottagen,
                OffsetDateTime upphorde,
                String orsak,
                String vardform,
                LocalDate fran,
                LocalDate tom) {
            LocalDate skickadDag = skickad.atZoneSameInstant(SVENSK_TID).toLocalDate();
            LocalDate slutDag = upphorde == null
                    ? null
                    : upphorde.atZoneSameInstant(SVENSK_TID).toLocalDate();
            String overenskommelse = overenskommelse(skickadDag);
            Fristregel regel = fristregler.computeIfAbsent(
                    overenskommelse + "|" + vardform, nyckel -> regler.regel(overenskommelse, vardform));
            LocalDate forsta = Betalningsansvar.forstaBetalningsdag(regel, skickadDag, kalender);
            int klara = Betalningsansvar.utskrivningsklaraDagar(skickadDag, slutDag, fran, tom);
            BigDecimal summa = BigDecimal.ZERO;
            List<Integer> saknas = new ArrayList<>();
            int betalda = 0;
            for (int ar = fran.getYear(); ar <= tom.getYear(); ar++) {
                LocalDate arFran = fran.getYear() == ar ? fran : LocalDate.of(ar, 1, 1);
                LocalDate arTom = tom.getYear() == ar ? tom : LocalDate.of(ar, 12, 31);
                int dagar = Betalningsansvar.betalningsdagar(forsta, slutDag, arFran, arTom);
                betalda += dagar;
                if (dagar > 0) {
                    BigDecimal dygnsbelopp = belopp.get(ar);
                    if (dygnsbelopp == null) {
                        saknas.add(ar);
                    } else {
                        summa = summa.add(dygnsbelopp.multiply(BigDecimal.valueOf(dagar)));
                    }
                }
            }
            return new Period(
                    skickad,
                    mottagen,
                    upphorde,
                    orsak,
                    overenskommelse,
                    regel,
                    forsta,
                    klara,
                    betalda,
                    summa,
                    List.copyOf(saknas));
        }
    }

    /** A time as it was in Sweden (the database answers in UTC), for pages and reports; null stays null. */
    static OffsetDateTime svensk(OffsetDateTime tid) {
        return tid == null ? null : tid.atZoneSameInstant(SVENSK_TID).toOffsetDateTime();
    }

    Berakning berakning() {
        return new Berakning();
    }

    /** The agreement in force on the day; the law where none is configured. */
    String overenskommelse(LocalDate dag) {
        return jdbc.sql("""
                        select overenskommelse from betalningsoverenskommelse
                         where giltig_from <= :dag and (giltig_tom is null or giltig_tom >= :dag)
                         order by giltig_from desc limit 1""").param("dag", dag).query(String.class).optional().orElse("LAG");
    }

    Map<Integer, BigDecimal> dygnsbelopp() {
        Map<Integer, BigDecimal> belopp = new HashMap<>();
        jdbc.sql("select ar, belopp from utskrivningsklar_dygnsbelopp").query(rs -> {
            belopp.put(rs.getInt("ar"), rs.getBigDecimal("belopp"));
        });
        return belopp;
    }
}
