package se.tillit.sakerhet.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.sakerhet.internal.Kontoregister.Enhetsrad;
import se.tillit.sakerhet.internal.Kontoregister.Handelse;

/** Units for the user provisioning and ADMIN: the same use cases as the pages, each change with its reason. */
@RestController
@RequestMapping("/api/admin/enheter")
@RequiredArgsConstructor
class EnhetApi {

    /** {@code typ}: FORVALTNING, MYNDIGHET, UTFORARE or NAMND. */
    @Schema(
            example =
                    "{\"kod\":\"LSS-NORR\",\"namn\":\"LSS Norr\",\"orsak\":\"Myndighetsenheten för LSS delas i Norr och Söder från 1 januari.\",\"typ\":\"MYNDIGHET\"}")
    record NyEnhet(String kod, String namn, String typ, String orsak) {}

    @Schema(
            example =
                    "{\"namn\":\"LSS och funktionsnedsättning, myndighet\",\"orsak\":\"Enhetens namn ändras efter nämndens beslut om ny organisation.\"}")
    record NyttNamn(String namn, String orsak) {}

    /**
     * {@code arendetyper}: the codes of the case types the unit handles (arende.Arendetyp: BARN_OCH_UNGA, LSS, ...);
     * empty: it takes every type.
     */
    @Schema(
            example =
                    "{\"arendetyper\":[\"LSS\",\"SOL_FUNKTIONSNEDSATTNING\"],\"enhet\":{\"aktiv\":true,\"aktivaKonton\":14,\"kod\":\"LSS\",\"namn\":\"LSS och funktionsnedsättning\",\"typ\":\"MYNDIGHET\"},\"historik\":[{\"tidpunkt\":\"2026-11-24T14:02:00+01:00\",\"utfordAv\":\"provisionering\",\"kanal\":\"API\",\"handelse\":\"ENHET_ARENDETYPER\",\"enhet\":\"LSS\",\"uppgift\":\"LSS, SOL_FUNKTIONSNEDSATTNING\",\"orsak\":\"Enheten tar över ärenden enligt SoL om funktionsnedsättning från 1 januari.\"}]}")
    record EnhetMedHistorik(Enhetsrad enhet, List<String> arendetyper, List<Handelse> historik) {}

    /** {@code arendetyper}: the codes the unit is to handle; empty: every type; required. */
    @Schema(
            example =
                    "{\"arendetyper\":[\"LSS\",\"SOL_FUNKTIONSNEDSATTNING\"],\"orsak\":\"Enheten tar över ärenden enligt SoL om funktionsnedsättning från 1 januari.\"}")
    record NyaArendetyper(List<String> arendetyper, String orsak) {}

    @Schema(
            example =
                    "{\"arendetyper\":[\"LSS\",\"SOL_FUNKTIONSNEDSATTNING\"],\"enhet\":{\"aktiv\":true,\"aktivaKonton\":14,\"kod\":\"LSS\",\"namn\":\"LSS och funktionsnedsättning\",\"typ\":\"MYNDIGHET\"}}")
    record EnhetMedArendetyper(Enhetsrad enhet, List<String> arendetyper) {}

    private final Kontoadministration administration;
    private final Kontotexter texter;

    @Operation(
            summary = "Lista enheter",
            description = "Alla enheter. Administratör och användarprovisioneringens tjänstekonto.")
    @GetMapping
    List<Enhetsrad> enheter() {
        return texter.iKlartext(() -> administration.enheter(Kanal.API));
    }

    @Operation(summary = "Läs en enhet", description = "Enheten med dess ärendetyper och ändringslogg.")
    @GetMapping("/{kod}")
    EnhetMedHistorik enhet(@PathVariable String kod) {
        return texter.iKlartext(() -> new EnhetMedHistorik(
                administration.enhet(kod, Kanal.API),
                administration.arendetyper(kod, Kanal.API),
                administration.enhetshistorik(kod, Kanal.API)));
    }

    @Operation(
            operationId = "skapaEnhet",
            summary = "Skapa en enhet",
            description =
                    "En ny enhet med kod, namn och typ (FORVALTNING, MYNDIGHET, UTFORARE eller NAMND), med orsak.")
    @ApiResponse(responseCode = "201", description = "Enheten är skapad; `Location` pekar på den.")
    @PostMapping
    ResponseEntity<Enhetsrad> skapa(@RequestBody NyEnhet begaran) {
        Enhetsrad enhet = texter.iKlartext(() ->
                administration.skapaEnhet(begaran.kod(), begaran.namn(), begaran.typ(), begaran.orsak(), Kanal.API));
        return ResponseEntity.created(URI.create("/api/admin/enheter/" + enhet.kod()))
                .body(enhet);
    }

    @Operation(summary = "Byt en enhets namn", description = "Ett nytt namn på enheten, med orsak (loggas).")
    @ApiResponse(responseCode = "200", description = "Enheten efter ändringen.")
    @PostMapping("/{kod}/namn")
    Enhetsrad bytNamn(@PathVariable String kod, @RequestBody NyttNamn begaran) {
        return texter.iKlartext(() -> administration.bytNamn(kod, begaran.namn(), begaran.orsak(), Kanal.API));
    }

    @Operation(
            summary = "Sätt en enhets ärendetyper",
            description = "Vilka ärendetyper enheten handlägger; en tom lista betyder alla.")
    @ApiResponse(responseCode = "200", description = "Enheten med dess ärendetyper.")
    @PostMapping("/{kod}/arendetyper")
    EnhetMedArendetyper sattArendetyper(@PathVariable String kod, @RequestBody NyaArendetyper begaran) {
        return texter.iKlartext(() -> {
            Enhetsrad enhet = administration.sattArendetyper(
                    kod,
                    begaran.arendetyper() == null ? null : new LinkedHashSet<>(begaran.arendetyper()),
                    begaran.orsak(),
                    Kanal.API);
            return new EnhetMedArendetyper(enhet, administration.arendetyper(enhet.kod(), Kanal.API));
        });
    }

    @Operation(
            operationId = "inaktiveraEnhet",
            summary = "Inaktivera en enhet",
            description = "Enheten tar inte emot nya ärenden. Med orsak (loggas).")
    @ApiResponse(responseCode = "200", description = "Enheten, inaktiverad.")
    @PostMapping("/{kod}/inaktivering")
    Enhetsrad inaktivera(@PathVariable String kod, @RequestBody KontoApi.OrsakBegaran begaran) {
        return texter.iKlartext(() -> administration.inaktiveraEnhet(kod, begaran.orsak(), Kanal.API));
    }

    @Operation(
            operationId = "aktiveraEnhet",
            summary = "Aktivera en enhet",
            description = "Enheten tar emot ärenden igen. Med orsak (loggas).")
    @ApiResponse(responseCode = "200", description = "Enheten, aktiverad.")
    @PostMapping("/{kod}/aktivering")
    Enhetsrad aktivera(@PathVariable String kod, @RequestBody KontoApi.OrsakBegaran begaran) {
        return texter.iKlartext(() -> administration.aktiveraEnhet(kod, begaran.orsak(), Kanal.API));
    }
}
