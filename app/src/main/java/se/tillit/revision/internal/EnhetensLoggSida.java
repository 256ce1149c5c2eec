package se.tillit.revision.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedSet;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The chef's log review (issue 18): what the unit's staff read, searched, exported and were denied, by user, kind
 * and period. Municipalities review this monthly; the page opens on the last 30 days. Rows are the ones written by
 * users who held a role in the unit at the time, whatever case they concerned.
 */
@Controller
@RequiredArgsConstructor
class EnhetensLoggSida {

    private static final ZoneId SVENSK_TID = Svensktid.ZON;

    private final Atkomstlogg atkomstlogg;
    private final AktuellAnvandare aktuellAnvandare;
    private final java.time.Clock clock;

    @GetMapping("/atkomstlogg")
    String logg(
            @RequestParam(required = false) String enhet,
            @RequestParam(required = false) String anvandare,
            @RequestParam(required = false) Atkomstlogg.Handling handling,
            @RequestParam(required = false) LocalDate fran,
            @RequestParam(required = false) LocalDate till,
            Model model) {
        InloggadAnvandare chef = aktuellAnvandare.hamta().orElseThrow();
        SortedSet<String> enheter = chef.enheterMedRoll(Roll.CHEF);
        if (enheter.isEmpty()) {
            throw new AccessDeniedException("revision.fel.loggkontrollenArForChefer");
        }
        String vald = StringUtils.hasText(enhet) ? enhet : enheter.first();
        if (!enheter.contains(vald)) {
            throw new HittadesInte("fel.enhetenFinnsInte");
        }
        LocalDate idag = LocalDate.now(clock);
        LocalDate franDag = fran == null ? idag.minusDays(30) : fran;
        LocalDate tillDag = till == null ? idag : till;
        List<Atkomstlogg.Rad> rader = atkomstlogg.lista(
                new Atkomstlogg.Urval(
                        StringUtils.hasText(anvandare) ? anvandare.strip() : null,
                        null,
                        null,
                        handling,
                        vald,
                        franDag.atStartOfDay(SVENSK_TID).toOffsetDateTime(),
                        tillDag.plusDays(1).atStartOfDay(SVENSK_TID).toOffsetDateTime()),
                1000);
        // the review itself is a read of the log: on record like the auditor's
        atkomstlogg.logga(Atkomstlogg.Handling.SOK, null, null, "Loggkontroll: enhet " + vald);
        model.addAttribute("enheter", enheter);
        model.addAttribute("enhet", vald);
        model.addAttribute("anvandare", anvandare);
        model.addAttribute("handling", handling);
        model.addAttribute("handlingar", Atkomstlogg.Handling.values());
        model.addAttribute("fran", franDag);
        model.addAttribute("till", tillDag);
        model.addAttribute("rader", rader);
        return "enhetens-logg";
    }
}
