package se.tillit.kostnad.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;

/** The month's cost for other systems (the finance system), and the import of performed hours (R28, R29). */
@RestController
@RequestMapping("/api/kostnader")
class KostnadApi {

    @Schema(name = "KostnadManad", description = "En månads kostnader för verkställda insatser.")
    record Svar(YearMonth manad, String prislistversion, boolean stangd, java.math.BigDecimal summa,
            List<Manadsrapport.Summering> summering, List<Kostnadsrad> rader, List<Kostnadsfel> fel) {
    }

    private final Manadskostnader manadskostnader;
    private final UtfordTidImport utfordTid;
    private final AktuellAnvandare aktuellAnvandare;

    KostnadApi(Manadskostnader manadskostnader, UtfordTidImport utfordTid, AktuellAnvandare aktuellAnvandare) {
        this.manadskostnader = manadskostnader;
        this.utfordTid = utfordTid;
        this.aktuellAnvandare = aktuellAnvandare;
    }

    @Operation(summary = "Läs en månads kostnader",
            description = "Månadens kostnad för verkställda insatser per rad, med prislistans version och summa (månad som ÅÅÅÅ-MM), för ekonomisystemet.")
    @GetMapping("/{manad}")
    Svar manad(@PathVariable String manad) {
        InloggadAnvandare lasare = behorig(Roll.CHEF, Roll.ADMIN, Roll.INTEGRATION);
        Manadsrapport rapport = manadskostnader.rapport(tolkaManad(manad)).synligt(KostnadSida.synligFor(lasare));
        return new Svar(rapport.manad(), rapport.prislistversion(), !rapport.oppen(), rapport.summa(),
                rapport.summering(), rapport.rader(), rapport.fel());
    }

    @Operation(summary = "Stäng en månad",
            description = "Administratören stänger månaden: kostnaderna fryses.")
    @ApiResponse(responseCode = "200", description = "Månaden, stängd.")
    @PostMapping("/{manad}/stang")
    Svar stang(@PathVariable String manad) {
        InloggadAnvandare admin = behorig(Roll.ADMIN);
        Manadsrapport rapport = manadskostnader.stang(tolkaManad(manad), admin.anvandarnamn());
        return new Svar(rapport.manad(), rapport.prislistversion(), true, rapport.summa(), rapport.summering(),
                rapport.rader(), rapport.fel());
    }

    /** The time-registration system's export as text/csv; the header X-Kalla names the file or system. */
    @Operation(summary = "Importera utförd tid",
            description = "Tidsregistreringssystemets export som CSV (R28, R29); huvudet `X-Kalla` namnger filen eller systemet. Varje rad som inte kan tas emot räknas upp.")
    @ApiResponse(responseCode = "200", description = "Importens resultat, rad för rad.")
    @PostMapping(value = "/utford-tid", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    UtfordTidImport.Resultat importera(@RequestBody String csv,
            @RequestHeader(name = "X-Kalla", defaultValue = "API") String kalla) {
        InloggadAnvandare anvandare = behorig(Roll.ADMIN, Roll.INTEGRATION);
        String namn = kalla.strip().isEmpty() ? "API" : kalla.strip();
        return utfordTid.importera(csv, namn.length() > 200 ? namn.substring(0, 200) : namn, anvandare.anvandarnamn());
    }

    private InloggadAnvandare behorig(Roll... roller) {
        InloggadAnvandare anvandare = aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("Inte inloggad"));
        for (Roll roll : roller) {
            if (anvandare.harRoll(roll)) {
                return anvandare;
            }
        }
        throw new AccessDeniedException("Kräver någon av rollerna " + java.util.Arrays.toString(roller));
    }

    private static YearMonth tolkaManad(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new Valideringsfel("manad", "Månad skrivs ÅÅÅÅ-MM, till exempel 2014-06");
        }
    }
}
