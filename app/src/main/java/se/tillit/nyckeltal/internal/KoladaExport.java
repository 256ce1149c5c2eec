package se.tillit.nyckeltal.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.tillit.drift.Kommun;
import se.tillit.drift.Rojning;
import se.tillit.fel.Konflikt;

/**
 * A period's indicators in the open format of the Kolada API's data (v2 {@code /v2/data/...}: one object per KPI,
 * municipality and period with its values per gender T, K, M), for the indicators that have a Kolada counterpart
 * (docs/kolada.md), so the municipality compares itself with others without retyping. Figures resting on 1–6 cases
 * are suppressed (R61, {@link Rojning}): value null and status "--"; where one sex is suppressed, the other is too, so
 * that it cannot be worked out from the total (docs/adr/0027).
 */
@Component
@RequiredArgsConstructor
class KoladaExport {

    /** One value, as Kolada writes it: {@code count} is the number of municipalities behind it (1: our own). */
    record Varde(int count, String gender, String status, BigDecimal value) {}

    /** One KPI's values for the municipality and period. */
    record Data(String kpi, String municipality, String period, List<Varde> values) {}

    /** Where the figures come from: the period, the unit ("*": all), and when it was frozen (null: computed now). */
    record Underlag(LocalDate fran, LocalDate tom, String enhet, OffsetDateTime fryst) {}

    /** Kolada's envelope ({@code values}, {@code count}) and, beside it, what Tillit exported. */
    @Schema(
            example =
                    "{\"count\":1,\"tillit\":{\"enhet\":\"*\",\"fran\":\"2026-01-01\",\"fryst\":\"2026-07-03T09:00:00+02:00\",\"tom\":\"2026-06-30\"},\"values\":[{\"kpi\":\"U28418\",\"municipality\":\"9999\",\"period\":\"2026\",\"values\":[{\"count\":12,\"gender\":\"T\",\"status\":\"\",\"value\":83.3}]}]}")
    record Export(List<Data> values, int count, Underlag tillit) {}

    private static final List<String> KON = List.of("K", "M");

    private final Nyckeltalsrapport rapporter;
    private final Kommun kommun;

    Export export(LocalDate fran, LocalDate tom, String enhet) {
        if (kommun.kod() == null) {
            throw new Konflikt("nyckeltal.fel.kommunkodenArInteInstalldTillitKommunKod");
        }
        Nyckeltalsrapport.Rapport rapport = rapporter.rapport(fran, tom, enhet);
        List<Data> data = new ArrayList<>();
        for (Nyckeltal nyckeltal : Nyckeltal.values()) {
            if (nyckeltal.koladaId != null) {
                data.add(new Data(
                        nyckeltal.koladaId, kommun.kod(), period(fran, tom), varden(nyckeltal, rapport.rader())));
            }
        }
        return new Export(data, data.size(), new Underlag(fran, tom, enhet, rapport.fryst()));
    }

    /** Kolada's period is a year: a calendar year is written so; any other period as an ISO 8601 interval. */
    static String period(LocalDate fran, LocalDate tom) {
        if (fran.getDayOfYear() == 1 && tom.equals(fran.withDayOfYear(fran.lengthOfYear()))) {
            return Integer.toString(fran.getYear());
        }
        return fran + "/" + tom;
    }

    private static List<Varde> varden(Nyckeltal nyckeltal, List<Nyckeltalsrapport.Rad> rader) {
        BigDecimal taljare = BigDecimal.ZERO;
        BigDecimal namnare = BigDecimal.ZERO;
        Map<String, BigDecimal[]> perKon = new TreeMap<>();
        KON.forEach(kon -> perKon.put(kon, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
        for (Nyckeltalsrapport.Rad rad : rader) {
            if (rad.nyckeltal() == nyckeltal) {
                if (perKon.containsKey(rad.grupp())) {
                    perKon.put(rad.grupp(), new BigDecimal[] {rad.taljare(), rad.namnare()});
                }
                // split by sex, the total is its own row (""); otherwise the groups add up to it
                if (!nyckeltal.perKon() || rad.grupp().isEmpty()) {
                    taljare = taljare.add(rad.taljare());
                    namnare = namnare.add(rad.namnare());
                }
            }
        }
        List<Varde> varden = new ArrayList<>();
        varden.add(varde("T", nyckeltal, taljare, namnare));
        if (nyckeltal.perKon()) {
            Varde k = varde("K", nyckeltal, perKon.get("K")[0], perKon.get("K")[1]);
            Varde m = varde("M", nyckeltal, perKon.get("M")[0], perKon.get("M")[1]);
            // one sex suppressed and the other shown would give it away beside the total: suppress both
            if (k.value() == null && Rojning.ROJT.equals(k.status()) && m.value() != null) {
                m = new Varde(1, "M", Rojning.ROJT, null);
            }
            if (m.value() == null && Rojning.ROJT.equals(m.status()) && k.value() != null) {
                k = new Varde(1, "K", Rojning.ROJT, null);
            }
            varden.add(k);
            varden.add(m);
        }
        return varden;
    }

    /** A share in per cent or an average, rounded as the page shows it; null with "-" or "--" where it may not be shown. */
    private static Varde varde(String kon, Nyckeltal nyckeltal, BigDecimal taljare, BigDecimal namnare) {
        long underlag = namnare.longValue();
        if (underlag == 0) {
            return new Varde(1, kon, Rojning.SAKNAS, null);
        }
        if (!Rojning.visas(underlag)) {
            return new Varde(1, kon, Rojning.antal(underlag), null);
        }
        BigDecimal varde = nyckeltal.typ == Nyckeltal.Typ.ANDEL
                ? taljare.multiply(BigDecimal.valueOf(100)).divide(namnare, 1, RoundingMode.HALF_UP)
                : taljare.divide(namnare, 1, RoundingMode.HALF_UP);
        return new Varde(1, kon, "", varde);
    }
}
