package se.tillit.ivo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A quarter's EVB reports for other systems, and its submission by the administrator (C36–C38). The same readers
 * as the page: a revisor gets no individual report ({@code individrapport} null).
 */
@RestController
@RequestMapping("/api/ivo")
class IvoApi {

    /**
     * @param rapportfonster IVO's window for the quarter's report and where today is in it
     * @param inlamnad null while the quarter is computed on each request
     * @param individrapport IVO's individual report; null for a revisor
     */
    @Schema(name = "IvoKvartal", description = "Ett kvartals rapporter om ej verkställda beslut, med rapportfönstret.")
    record Svar(String kvartal, LocalDate matdag, Fonster rapportfonster, Kvartalsrapport.Inlamning inlamnad,
            int sarskildAvgiftFlaggaManader, List<Rad> individrapport, List<Kvartalsrapport.Revisorsrad> revisorsrapport,
            List<Kvartalsrapport.Statistikrad> statistik) {
    }

    record Fonster(LocalDate fran, LocalDate till, Rapportfonster.Status status) {
    }

    /** A row of the individual report with what the page derives from it. */
    @Schema(name = "IvoRad", description = "En rad i individrapporten med det som sidan härleder ur den.")
    record Rad(@com.fasterxml.jackson.annotation.JsonUnwrapped Individrad rad, boolean nyIKvartalet, long dagar, Individrad.Tidsintervall tid, LocalDate tvaAr,
            boolean orsakSaknas) {
    }

    private final Kvartalsrapporter rapporter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    IvoApi(Kvartalsrapporter rapporter, AktuellAnvandare aktuellAnvandare, Atkomstlogg atkomstlogg, Clock clock) {
        this.rapporter = rapporter;
        this.aktuellAnvandare = aktuellAnvandare;
        this.atkomstlogg = atkomstlogg;
        this.clock = clock;
    }

    @Operation(summary = "Läs ett kvartals rapporter om ej verkställda beslut",
            description = "Kvartalets rapporter till IVO (kvartal som ÅÅÅÅ-Qn, till exempel 2026-Q3), valfritt för en enhet, med rapportfönstret. En revisor får ingen individrapport (`individrapport` är null).")
    @GetMapping("/{kvartal}")
    Svar kvartal(@PathVariable String kvartal, @RequestParam(required = false) String enhet) {
        IvoLasare lasare = lasare();
        Kvartalsrapport rapport = rapporter.rapport(Kvartal.tolka(kvartal)).synligt(lasare.synlig(enhet));
        if (lasare.individrapport()) {
            IvoSida.logga(atkomstlogg, rapport, Atkomstlogg.Handling.EXPORT);
        }
        return svar(rapport, lasare.individrapport());
    }

    /** Freezes the quarter (the administrator): 400 naming {@code kvartal} when it cannot be submitted yet. */
    @Operation(summary = "Lämna in ett kvartals rapport",
            description = "Administratören fryser kvartalet som inlämnat; 400 med fältet `kvartal` när kvartalet inte kan lämnas in ännu.")
    @ApiResponse(responseCode = "200", description = "Kvartalet, inlämnat.")
    @PostMapping("/{kvartal}/inlamning")
    Svar lamnaIn(@PathVariable String kvartal) {
        IvoLasare lasare = lasare();
        if (!lasare.kanLamnaIn()) {
            throw new AccessDeniedException("Bara administratören (nämndens huvudrapportör) lämnar in kvartalets rapport");
        }
        Kvartalsrapport rapport = rapporter.lamnaIn(Kvartal.tolka(kvartal), lasare.anvandare().anvandarnamn());
        IvoSida.logga(atkomstlogg, rapport, Atkomstlogg.Handling.EXPORT);
        return svar(rapport, true);
    }

    private Svar svar(Kvartalsrapport rapport, boolean individ) {
        Rapportfonster.Fonster fonster = rapport.fonster();
        return new Svar(rapport.kvartal().toString(), rapport.matdag(),
                new Fonster(fonster.fran(), fonster.till(), fonster.status(LocalDate.now(clock))), rapport.inlamning(),
                rapporter.flaggaManader(),
                individ ? rapport.rader().stream().map(rad -> new Rad(rad, rad.ny(rapport.kvartal().forsta()), rad.dagar(),
                        rad.tid(), rad.tvaAr(), rad.saknarOrsak())).toList() : null,
                rapport.revisorsrapport(), rapport.statistik());
    }

    private IvoLasare lasare() {
        return IvoLasare.av(aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("Inte inloggad")));
    }
}
