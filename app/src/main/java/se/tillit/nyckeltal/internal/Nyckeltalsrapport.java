package se.tillit.nyckeltal.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;

/**
 * The indicators of a period: frozen figures where the period has been frozen, computed now otherwise. The
 * committee's period ends (every month end, and the year to 30 April, 31 August and 31 December) are frozen the
 * night after, for every authority unit and for all units together (R35); a frozen period never changes.
 */
@Service
@RequiredArgsConstructor
class Nyckeltalsrapport {

    private static final Logger log = LoggerFactory.getLogger(Nyckeltalsrapport.class);
    static final List<MonthDay> TERTIALSLUT = List.of(MonthDay.of(4, 30), MonthDay.of(8, 31), MonthDay.of(12, 31));

    /** One indicator's figure; {@code varde} is a percentage (ANDEL) or days (MEDEL), null without a denominator. */
    @Schema(
            name = "NyckeltalRad",
            description =
                    "Ett nyckeltal för en grupp: täljare, nämnare och värdet (andel i procent eller medelvärde i dagar).")
    record Rad(Nyckeltal nyckeltal, String grupp, BigDecimal taljare, BigDecimal namnare, BigDecimal varde) {}

    /** @param fryst when the figures were frozen; null: computed now */
    @Schema(
            name = "NyckeltalRapport",
            description = "En periods nyckeltal för en enhet; fryst anger när perioden frystes, annars null.",
            example =
                    "{\"enhet\":\"*\",\"fran\":\"2026-01-01\",\"fryst\":\"2026-07-03T09:00:00+02:00\",\"rader\":[{\"nyckeltal\":\"UTREDNING_INOM_FRIST\",\"grupp\":\"LSS\",\"taljare\":10,\"namnare\":12,\"varde\":83.3}],\"tom\":\"2026-06-30\"}")
    record Rapport(LocalDate fran, LocalDate tom, String enhet, OffsetDateTime fryst, List<Rad> rader) {}

    private final JdbcClient jdbc;
    private final Nyckeltalsberakning berakning;
    private final Enhetsregister enheter;
    private final Clock clock;

    Rapport rapport(LocalDate fran, LocalDate tom, String enhet) {
        Optional<OffsetDateTime> fryst = jdbc.sql("""
                        select min(fryst) from nyckeltal_fryst where period_fran = :fran and period_tom = :tom and enhet = :enhet""")
                .param("fran", fran)
                .param("tom", tom)
                .param("enhet", enhet)
                .query(OffsetDateTime.class)
                .optional()
                .filter(java.util.Objects::nonNull);
        List<Nyckeltalsberakning.Varde> varden =
                fryst.isPresent() ? frysta(fran, tom, enhet) : berakning.berakna(fran, tom, enhet);
        return new Rapport(
                fran,
                tom,
                enhet,
                fryst.map(t -> t.atZoneSameInstant(Svensktid.ZON).toOffsetDateTime())
                        .orElse(null),
                varden.stream().map(Nyckeltalsrapport::rad).toList());
    }

    /** Freezes the period for the unit as it computes now; a period already frozen is left as it is. */
    @Transactional
    boolean frys(LocalDate fran, LocalDate tom, String enhet) {
        if (!tom.isBefore(LocalDate.now(clock))) {
            throw new se.tillit.fel.Valideringsfel("tom", "nyckeltal.fel.periodenHarInteTagitSlutOchKan");
        }
        // the lock makes two nodes freezing the same night agree on one set of figures
        jdbc.sql("select pg_advisory_xact_lock(hashtext('nyckeltal:' || :fran || ':' || :tom || ':' || :enhet))")
                .param("fran", fran.toString())
                .param("tom", tom.toString())
                .param("enhet", enhet)
                .query(Object.class)
                .list();
        long finns = jdbc.sql(
                        "select count(*) from nyckeltal_fryst where period_fran = :fran and period_tom = :tom and enhet = :enhet")
                .param("fran", fran)
                .param("tom", tom)
                .param("enhet", enhet)
                .query(Long.class)
                .single();
        if (finns > 0) {
            return false;
        }
        List<Nyckeltalsberakning.Varde> varden = berakning.berakna(fran, tom, enhet);
        if (varden.isEmpty()) {
            // a period without figures is still frozen, as empty: a row that says so
            varden = List.of(new Nyckeltalsberakning.Varde(
                    Nyckeltal.UTREDNING_INOM_FRIST, "", BigDecimal.ZERO, BigDecimal.ZERO));
        }
        for (Nyckeltalsberakning.Varde v : varden) {
            jdbc.sql("""
                            insert into nyckeltal_fryst (period_fran, period_tom, enhet, kod, grupp, taljare, namnare)
                            values (:fran, :tom, :enhet, :kod, :grupp, :taljare, :namnare)""")
                    .param("fran", fran)
                    .param("tom", tom)
                    .param("enhet", enhet)
                    .param("kod", v.nyckeltal().name())
                    .param("grupp", v.grupp())
                    .param("taljare", v.taljare())
                    .param("namnare", v.namnare())
                    .update();
        }
        return true;
    }

    /** The night after a period end: the month, and the year to date at a tertial's end, for each unit and in total. */
    @Scheduled(cron = "${tillit.nyckeltal.frys-cron:0 30 0 * * *}", zone = Svensktid.NAMN)
    void frysPeriodslut() {
        LocalDate igar = LocalDate.now(clock).minusDays(1);
        List<LocalDate[]> perioder = perioderSomSlutar(igar);
        if (perioder.isEmpty()) {
            return;
        }
        List<String> allaEnheter = new ArrayList<>(enheter.alla().stream()
                .filter(enhet -> enhet.typ() == Enhet.Enhetstyp.MYNDIGHET)
                .map(Enhet::kod)
                .toList());
        allaEnheter.add(Nyckeltalsberakning.ALLA);
        int frysta = 0;
        for (LocalDate[] period : perioder) {
            for (String enhet : allaEnheter) {
                if (frys(period[0], period[1], enhet)) {
                    frysta++;
                }
            }
        }
        log.info("Indicators frozen for the periods ending {}: {} unit periods", igar, frysta);
    }

    /** The committee's periods that end on the day: the month at a month end, the year to date at a tertial's end. */
    static List<LocalDate[]> perioderSomSlutar(LocalDate dag) {
        List<LocalDate[]> perioder = new ArrayList<>();
        if (dag.equals(YearMonth.from(dag).atEndOfMonth())) {
            perioder.add(new LocalDate[] {dag.withDayOfMonth(1), dag});
        }
        if (TERTIALSLUT.contains(MonthDay.from(dag))) {
            perioder.add(new LocalDate[] {dag.withDayOfYear(1), dag});
        }
        return perioder;
    }

    private List<Nyckeltalsberakning.Varde> frysta(LocalDate fran, LocalDate tom, String enhet) {
        return jdbc.sql("""
                        select kod, grupp, taljare, namnare from nyckeltal_fryst
                         where period_fran = :fran and period_tom = :tom and enhet = :enhet and namnare > 0 order by kod, grupp""")
                .param("fran", fran)
                .param("tom", tom)
                .param("enhet", enhet)
                .query((rs, n) -> new Nyckeltalsberakning.Varde(
                        Nyckeltal.valueOf(rs.getString("kod")),
                        rs.getString("grupp"),
                        rs.getBigDecimal("taljare"),
                        rs.getBigDecimal("namnare")))
                .list();
    }

    private static Rad rad(Nyckeltalsberakning.Varde v) {
        BigDecimal varde = null;
        if (v.namnare().signum() > 0) {
            varde = v.nyckeltal().typ == Nyckeltal.Typ.ANDEL
                    ? v.taljare().multiply(BigDecimal.valueOf(100)).divide(v.namnare(), 1, RoundingMode.HALF_UP)
                    : v.taljare().divide(v.namnare(), 1, RoundingMode.HALF_UP);
        }
        return new Rad(v.nyckeltal(), v.grupp(), v.taljare(), v.namnare(), varde);
    }
}
