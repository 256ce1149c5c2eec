package se.tillit.kostnad.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A month's cost: its lines, what could not be priced, and whether it is closed.
 *
 * @param prislistversion the price list the lines were priced with
 * @param stangd when and by whom the month was closed; null while it is open and recomputed on each view
 */
record Manadsrapport(
        YearMonth manad, String prislistversion, Stangning stangd, List<Kostnadsrad> rader, List<Kostnadsfel> fel) {

    record Stangning(OffsetDateTime tid, String av) {}

    /** One row of the summary: a provider (and its type), an insats type and an ordering unit; null where not applicable. */
    record Summering(
            String utforare,
            String utforartyp,
            String insatstyp,
            String bestallandeEnhet,
            int insatser,
            BigDecimal dygn,
            BigDecimal timmar,
            BigDecimal beviljadeTimmar,
            BigDecimal utfordaTimmar,
            BigDecimal summa) {}

    public boolean oppen() {
        return stangd == null;
    }

    /** The lines and errors of the units the reader may see. */
    public Manadsrapport synligt(Predicate<String> synligEnhet) {
        return new Manadsrapport(
                manad,
                prislistversion,
                stangd,
                rader.stream()
                        .filter(rad -> synligEnhet.test(rad.bestallandeEnhet()))
                        .toList(),
                fel.stream().filter(f -> synligEnhet.test(f.bestallandeEnhet())).toList());
    }

    public BigDecimal summa() {
        return rader.stream().map(Kostnadsrad::summa).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Per provider, insats type and ordering unit, in that order. */
    public List<Summering> summering() {
        Map<List<String>, List<Kostnadsrad>> grupper = new LinkedHashMap<>();
        rader.stream()
                .sorted(Comparator.comparing(Kostnadsrad::utforare)
                        .thenComparing(Kostnadsrad::utforartyp)
                        .thenComparing(Kostnadsrad::insatstyp)
                        .thenComparing(Kostnadsrad::bestallandeEnhet))
                .forEach(rad -> grupper.computeIfAbsent(
                                List.of(rad.utforare(), rad.utforartyp(), rad.insatstyp(), rad.bestallandeEnhet()),
                                nyckel -> new ArrayList<>())
                        .add(rad));
        List<Summering> summering = new ArrayList<>();
        grupper.forEach((nyckel, grupp) -> {
            Set<UUID> insatser = new HashSet<>();
            grupp.forEach(rad -> insatser.add(rad.beslutId()));
            summering.add(new Summering(
                    nyckel.get(0),
                    nyckel.get(1),
                    nyckel.get(2),
                    nyckel.get(3),
                    insatser.size(),
                    summa(grupp, rad -> "TIMME".equals(rad.enhet()) ? null : BigDecimal.valueOf(rad.dagar())),
                    summa(grupp, rad -> "TIMME".equals(rad.enhet()) ? rad.antal() : null),
                    summa(grupp, Kostnadsrad::beviljadeTimmar),
                    summa(grupp, Kostnadsrad::utfordaTimmar),
                    summa(grupp, Kostnadsrad::summa)));
        });
        return summering;
    }

    /** The sum of the values present; null where no line has one (no hours for a housing insats, say). */
    private static BigDecimal summa(
            List<Kostnadsrad> rader, java.util.function.Function<Kostnadsrad, BigDecimal> varde) {
        return rader.stream()
                .map(varde)
                .filter(Objects::nonNull)
                .reduce(BigDecimal::add)
                .orElse(null);
    }
}
