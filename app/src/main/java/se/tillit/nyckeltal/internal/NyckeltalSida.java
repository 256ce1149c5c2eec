package se.tillit.nyckeltal.internal;

import static se.tillit.drift.Csv.cell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.drift.Csv;
import se.tillit.drift.Rojning;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The chef's indicators for a period and unit, with their definitions and the trend of the last six months; the
 * administrator sees every unit and all together. CSV and JSON of the same figures.
 */
@Controller
@RequiredArgsConstructor
class NyckeltalSida {

    static final int TRENDMANADER = 6;

    /** One indicator and group over the trend months, oldest first; null where a month has no denominator. */
    record Trend(Nyckeltal nyckeltal, String grupp, List<java.math.BigDecimal> varden) {}

    private final Nyckeltalsrapport rapporter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock clock;
    private final Stickprov stickprov;
    private final se.tillit.revision.Atkomstlogg atkomstlogg;

    @GetMapping("/nyckeltal")
    String sida(
            @RequestParam(required = false) String fran,
            @RequestParam(required = false) String tom,
            @RequestParam(required = false) String enhet,
            Model model) {
        List<String> enheter = enheter();
        String vald = enhet == null || enhet.isBlank() ? enheter.get(0) : enhet;
        kravEnhet(enheter, vald);
        LocalDate[] period = period(fran, tom);
        Nyckeltalsrapport.Rapport rapport = rapporter.rapport(period[0], period[1], vald);
        List<YearMonth> manader = new ArrayList<>();
        for (int i = TRENDMANADER; i >= 1; i--) {
            manader.add(YearMonth.from(period[1]).minusMonths(i - 1));
        }
        model.addAttribute("rapport", rapport);
        model.addAttribute("enheter", enheter);
        model.addAttribute("enhet", vald);
        model.addAttribute("manader", manader);
        model.addAttribute("trender", trender(manader, vald));
        // R19: the file audit's sample of genomförandeplaner; each case listed is a read in the access log
        List<Stickprov.Plan> urval = stickprov.genomforandeplaner(period[0], period[1], vald);
        urval.forEach(plan -> atkomstlogg.logga(
                se.tillit.revision.Atkomstlogg.Handling.LAS,
                plan.arendeId(),
                plan.personId(),
                "Stickprov av genomförandeplaner"));
        model.addAttribute("stickprov", urval);
        return "nyckeltal";
    }

    @GetMapping(value = "/nyckeltal.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String fran,
            @RequestParam(required = false) String tom,
            @RequestParam(required = false) String enhet) {
        List<String> enheter = enheter();
        String vald = enhet == null || enhet.isBlank() ? enheter.get(0) : enhet;
        kravEnhet(enheter, vald);
        LocalDate[] period = period(fran, tom);
        Nyckeltalsrapport.Rapport rapport = rapporter.rapport(period[0], period[1], vald);
        StringBuilder csv = new StringBuilder("fran;tom;enhet;nyckeltal;grupp;taljare;namnare;varde;fryst\r\n");
        // an indicator split by sex beside its total: one sex suppressed suppresses the other, or the total gives it
        // away
        java.util.Set<Nyckeltal> delvisRojda = new java.util.HashSet<>();
        rapport.rader().stream()
                .filter(rad -> rad.nyckeltal().perKon()
                        && !rad.grupp().isEmpty()
                        && rad.namnare().signum() > 0
                        && !Rojning.visas(rad.namnare().longValue()))
                .forEach(rad -> delvisRojda.add(rad.nyckeltal()));
        for (Nyckeltalsrapport.Rad rad : rapport.rader()) {
            String[] rojd =
                    delvisRojda.contains(rad.nyckeltal()) && !rad.grupp().isEmpty()
                            ? new String[] {Rojning.ROJT, Rojning.ROJT, Rojning.ROJT}
                            : rojd(rad);
            csv.append(String.join(
                            ";",
                            cell(rapport.fran().toString()),
                            cell(rapport.tom().toString()),
                            cell(vald),
                            cell(rad.nyckeltal().name()),
                            cell(rad.grupp()),
                            cell(rojd[0]),
                            cell(rojd[1]),
                            cell(rojd[2]),
                            cell(rapport.fryst() == null ? "" : rapport.fryst().toString())))
                    .append(Csv.RADSLUT);
        }
        return Csv.fil(
                "nyckeltal-" + vald.replace("*", "alla") + "-" + rapport.fran() + "-" + rapport.tom() + ".csv", csv);
    }

    /**
     * The CSV goes to the committee's papers, which anyone may ask to read: numerator, denominator and value as R61
     * allows ({@link Rojning}). A denominator of 1–6 hides all three; a share's numerator of 1–6 is hidden by itself
     * (an average's numerator is a sum of days, no count of people). The page shows the chef the figures as they are.
     */
    static String[] rojd(Nyckeltalsrapport.Rad rad) {
        long namnare = rad.namnare().longValue();
        if (namnare > 0 && !Rojning.visas(namnare)) {
            return new String[] {Rojning.ROJT, Rojning.ROJT, Rojning.ROJT};
        }
        // decimal comma: the file is opened in a Swedish Excel (drift.Csv)
        String taljare = rad.nyckeltal().andel()
                ? Rojning.antal(rad.taljare().longValue())
                : rad.taljare().toPlainString().replace('.', ',');
        return new String[] {
            taljare,
            Rojning.antal(namnare),
            rad.varde() == null ? Rojning.SAKNAS : rad.varde().toPlainString().replace('.', ',')
        };
    }

    private List<Trend> trender(List<YearMonth> manader, String enhet) {
        Map<String, Trend> trender = new LinkedHashMap<>();
        for (int i = 0; i < manader.size(); i++) {
            YearMonth manad = manader.get(i);
            for (Nyckeltalsrapport.Rad rad : rapporter
                    .rapport(manad.atDay(1), manad.atEndOfMonth(), enhet)
                    .rader()) {
                Trend trend = trender.computeIfAbsent(
                        rad.nyckeltal() + "|" + rad.grupp(),
                        k -> new Trend(
                                rad.nyckeltal(),
                                rad.grupp(),
                                new ArrayList<>(java.util.Collections.nCopies(manader.size(), null))));
                trend.varden().set(i, rad.varde());
            }
        }
        return List.copyOf(trender.values());
    }

    /**
     * The administrator and the integration account (the figures hold no person; an integration fetches the Kolada
     * export, issue 19): every unit and all together ("*"); a chef: the units they lead.
     */
    List<String> enheter() {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        List<String> enheter = new ArrayList<>();
        if (anvandare.harRoll(Roll.ADMIN) || anvandare.harRoll(Roll.INTEGRATION)) {
            enheter.add(Nyckeltalsberakning.ALLA);
        }
        enheter.addAll(anvandare.enheterMedRoll(Roll.CHEF));
        if (enheter.isEmpty()) {
            throw new AccessDeniedException("nyckeltal.fel.nyckeltalenVisasForCheferOchAdministratorer");
        }
        return enheter;
    }

    void kravEnhet(List<String> enheter, String enhet) {
        boolean admin = enheter.contains(Nyckeltalsberakning.ALLA);
        if (!enheter.contains(enhet) && !admin) {
            throw new AccessDeniedException(Texter.text("nyckeltal.fel.nyckeltalForEnhetenVisasForDessChef", enhet));
        }
    }

    /** The period asked for; by default the last month that has ended. */
    LocalDate[] period(String fran, String tom) {
        try {
            if ((fran == null || fran.isBlank()) && (tom == null || tom.isBlank())) {
                YearMonth forra = YearMonth.now(clock).minusMonths(1);
                return new LocalDate[] {forra.atDay(1), forra.atEndOfMonth()};
            }
            LocalDate f = LocalDate.parse(fran.strip());
            LocalDate t = LocalDate.parse(tom.strip());
            if (t.isBefore(f) || t.isAfter(f.plusYears(10))) {
                throw new Valideringsfel("tom", "nyckeltal.fel.tillOchMedSkaVaraEfterFran");
            }
            return new LocalDate[] {f, t};
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Valideringsfel("fran", "nyckeltal.fel.periodAngesMedFranOchTillOch");
        }
    }
}
