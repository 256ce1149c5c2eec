package se.tillit.ivo.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;

/**
 * A quarter's EVB reports for other systems, and its submission by the administrator (C36–C38). The same readers
 * as the page: a revisor gets no individual report ({@code individrapport} null).
 */
@RestController
@RequestMapping("/api/ivo")
@RequiredArgsConstructor
class IvoApi {

    /**
     * @param rapportfonster IVO's window for the quarter's report and where today is in it
     * @param inlamnad null while the quarter is computed on each request
     * @param individrapport IVO's individual report; null for a revisor
     */
    @Schema(
            name = "IvoKvartal",
            description = "Ett kvartals rapporter om ej verkställda beslut, med rapportfönstret.",
            example =
                    "{\"individrapport\":[{\"arendeId\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"arendenummer\":\"2026-900042\",\"beslutId\":\"8c3e5a17-9d2b-4e6f-a0c4-5b7d9e1f2a3c\",\"beslutsdatum\":\"2026-03-10\",\"dagar\":204,\"ejVerkstalltId\":\"1005d600-2113-51b4-a985-018ebf82967c\",\"ejVerkstalltSedan\":\"2026-06-11\",\"enhet\":\"LSS\",\"erbjudanden\":[{\"erbjudet\":\"2026-08-20\",\"svar\":\"AVBOJT\",\"svarDatum\":\"2026-08-27\",\"vad\":\"Plats i gruppbostaden Lärkan, Storgatan 12\",\"skal\":\"Personen vill bo kvar nära sin dagliga verksamhet.\"}],\"grund\":\"BESLUT\",\"insatstyp\":\"LSS_BOSTAD_SARSKILD_SERVICE\",\"kon\":\"K\",\"konsekvenser\":\"Personen bor kvar hos föräldrarna, som får avlösning två kvällar i veckan.\",\"lag\":\"LSS\",\"matdag\":\"2026-09-30\",\"nyIKvartalet\":false,\"orsak\":\"BRIST_PA_PLATS\",\"orsakSaknas\":false,\"orsakText\":\"Ingen ledig plats i kommunens gruppbostäder före mars.\",\"personId\":\"4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6\",\"pseudonym\":\"P-0001\",\"radnummer\":1,\"raknasFran\":\"2026-03-10\",\"sarskildAvgift\":false,\"skyddadIdentitet\":false,\"tid\":\"SEX_TILL_TOLV\",\"tillfalligaInsatser\":\"Korttidsvistelse en helg i månaden och utökad avlösarservice.\",\"tvaAr\":\"2028-03-10\"}],\"inlamnad\":{\"av\":\"revisor\",\"inomFonster\":true,\"tid\":\"2026-10-12T11:05:00+02:00\"},\"kvartal\":\"2026-Q3\",\"matdag\":\"2026-09-30\",\"rapportfonster\":{\"fran\":\"2026-10-01\",\"status\":\"OPPET\",\"till\":\"2026-10-31\"},\"revisorsrapport\":[{\"beslutsdatum\":\"2026-03-10\",\"dagar\":204,\"enhet\":\"LSS\",\"grund\":\"BESLUT\",\"insatstyp\":\"LSS_BOSTAD_SARSKILD_SERVICE\",\"lag\":\"LSS\",\"lopnummer\":1,\"ny\":false,\"orsak\":\"BRIST_PA_PLATS\",\"raknasFran\":\"2026-03-10\",\"tid\":\"SEX_TILL_TOLV\"}],\"sarskildAvgiftFlaggaManader\":9,\"statistik\":[{\"lag\":\"LSS\",\"insatstyp\":\"LSS_BOSTAD_SARSKILD_SERVICE\",\"antal\":1,\"kvinnor\":1,\"man\":0,\"beslut\":1,\"avbrott\":0,\"tid\":{\"TRE_TILL_SEX\":0,\"SEX_TILL_TOLV\":1,\"TOLV_TILL_TJUGOFYRA\":0,\"OVER_TJUGOFYRA\":0},\"ejVerkstalldaVidSlutet\":1,\"verkstallda\":0,\"avslutade\":0}]}")
    record Svar(
            String kvartal,
            LocalDate matdag,
            Fonster rapportfonster,
            Kvartalsrapport.Inlamning inlamnad,
            int sarskildAvgiftFlaggaManader,
            List<Rad> individrapport,
            List<Kvartalsrapport.Revisorsrad> revisorsrapport,
            List<Kvartalsrapport.Statistikrad> statistik) {}

    record Fonster(LocalDate fran, LocalDate till, Rapportfonster.Status status) {}

    /** A row of the individual report with what the page derives from it. */
    @Schema(name = "IvoRad", description = "En rad i individrapporten med det som sidan härleder ur den.")
    record Rad(
            @com.fasterxml.jackson.annotation.JsonUnwrapped Individrad rad,
            boolean nyIKvartalet,
            long dagar,
            Individrad.Tidsintervall tid,
            LocalDate tvaAr,
            boolean orsakSaknas) {}

    private final Kvartalsrapporter rapporter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    @Operation(
            summary = "Läs ett kvartals rapporter om ej verkställda beslut",
            description =
                    "Kvartalets rapporter till IVO (kvartal som ÅÅÅÅ-Qn, till exempel 2026-Q3), valfritt för en enhet, med rapportfönstret. En revisor får ingen individrapport (`individrapport` är null).")
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
    @Operation(
            summary = "Lämna in ett kvartals rapport",
            description =
                    "Administratören fryser kvartalet som inlämnat; 400 med fältet `kvartal` när kvartalet inte kan lämnas in ännu.")
    @ApiResponse(responseCode = "200", description = "Kvartalet, inlämnat.")
    @PostMapping("/{kvartal}/inlamning")
    Svar lamnaIn(@PathVariable String kvartal) {
        IvoLasare lasare = lasare();
        if (!lasare.kanLamnaIn()) {
            throw new AccessDeniedException("ivo.fel.baraAdministratorenNamndensHuvudrapportorLamnarInKvartalets");
        }
        Kvartalsrapport rapport =
                rapporter.lamnaIn(Kvartal.tolka(kvartal), lasare.anvandare().anvandarnamn());
        IvoSida.logga(atkomstlogg, rapport, Atkomstlogg.Handling.EXPORT);
        return svar(rapport, true);
    }

    private Svar svar(Kvartalsrapport rapport, boolean individ) {
        Rapportfonster.Fonster fonster = rapport.fonster();
        return new Svar(
                rapport.kvartal().toString(),
                rapport.matdag(),
                new Fonster(fonster.fran(), fonster.till(), fonster.status(LocalDate.now(clock))),
                rapport.inlamning(),
                rapporter.flaggaManader(),
                individ
                        ? rapport.rader().stream()
                                .map(rad -> new Rad(
                                        rad,
                                        rad.ny(rapport.kvartal().forsta()),
                                        rad.dagar(),
                                        rad.tid(),
                                        rad.tvaAr(),
                                        rad.saknarOrsak()))
                                .toList()
                        : null,
                rapport.revisorsrapport(),
                rapport.statistik());
    }

    private IvoLasare lasare() {
        return IvoLasare.av(aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad")));
    }
}
