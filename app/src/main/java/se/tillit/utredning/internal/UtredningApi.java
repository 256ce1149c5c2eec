package se.tillit.utredning.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.utredning.Forlangningsbeslut;
import se.tillit.utredning.Utredning;
import se.tillit.utredning.Utredningar;

@RestController
@RequestMapping("/api/utredningar")
@RequiredArgsConstructor
class UtredningApi {

    private final Utredningar utredningar;

    /** A förlängningsbeslut for a child investigation, by the unit's chef (C4). */
    @Operation(
            summary = "Förläng en utredning om barn",
            description =
                    "Registrerar enhetschefens beslut att förlänga en barnutredning utöver fyra månader (11 kap. 2 § SoL, C4), med skäl och ny slutdag.")
    @ApiResponse(responseCode = "200", description = "Utredningen med den nya fristen.")
    @PostMapping("/{id}/forlangningar")
    Utredning forlang(@PathVariable UUID id, @Valid @RequestBody Forlangningsbeslut beslut) {
        return utredningar.forlang(id, beslut);
    }
}
