package se.tillit.nyckeltal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.fel.Valideringsfel;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/** The indicators as JSON, and an administrator's freezing of a period that has ended. */
@RestController
@RequiredArgsConstructor
class NyckeltalApi {

    @Schema(
            name = "NyckeltalFrysning",
            description = "Perioden (datum, till och med) och enheten (kod, eller * för alla) som ska frysas.",
            example = "{\"enhet\":\"*\",\"fran\":\"2026-01-01\",\"tom\":\"2026-06-30\"}")
    record Frysning(LocalDate fran, LocalDate tom, String enhet) {}

    private final Nyckeltalsrapport rapporter;
    private final NyckeltalSida sida;
    private final AktuellAnvandare aktuellAnvandare;
    private final Enhetsregister enheter;
    private final KoladaExport kolada;
    private final Atkomstlogg atkomstlogg;

    @Operation(
            summary = "Läs nämndens nyckeltal för en period",
            description =
                    "Nyckeltalen för perioden `fran`–`tom` (datum) och en enhet (kod, eller * för alla), med täljare, "
                            + "nämnare och definition; en fryst period visas som den frystes. Chef i enheten och administratör.")
    @GetMapping("/api/nyckeltal")
    Nyckeltalsrapport.Rapport nyckeltal(
            @RequestParam String fran, @RequestParam String tom, @RequestParam String enhet) {
        sida.kravEnhet(sida.enheter(), enhet);
        LocalDate[] period = sida.period(fran, tom);
        return rapporter.rapport(period[0], period[1], enhet);
    }

    /**
     * The period's indicators that have a Kolada counterpart, in the Kolada API's data format (docs/kolada.md), small
     * counts suppressed (R61); a file to download from the page, the same JSON for integrations. Logged as an export.
     */
    @Operation(
            summary = "Periodens nyckeltal i Koladas dataformat",
            description =
                    "De nyckeltal som har en motsvarighet i Kolada (docs/kolada.md), i Kolada-API:ts format för data: "
                            + "KPI-id, kommunkod, period (året, eller ett ISO 8601-intervall för en annan period) och värden per kön "
                            + "(T, K, M). Ett värde som bygger på 1–6 ärenden har value null och status \"--\", ett saknat \"-\" "
                            + "(R61). En fryst period ger sina frysta siffror. Chef för sina enheter; administratör och "
                            + "integrationskonto för alla och * för alla tillsammans. Loggas som export.")
    @GetMapping(value = "/api/nyckeltal/kolada", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KoladaExport.Export> kolada(
            @RequestParam String fran, @RequestParam String tom, @RequestParam String enhet) {
        sida.kravEnhet(sida.enheter(), enhet);
        LocalDate[] period = sida.period(fran, tom);
        KoladaExport.Export export = kolada.export(period[0], period[1], enhet);
        atkomstlogg.logga(
                Atkomstlogg.Handling.EXPORT,
                null,
                null,
                "Nyckeltal: Kolada-export " + period[0] + "–" + period[1] + ", enhet " + enhet);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"kolada-"
                                + enhet.replace("*", "alla").replaceAll("[^A-Za-z0-9_-]", "_") + "-" + period[0] + "-"
                                + period[1] + ".json\"")
                .body(export);
    }

    /** E.g. a period a committee asked for outside the usual period ends; a period frozen before is left as it is. */
    @Operation(
            summary = "Frys en periods nyckeltal",
            description = "Administratören fryser nyckeltalen för en period som har slutat, till exempel en period som "
                    + "nämnden bett om utanför de vanliga periodsluten; en period som redan frysts lämnas som den är.")
    @ApiResponse(responseCode = "201", description = "Perioden är fryst nu.")
    @ApiResponse(responseCode = "200", description = "Perioden var redan fryst; den lämnades som den var.")
    @PostMapping("/api/nyckeltal/frys")
    ResponseEntity<Nyckeltalsrapport.Rapport> frys(@RequestBody Frysning frysning) {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        if (!anvandare.harRoll(Roll.ADMIN)) {
            throw new AccessDeniedException("nyckeltal.fel.enPeriodFrysesAvEnAdministrator");
        }
        if (frysning.fran() == null
                || frysning.tom() == null
                || frysning.enhet() == null
                || frysning.enhet().isBlank()
                || frysning.tom().isBefore(frysning.fran())) {
            throw new Valideringsfel("fran", "nyckeltal.fel.franTillOchMedOchEnhetKravs");
        }
        // frozen figures of a unit that does not exist would be kept for ever (and a long name does not fit the column)
        if (!frysning.enhet().equals(Nyckeltalsberakning.ALLA)
                && enheter.hitta(frysning.enhet()).isEmpty()) {
            throw new Valideringsfel("enhet", "nyckeltal.fel.okandEnhetAngeEnEnhetsKodEller");
        }
        boolean ny = rapporter.frys(frysning.fran(), frysning.tom(), frysning.enhet());
        return ResponseEntity.status(ny ? 201 : 200)
                .body(rapporter.rapport(frysning.fran(), frysning.tom(), frysning.enhet()));
    }
}
