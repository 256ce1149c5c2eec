package se.tillit.kostnad.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/** The month's cost for other systems (the finance system), and the import of performed hours (R28, R29). */
@RestController
@RequestMapping("/api/kostnader")
@RequiredArgsConstructor
class KostnadApi {

    @Schema(
            name = "KostnadManad",
            description = "En månads kostnader för verkställda insatser.",
            example =
                    "{\"fel\":[{\"arendenummer\":\"2026-900051\",\"beslutId\":\"2d7e9a41-6c3b-4f8e-b5a2-9e1c7d3f4b60\",\"bestallandeEnhet\":\"LSS\",\"insatstyp\":\"LSS_KORTTIDSVISTELSE\",\"orsak\":\"Pris saknas i prislistan för insatstypen och nivån\",\"utforare\":\"UTF-SOLROSEN\"}],\"manad\":\"2026-10\",\"prislistversion\":\"2026-1\",\"rader\":[{\"antal\":31,\"apris\":2450.0,\"arendenummer\":\"2026-900042\",\"beslutId\":\"8c3e5a17-9d2b-4e6f-a0c4-5b7d9e1f2a3c\",\"bestallandeEnhet\":\"LSS\",\"dagar\":31,\"enhet\":\"DYGN\",\"fran\":\"2026-10-01\",\"insatstyp\":\"LSS_BOSTAD_SARSKILD_SERVICE\",\"niva\":3,\"omfattning\":\"Heltid\",\"radtyp\":\"INSATS\",\"summa\":75950.0,\"tom\":\"2026-10-31\",\"utforare\":\"UTF-SOLROSEN\",\"utforartyp\":\"EGEN_REGI\"}],\"stangd\":false,\"summa\":75950.0,\"summering\":[{\"bestallandeEnhet\":\"LSS\",\"beviljadeTimmar\":0,\"dygn\":31,\"insatser\":1,\"insatstyp\":\"LSS_BOSTAD_SARSKILD_SERVICE\",\"summa\":75950.0,\"timmar\":0,\"utforare\":\"UTF-SOLROSEN\",\"utforartyp\":\"EGEN_REGI\",\"utfordaTimmar\":0}]}")
    record Svar(
            YearMonth manad,
            String prislistversion,
            boolean stangd,
            java.math.BigDecimal summa,
            List<Manadsrapport.Summering> summering,
            List<Kostnadsrad> rader,
            List<Kostnadsfel> fel) {}

    private final Manadskostnader manadskostnader;
    private final UtfordTidImport utfordTid;
    private final AktuellAnvandare aktuellAnvandare;

    @Operation(
            summary = "Läs en månads kostnader",
            description =
                    "Månadens kostnad för verkställda insatser per rad, med prislistans version och summa (månad som ÅÅÅÅ-MM), för ekonomisystemet.")
    @GetMapping("/{manad}")
    Svar manad(@PathVariable String manad) {
        InloggadAnvandare lasare = behorig(Roll.CHEF, Roll.ADMIN, Roll.INTEGRATION);
        Manadsrapport rapport = manadskostnader.rapport(tolkaManad(manad)).synligt(KostnadSida.synligFor(lasare));
        return new Svar(
                rapport.manad(),
                rapport.prislistversion(),
                !rapport.oppen(),
                rapport.summa(),
                rapport.summering(),
                rapport.rader(),
                rapport.fel());
    }

    @Operation(summary = "Stäng en månad", description = "Administratören stänger månaden: kostnaderna fryses.")
    @ApiResponse(responseCode = "200", description = "Månaden, stängd.")
    @PostMapping("/{manad}/stang")
    Svar stang(@PathVariable String manad) {
        InloggadAnvandare admin = behorig(Roll.ADMIN);
        Manadsrapport rapport = manadskostnader.stang(tolkaManad(manad), admin.anvandarnamn());
        return new Svar(
                rapport.manad(),
                rapport.prislistversion(),
                true,
                rapport.summa(),
                rapport.summering(),
                rapport.rader(),
                rapport.fel());
    }

    private static final String UTFORD_TID_EXEMPEL =
            "personnummer;insats;manad;timmar\n19780214-9810;LSS_PERSONLIG_ASSISTANS;2026-11;112,5\n19620830-9838;SOL_BOENDESTOD;2026-11;18\n";

    /** The time-registration system's export as text/csv; the header X-Kalla names the file or system. */
    @Operation(
            summary = "Importera utförd tid",
            description =
                    "Tidsregistreringssystemets export som CSV (R28, R29); huvudet `X-Kalla` namnger filen eller systemet. Varje rad som inte kan tas emot räknas upp.")
    @ApiResponse(responseCode = "200", description = "Importens resultat, rad för rad.")
    @PostMapping(
            value = "/utford-tid",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    UtfordTidImport.Resultat importera(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(
                                        mediaType = "text/csv",
                                        schema = @Schema(type = "string", example = UTFORD_TID_EXEMPEL)),
                                @Content(
                                        mediaType = MediaType.TEXT_PLAIN_VALUE,
                                        schema = @Schema(type = "string", example = UTFORD_TID_EXEMPEL))
                            })
                    @RequestBody
                    String csv,
            @RequestHeader(name = "X-Kalla", defaultValue = "API") String kalla) {
        InloggadAnvandare anvandare = behorig(Roll.ADMIN, Roll.INTEGRATION);
        String namn = kalla.strip().isEmpty() ? "API" : kalla.strip();
        return utfordTid.importera(csv, namn.length() > 200 ? namn.substring(0, 200) : namn, anvandare.anvandarnamn());
    }

    private InloggadAnvandare behorig(Roll... roller) {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        for (Roll roll : roller) {
            if (anvandare.harRoll(roll)) {
                return anvandare;
            }
        }
        throw new AccessDeniedException(
                Texter.text("kostnad.fel.kraverNagonAvRollerna", java.util.Arrays.toString(roller)));
    }

    private static YearMonth tolkaManad(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new Valideringsfel("manad", "kostnad.fel.manadSkrivsAaaaMmTillExempel2014");
        }
    }
}
