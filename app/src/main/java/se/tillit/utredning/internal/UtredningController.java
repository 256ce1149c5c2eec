package se.tillit.utredning.internal;

import java.util.UUID;

import jakarta.validation.Valid;

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
class UtredningController {

    private final Utredningar utredningar;

    UtredningController(Utredningar utredningar) {
        this.utredningar = utredningar;
    }

    /** A förlängningsbeslut for a child investigation, by the unit's chef (C4). */
    @PostMapping("/{id}/forlangningar")
    Utredning forlang(@PathVariable UUID id, @Valid @RequestBody Forlangningsbeslut beslut) {
        return utredningar.forlang(id, beslut);
    }
}
