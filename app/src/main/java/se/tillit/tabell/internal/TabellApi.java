package se.tillit.tabell.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Valideringsfel;
import se.tillit.tabell.TabellAvvisad;
import se.tillit.tabell.Tabellmotor.NyVersion;

/**
 * The same as the page for API clients (ADMIN): the tables, the upload of a new version, and the changes of legal
 * deadline tables that wait for a second administrator's approval.
 */
@RestController
@RequestMapping("/api/admin/tabeller")
@RequiredArgsConstructor
class TabellApi {

    private final Tabellforvaltning forvaltning;
    private final Problemtext problemtext;
    private final MessageSource meddelanden;

    /** A rejection's reason. */
    @Schema(example = "{\"skal\":\"Fristen för förhandsbedömning ska vara 14 dagar, inte 10.\"}")
    record Avvisning(
            @Size(max = Tabellforvaltning.LANGSTA_SKAL) String skal) {}

    @Operation(
            summary = "Lista beslutstabeller",
            description = "Varje beslutstabell (DMN) med dess driftsatta versioner. Administratör.")
    @GetMapping
    List<Tabellforvaltning.Tabell> tabeller() {
        return forvaltning.tabeller();
    }

    /**
     * A DMN file as the multipart part {@code fil}: 201 with the new version; 202 with the waiting change for a legal
     * deadline table (a second administrator approves it); or 400 naming every problem.
     */
    @Operation(
            summary = "Ladda upp en ny version av en beslutstabell",
            description =
                    "En DMN-fil i fältet `fil` (multipart). En tabell som kräver två administratörer väntar på en andras godkännande (202); annars driftsätts den (201).")
    @ApiResponse(
            responseCode = "201",
            description = "Den nya versionen är driftsatt.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NyVersion.class)))
    @ApiResponse(
            responseCode = "202",
            description = "Ändringen väntar på en andra administratörs godkännande.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Tabellandring.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> driftsatt(@RequestParam(name = "fil", required = false) MultipartFile fil)
            throws IOException {
        try {
            Tabellforvaltning.Uppladdning uppladdning = forvaltning.laddaUpp(
                    fil == null ? null : fil.getOriginalFilename(), fil == null ? new byte[0] : fil.getBytes());
            if (uppladdning.vantar() != null) {
                return ResponseEntity.accepted()
                        .location(URI.create("/api/admin/tabeller/andringar/"
                                + uppladdning.vantar().id()))
                        .body(uppladdning.vantar());
            }
            return ResponseEntity.created(URI.create("/api/admin/tabeller")).body(uppladdning.driftsatt());
        } catch (TabellAvvisad avvisad) {
            throw valideringsfel(avvisad);
        }
    }

    /** The changes that wait for approval, oldest first. */
    @Operation(
            summary = "Lista ändringar som väntar",
            description = "Ändringarna som väntar på godkännande, äldsta först.")
    @GetMapping("/andringar")
    List<Tabellandring> vantande() {
        return forvaltning.vantande();
    }

    @Operation(
            summary = "Läs en väntande ändring",
            description = "En ändring av en beslutstabell med dess skillnad mot den driftsatta versionen.")
    @GetMapping("/andringar/{id}")
    Tabellandring andring(@PathVariable UUID id) {
        return forvaltning.andring(id);
    }

    /** A second administrator approves: 201 with the deployed version; 403 for one's own, 409 if already decided. */
    @Operation(
            summary = "Godkänn en ändring",
            description =
                    "En andra administratör godkänner och versionen driftsätts; 403 för ens egen ändring, 409 om den redan är avgjord.")
    @ApiResponse(responseCode = "201", description = "Versionen är driftsatt.")
    @PostMapping("/andringar/{id}/godkann")
    ResponseEntity<NyVersion> godkann(@PathVariable UUID id) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(forvaltning.godkann(id));
        } catch (AndringVagrad vagrad) {
            throw fel(vagrad);
        } catch (TabellAvvisad avvisad) {
            throw valideringsfel(avvisad);
        }
    }

    /** Rejects a waiting change with a reason ({@code skal}); 409 if already decided. */
    @Operation(
            summary = "Avvisa en ändring",
            description = "Avvisar en väntande ändring med skäl (`skal`); 409 om den redan är avgjord.")
    @ApiResponse(responseCode = "200", description = "Ändringen, avvisad.")
    @PostMapping(path = "/andringar/{id}/avvisa", consumes = MediaType.APPLICATION_JSON_VALUE)
    Tabellandring avvisa(@PathVariable UUID id, @jakarta.validation.Valid @RequestBody Avvisning avvisning) {
        try {
            return forvaltning.avvisa(id, avvisning.skal());
        } catch (AndringVagrad vagrad) {
            throw fel(vagrad);
        }
    }

    private Valideringsfel valideringsfel(TabellAvvisad avvisad) {
        return new Valideringsfel(problemtext.texter(avvisad.problem()).stream()
                .map(text -> new Valideringsfel.Faltfel("fil", text))
                .toList());
    }

    private RuntimeException fel(AndringVagrad vagrad) {
        String text = meddelanden.getMessage(vagrad.meddelande(), null, LocaleContextHolder.getLocale());
        return switch (vagrad.status()) {
            case FORBIDDEN -> new AccessDeniedException(text);
            case CONFLICT -> new Konflikt(text);
            default -> new Valideringsfel("skal", text);
        };
    }
}
