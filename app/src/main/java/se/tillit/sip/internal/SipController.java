package se.tillit.sip.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.tillit.revision.Atkomstlogg;
import se.tillit.sip.Nyckeltal;
import se.tillit.sip.Sip;
import se.tillit.sip.Sipakt;

/** The municipality's SIP API: the unit's handläggare record each step; readers of the unit read (logged). */
@RestController
@RequestMapping("/api/sip")
class SipController {

    private final SipTjanst sipar;
    private final SipNyckeltal nyckeltal;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    SipController(SipTjanst sipar, SipNyckeltal nyckeltal, Atkomstlogg atkomstlogg, Clock clock) {
        this.sipar = sipar;
        this.nyckeltal = nyckeltal;
        this.atkomstlogg = atkomstlogg;
        this.clock = clock;
    }

    /** The municipality asks for a SIP; its process starts. 201 with the SIP. */
    @PostMapping
    ResponseEntity<Sip> begar(@Valid @RequestBody NySip ny) {
        Sip sip = sipar.begar(ny);
        return ResponseEntity.created(URI.create("/api/sip/" + sip.id())).body(sip);
    }

    /** Everything recorded on the SIP, for the unit's handläggare and chef, revisorer and service accounts (logged). */
    @GetMapping("/{id}")
    Sipakt las(@PathVariable UUID id) {
        Sipakt akt = sipar.akt(id);
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, akt.sip().arendeId(), akt.sip().personId(), "API: SIP");
        return akt;
    }

    @PostMapping("/{id}/onskan")
    Sip onskan(@PathVariable UUID id, @Valid @RequestBody Onskesvar svar) {
        return sipar.registreraOnskan(id, svar);
    }

    @PostMapping("/{id}/samtycke")
    Sip samtycke(@PathVariable UUID id, @Valid @RequestBody NyttSamtycke samtycke) {
        return sipar.registreraSamtycke(id, samtycke);
    }

    @PostMapping("/{id}/samtycke/aterkallelse")
    Sip aterkallelse(@PathVariable UUID id, @Valid @RequestBody Aterkallelse aterkallelse) {
        return sipar.aterkallaSamtycke(id, aterkallelse);
    }

    @PostMapping("/{id}/kallelse")
    Sip kallelse(@PathVariable UUID id, @Valid @RequestBody NyKallelse kallelse) {
        return sipar.registreraKallelse(id, kallelse);
    }

    /** A held meeting. 201 with the meeting's id (the region reports its attendance on it). */
    @PostMapping("/{id}/moten")
    ResponseEntity<Map<String, UUID>> mote(@PathVariable UUID id, @Valid @RequestBody NyttMote mote) {
        return ResponseEntity.status(201).body(Map.of("id", sipar.registreraMote(id, mote)));
    }

    @PostMapping("/{id}/plan")
    Sip plan(@PathVariable UUID id, @Valid @RequestBody NyPlan plan) {
        return sipar.upprattaPlan(id, plan);
    }

    @PostMapping("/{id}/uppfoljning")
    Sip uppfoljning(@PathVariable UUID id, @Valid @RequestBody NyUppfoljning uppfoljning) {
        return sipar.registreraUppfoljning(id, uppfoljning);
    }

    /**
     * R20 on a date (default today) for one unit, or for every unit the caller may read; the definition comes with the
     * figure. Counts only, no person: not an access to be logged.
     */
    @GetMapping("/nyckeltal")
    SipNyckeltal.MedDefinition nyckeltal(@RequestParam(required = false) LocalDate datum,
            @RequestParam(required = false) String enhet) {
        List<String> enheter = nyckeltal.lasbaraEnheter(enhet);
        Nyckeltal tal = sipar.nyckeltal(datum == null ? LocalDate.now(clock) : datum, enheter);
        return nyckeltal.medDefinition(tal);
    }
}
