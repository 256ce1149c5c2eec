package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sip.Huvudman;
import se.tillit.sip.Kallelse;
import se.tillit.sip.Motesplats;
import se.tillit.sip.Plan;
import se.tillit.sip.Sip;
import se.tillit.sip.Sipakt;
import se.tillit.sip.Sipsteg;
import se.tillit.sip.Uppfoljningsresultat;

/**
 * The region's API (Roll.REGION, HTTP Basic; SakerhetKonfiguration gives it these paths and no others). What it reads
 * is what the consent covers: the plan, the kallelse, the meetings' dates and participants; never the municipality's
 * own notes. Every read is logged.
 */
@RestController
@RequestMapping("/api/region")
@RequiredArgsConstructor
class RegionSipApi {

    /** The answer to a request: the SIP's id to refer to, and whether anything is shared yet. */
    @Schema(example = "{\"delas\":false,\"id\":\"17cf2d25-ceaf-545f-a772-1d8b20daedb8\",\"steg\":\"SAMTYCKE\"}")
    record Begard(UUID id, Sipsteg steg, boolean delas) {}

    @Schema(
            description = "Personnumret vars SIP:ar regionen söker; det skickas i kroppen, aldrig i adressen.",
            example = "{\"personnummer\":\"19780214-9810\"}")
    record Sokning(
            @NotBlank(message = "{fel.personnummerSaknas}") String personnummer) {}

    record Motesvy(UUID id, LocalDate datum, String deltagare, Boolean regionNarvarande, String regionDeltagare) {}

    record Kallelsevy(LocalDate skickad, LocalDate motesdatum, Motesplats plats, Huvudman kalladAv) {}

    record Planvy(
            int version,
            String kommunensInsatser,
            String regionensInsatser,
            String andrasInsatser,
            Huvudman huvudansvar,
            LocalDate uppfoljning,
            LocalDate upprattad) {}

    record Uppfoljningsvy(int planversion, LocalDate genomford, Uppfoljningsresultat resultat) {}

    /** The SIP as the region sees it while the consent stands. */
    @Schema(
            example =
                    "{\"enhet\":\"LSS\",\"id\":\"17cf2d25-ceaf-545f-a772-1d8b20daedb8\",\"initiativ\":\"REGION\",\"kallelse\":{\"kalladAv\":\"REGION\",\"motesdatum\":\"2026-12-10\",\"plats\":\"HEMMET\",\"skickad\":\"2026-11-30\"},\"moten\":[{\"datum\":\"2026-12-10\",\"deltagare\":\"Personen, hennes dotter, biståndshandläggare, distriktssköterska\",\"id\":\"f9566f6f-658f-50ef-97d1-71601ee3b1a8\",\"regionDeltagare\":\"Distriktssköterska, fysioterapeut\",\"regionNarvarande\":true}],\"personnummer\":\"19780214-9810\",\"plan\":{\"andrasInsatser\":\"Anhöriga handlar en gång i veckan.\",\"huvudansvar\":\"KOMMUN\",\"kommunensInsatser\":\"Hemtjänst morgon och kväll; trygghetslarm.\",\"regionensInsatser\":\"Hemsjukvård två gånger i veckan; läkarbesök var tredje månad.\",\"uppfoljning\":\"2027-03-10\",\"upprattad\":\"2026-12-10\",\"version\":1},\"regionEnhet\":\"Vårdcentralen Norr\",\"regionKontakt\":\"Distriktssköterska, 010-123 45 67\",\"regionensDel\":\"Hemsjukvård två gånger i veckan; läkarbesök var tredje månad.\",\"samtyckeGivet\":\"2026-11-27\",\"samtyckeOmfattning\":\"Samtycke till att dela uppgifter med Vårdcentralen Norr.\",\"steg\":\"MOTE\",\"uppfoljningar\":[]}")
    record Regionsvy(
            UUID id,
            String personnummer,
            String enhet,
            Huvudman initiativ,
            String regionEnhet,
            String regionKontakt,
            Sipsteg steg,
            String samtyckeOmfattning,
            LocalDate samtyckeGivet,
            Kallelsevy kallelse,
            List<Motesvy> moten,
            String regionensDel,
            Planvy plan,
            List<Uppfoljningsvy> uppfoljningar) {}

    private final RegionensSipTjanst region;
    private final Personregister personer;
    private final Atkomstlogg atkomstlogg;

    /** The region asks the municipal unit for a SIP. 201 with its id; nothing is shared until the person consents. */
    @Operation(
            operationId = "regionBegarSip",
            summary = "Regionen begär en SIP",
            description = "Regionen begär en SIP av kommunens enhet. Inget delas förrän den enskilde samtyckt.")
    @ApiResponse(responseCode = "201", description = "SIP:en är begärd; svaret bär dess id.")
    @PostMapping("/sip")
    ResponseEntity<Begard> begar(@Valid @RequestBody RegionensBegaran begaran) {
        Sip sip = region.begar(begaran);
        return ResponseEntity.created(URI.create("/api/region/sip/" + sip.id()))
                .body(new Begard(sip.id(), sip.steg(), false));
    }

    /** 403 without a standing consent; 404 for a SIP the region neither asked for nor was called to. */
    @Operation(
            operationId = "regionLasSip",
            summary = "Regionen läser en SIP",
            description =
                    "SIP:en så som regionen ser den medan samtycket gäller: plan, kallelse, mötenas datum och deltagare, aldrig kommunens egna anteckningar. 403 utan samtycke; 404 för en SIP som regionen varken begärt eller kallats till. Läsningen loggas.")
    @GetMapping("/sip/{id}")
    Regionsvy las(@PathVariable UUID id) {
        Sipakt akt = region.las(id);
        atkomstlogg.logga(
                Atkomstlogg.Handling.LAS, akt.sip().arendeId(), akt.sip().personId(), "Regionen: SIP");
        return vy(akt);
    }

    /** The person's SIPs the region may see now. The personnummer travels in the body, never in an address. */
    @Operation(
            summary = "Sök en persons SIP:ar",
            description =
                    "Personens SIP:ar som regionen får se nu. Personnumret skickas i kroppen, aldrig i en adress.")
    @PostMapping("/sip/sokning")
    List<Regionsvy> sok(@Valid @RequestBody Sokning sokning) {
        List<Sipakt> akter = region.sok(sokning.personnummer());
        akter.forEach(akt -> atkomstlogg.logga(
                Atkomstlogg.Handling.SOK, akt.sip().arendeId(), akt.sip().personId(), "Regionen: SIP-sökning"));
        return akter.stream().map(this::vy).toList();
    }

    @Operation(
            summary = "Registrera regionens del av planen",
            description = "Vad regionen gör, medan planen upprättas.")
    @ApiResponse(responseCode = "204", description = "Regionens del är registrerad.")
    @PostMapping("/sip/{id}/plan")
    ResponseEntity<Void> plandel(@PathVariable UUID id, @Valid @RequestBody RegionensPlandel plandel) {
        region.plandel(id, plandel);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            operationId = "regionensNarvaro",
            summary = "Registrera regionens närvaro på ett möte",
            description = "Regionens närvaro och deltagare på ett möte som kommunen registrerat.")
    @ApiResponse(responseCode = "204", description = "Närvaron är registrerad.")
    @PostMapping("/sip/{id}/moten/{moteId}/narvaro")
    ResponseEntity<Void> narvaro(
            @PathVariable UUID id, @PathVariable UUID moteId, @Valid @RequestBody RegionensNarvaro narvaro) {
        region.narvaro(id, moteId, narvaro);
        return ResponseEntity.noContent().build();
    }

    /** The person told the region they withdraw the consent: sharing stops now and the SIP ends. */
    @Operation(
            operationId = "regionAterkallaSamtycke",
            summary = "Regionen registrerar att samtycket återkallas",
            description =
                    "Den enskilde har sagt till regionen att samtycket återkallas: delningen upphör nu och SIP:en avslutas.")
    @ApiResponse(responseCode = "204", description = "Registrerat.")
    @PostMapping("/sip/{id}/samtycke/aterkallelse")
    ResponseEntity<Void> aterkallelse(@PathVariable UUID id, @Valid @RequestBody Aterkallelse aterkallelse) {
        region.aterkalla(id, aterkallelse);
        return ResponseEntity.noContent().build();
    }

    /** G11: a person's insatser from the region, for the KPI R20. */
    @Operation(
            summary = "Rapportera regionens insatser för en person",
            description = "En persons insatser från regionen (G11), underlaget för nämnaren i nyckeltalet R20.")
    @ApiResponse(responseCode = "201", description = "Insatserna är registrerade.")
    @PostMapping("/insatser")
    ResponseEntity<Void> insatser(@Valid @RequestBody RegionalaInsatser insatser) {
        region.rapporteraInsatser(insatser);
        return ResponseEntity.status(201).build();
    }

    private Regionsvy vy(Sipakt akt) {
        Sip sip = akt.sip();
        String personnummer =
                personer.hitta(sip.personId()).orElseThrow().personnummer().formaterat();
        Kallelse k = akt.kallelse();
        Plan p = akt.plan();
        return new Regionsvy(
                sip.id(),
                personnummer,
                sip.enhet(),
                sip.initiativ(),
                sip.regionEnhet(),
                sip.regionKontakt(),
                sip.steg(),
                akt.samtycke().omfattning(),
                akt.samtycke().givet(),
                k == null ? null : new Kallelsevy(k.skickad(), k.motesdatum(), k.plats(), k.kalladAv()),
                akt.moten().stream()
                        .map(m -> new Motesvy(
                                m.id(), m.datum(), m.deltagare(), m.regionNarvarande(), m.regionDeltagare()))
                        .toList(),
                akt.regionensDel() == null ? null : akt.regionensDel().insatser(),
                p == null
                        ? null
                        : new Planvy(
                                p.version(),
                                p.kommunensInsatser(),
                                p.regionensInsatser(),
                                p.andrasInsatser(),
                                p.huvudansvar(),
                                p.uppfoljning(),
                                p.upprattad()),
                akt.uppfoljningar().stream()
                        .map(u -> new Uppfoljningsvy(u.planversion(), u.genomford(), u.resultat()))
                        .toList());
    }
}
