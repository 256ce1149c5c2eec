package se.tillit.kostnad.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.pris.Insatsperiod;
import se.tillit.pris.Manadskostnad;
import se.tillit.pris.Pris;
import se.tillit.pris.Prisfraga;
import se.tillit.pris.Prislista;
import se.tillit.pris.Prisregler;
import se.tillit.verkstallighet.BestalldInsats;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * Computes a month's cost from the executed insatser and the price list, and closes a month so that its figures
 * never change again (R29): an open month is recomputed on every view, a closed one is read as it was stored.
 */
@Service
@RequiredArgsConstructor
class Manadskostnader {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Prislista prislista;
    private final Verkstalligheter verkstalligheter;
    private final Clock clock;

    /** The month as closed, or as it computes now. */
    Manadsrapport rapport(YearMonth manad) {
        Optional<Manadsrapport> stangd = stangd(manad);
        return stangd.isPresent() ? stangd.get() : berakna(manad);
    }

    boolean arStangd(YearMonth manad) {
        return jdbc.sql("select count(*) from kostnadsmanad where manad = :manad")
                        .param("manad", manad.atDay(1))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Freezes the month as it computes now. Only a month that has ended, with every insats priced.
     *
     * @throws Valideringsfel if the month has not ended, is already closed, or has insatser without a price
     */
    @Transactional
    Manadsrapport stang(YearMonth manad, String av) {
        if (!manad.isBefore(YearMonth.now(clock))) {
            throw new Valideringsfel("manad", Texter.text("kostnad.fel.manadenHarInteTagitSlutOchKan", manad));
        }
        Manadsrapport rapport = berakna(manad);
        if (!rapport.fel().isEmpty()) {
            throw new Valideringsfel(
                    "manad",
                    Texter.text("kostnad.fel.insatserSaknarPris", rapport.fel().size(), manad));
        }
        int nya = jdbc.sql("""
                        insert into kostnadsmanad (manad, prislistversion, stangd_av) values (:manad, :version, :av)
                        on conflict (manad) do nothing""")
                .param("manad", manad.atDay(1))
                .param("version", rapport.prislistversion())
                .param("av", av)
                .update();
        if (nya == 0) {
            throw new Valideringsfel("manad", Texter.text("kostnad.fel.manadenArRedanStangd", manad));
        }
        List<MapSqlParameterSource> rader = new ArrayList<>();
        for (Kostnadsrad rad : rapport.rader()) {
            rader.add(new MapSqlParameterSource()
                    .addValue("manad", manad.atDay(1))
                    .addValue("nr", rader.size() + 1)
                    .addValue("beslut", rad.beslutId())
                    .addValue("arende", rad.arendenummer())
                    .addValue("utforare", rad.utforare())
                    .addValue("utforartyp", rad.utforartyp())
                    .addValue("enhet", rad.bestallandeEnhet())
                    .addValue("insatstyp", rad.insatstyp())
                    .addValue("niva", rad.niva())
                    .addValue("omfattning", rad.omfattning())
                    .addValue("radtyp", rad.radtyp())
                    .addValue("fran", rad.fran())
                    .addValue("tom", rad.tom())
                    .addValue("dagar", rad.dagar())
                    .addValue("prisenhet", rad.enhet())
                    .addValue("antal", rad.antal())
                    .addValue("apris", rad.apris())
                    .addValue("summa", rad.summa())
                    .addValue("beviljade", rad.beviljadeTimmar(), java.sql.Types.NUMERIC)
                    .addValue("utforda", rad.utfordaTimmar(), java.sql.Types.NUMERIC));
        }
        batch.batchUpdate("""
                insert into kostnadsrad (manad, radnummer, beslut_id, arendenummer, utforare, utforartyp,
                                         bestallande_enhet, insatstyp, niva, omfattning, radtyp, fran, tom, dagar,
                                         enhet, antal, apris, summa, beviljade_timmar, utforda_timmar)
                values (:manad, :nr, :beslut, :arende, :utforare, :utforartyp, :enhet, :insatstyp, :niva,
                        :omfattning, :radtyp, :fran, :tom, :dagar, :prisenhet, :antal, :apris, :summa,
                        :beviljade, :utforda)""", rader.toArray(MapSqlParameterSource[]::new));
        return stangd(manad).orElseThrow();
    }

    /** The month computed now from the records and the latest price list, held still for the whole month. */
    Manadsrapport berakna(YearMonth manad) {
        Prislista priser = prislista.ogonblicksbild();
        List<BestalldInsats> insatser = verkstalligheter.bestalldaInsatser(manad.atDay(1), manad.atEndOfMonth());
        Map<UUID, BigDecimal> utford = utfordaTimmar(manad);
        List<Kostnadsrad> rader = new ArrayList<>();
        List<Kostnadsfel> fel = new ArrayList<>();
        Map<String, List<BestalldInsats>> perHus = new TreeMap<>();
        for (BestalldInsats insats : insatser) {
            try {
                Insatsperiod period = period(insats, priser, utford.get(insats.beslutId()));
                if (prissattPerHus(period, priser, manad)) {
                    perHus.computeIfAbsent(insats.utforare() + "|" + insats.insatstyp(), hus -> new ArrayList<>())
                            .add(insats);
                    continue;
                }
                Manadskostnad.Resultat resultat = Manadskostnad.berakna(priser, period, manad);
                rader.addAll(rader(insats, period.insats(), resultat));
            } catch (Valideringsfel refusal) {
                fel.add(new Kostnadsfel(
                        insats.beslutId(),
                        insats.arendenummer(),
                        insats.utforare(),
                        insats.bestallandeEnhet(),
                        insats.insatstyp(),
                        refusal.fel().stream().map(Faltfel::orsak).collect(Collectors.joining("; "))));
            }
        }
        perHus.forEach((hus, husetsInsatser) -> rader.addAll(husrader(husetsInsatser, priser, manad)));
        rader.sort(Comparator.comparing(Kostnadsrad::utforare)
                .thenComparing(Kostnadsrad::insatstyp)
                .thenComparing(rad -> rad.arendenummer() == null ? "" : rad.arendenummer())
                .thenComparing(Kostnadsrad::fran));
        return new Manadsrapport(manad, priser.version(), null, List.copyOf(rader), List.copyOf(fel));
    }

    private static Insatsperiod period(BestalldInsats insats, Prislista priser, BigDecimal utfordaTimmar) {
        Prisfraga fraga = Prisregler.fraga(insats.insatstyp(), insats.niva(), insats.omfattning(), priser);
        return new Insatsperiod(
                fraga,
                insats.bokad(),
                insats.verkstalld(),
                insats.slut(),
                insats.avbrott().stream()
                        .map(a -> new Insatsperiod.Uppehall(a.fran(), a.till()))
                        .toList(),
                Manadskostnad.raknarNarvaro(insats.insatstyp(), insats.utforartyp()) ? insats.narvaro() : null,
                Prisregler.beviljadeTimmar(insats.insatstyp(), insats.omfattning())
                        .orElse(null),
                utfordaTimmar);
    }

    /** Sovande jour is priced per year and house (P15): found by the unit of the price on a day it is served. */
    private static boolean prissattPerHus(Insatsperiod period, Prislista priser, YearMonth manad) {
        if (period.fran() == null || period.fran().isAfter(manad.atEndOfMonth())) {
            return false;
        }
        LocalDate dag = period.fran().isAfter(manad.atDay(1)) ? period.fran() : manad.atDay(1);
        Pris pris = priser.pris(period.insats().pa(dag));
        return "AR_HUS".equals(pris.enhet());
    }

    private static List<Kostnadsrad> rader(BestalldInsats insats, Prisfraga fraga, Manadskostnad.Resultat resultat) {
        List<Kostnadsrad> rader = new ArrayList<>();
        for (Manadskostnad.Delperiod del : resultat.delperioder()) {
            boolean forsta = rader.isEmpty();
            Integer niva = del.typ() == Manadskostnad.Radtyp.TOMDYGN ? Integer.valueOf(1) : fraga.niva();
            rader.add(new Kostnadsrad(
                    insats.beslutId(),
                    insats.arendenummer(),
                    insats.utforare(),
                    insats.utforartyp(),
                    insats.bestallandeEnhet(),
                    insats.insatstyp(),
                    niva,
                    fraga.omfattning(),
                    del.typ().name(),
                    del.fran(),
                    del.tom(),
                    del.dagar(),
                    del.enhet(),
                    del.antal(),
                    del.apris(),
                    del.summa(),
                    forsta ? resultat.beviljadeTimmar() : null,
                    forsta ? resultat.utfordaTimmar() : null));
        }
        return rader;
    }

    /** One house's sovande jour: one set of lines however many users the house has, under its first decision's unit. */
    private static List<Kostnadsrad> husrader(List<BestalldInsats> husetsInsatser, Prislista priser, YearMonth manad) {
        BestalldInsats forsta = husetsInsatser.stream()
                .min(Comparator.comparing(BestalldInsats::arendenummer))
                .orElseThrow();
        List<Insatsperiod> perioder = husetsInsatser.stream()
                .map(insats -> period(insats, priser, null))
                .toList();
        Prisfraga fraga = perioder.get(0).insats();
        Manadskostnad.Resultat resultat = Manadskostnad.beraknaHus(priser, fraga, perioder, manad);
        return resultat.delperioder().stream()
                .map(del -> new Kostnadsrad(
                        null,
                        null,
                        forsta.utforare(),
                        forsta.utforartyp(),
                        forsta.bestallandeEnhet(),
                        forsta.insatstyp(),
                        null,
                        null,
                        del.typ().name(),
                        del.fran(),
                        del.tom(),
                        del.dagar(),
                        del.enhet(),
                        del.antal(),
                        del.apris(),
                        del.summa(),
                        null,
                        null))
                .toList();
    }

    private Map<UUID, BigDecimal> utfordaTimmar(YearMonth manad) {
        Map<UUID, BigDecimal> timmar = new HashMap<>();
        jdbc.sql("select beslut_id, timmar from utford_tid where manad = :manad")
                .param("manad", manad.atDay(1))
                .query(rs -> {
                    timmar.put(rs.getObject("beslut_id", UUID.class), rs.getBigDecimal("timmar"));
                });
        return timmar;
    }

    private Optional<Manadsrapport> stangd(YearMonth manad) {
        return jdbc.sql("select prislistversion, stangd, stangd_av from kostnadsmanad where manad = :manad")
                .param("manad", manad.atDay(1))
                .query((rs, n) -> new Manadsrapport(
                        manad,
                        rs.getString("prislistversion"),
                        new Manadsrapport.Stangning(
                                rs.getObject("stangd", OffsetDateTime.class)
                                        .atZoneSameInstant(Svensktid.ZON)
                                        .toOffsetDateTime(),
                                rs.getString("stangd_av")),
                        lasRader(manad),
                        List.of()))
                .optional();
    }

    private List<Kostnadsrad> lasRader(YearMonth manad) {
        return jdbc.sql("""
                        select beslut_id, arendenummer, utforare, utforartyp, bestallande_enhet, insatstyp, niva, omfattning,
                               radtyp, fran, tom, dagar, enhet, antal, apris, summa, beviljade_timmar, utforda_timmar
                          from kostnadsrad where manad = :manad order by radnummer""")
                .param("manad", manad.atDay(1))
                .query((rs, n) -> new Kostnadsrad(
                        rs.getObject("beslut_id", UUID.class),
                        rs.getString("arendenummer"),
                        rs.getString("utforare"),
                        rs.getString("utforartyp"),
                        rs.getString("bestallande_enhet"),
                        rs.getString("insatstyp"),
                        (Integer) rs.getObject("niva"),
                        rs.getString("omfattning"),
                        rs.getString("radtyp"),
                        rs.getObject("fran", LocalDate.class),
                        rs.getObject("tom", LocalDate.class),
                        rs.getInt("dagar"),
                        rs.getString("enhet"),
                        rs.getBigDecimal("antal"),
                        rs.getBigDecimal("apris"),
                        rs.getBigDecimal("summa"),
                        rs.getBigDecimal("beviljade_timmar"),
                        rs.getBigDecimal("utforda_timmar")))
                .list();
    }
}
