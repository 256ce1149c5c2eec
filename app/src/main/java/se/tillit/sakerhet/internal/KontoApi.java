package se.tillit.sakerhet.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.sakerhet.Roll;
import se.tillit.sakerhet.internal.Kontoregister.Handelse;
import se.tillit.sakerhet.internal.Kontoregister.Konto;
import se.tillit.sakerhet.internal.Kontoregister.Rolltilldelning;

/**
 * Accounts for the municipality's user provisioning (the service account with PROVISIONERING, HTTP Basic) and for
 * ADMIN: the same use cases as the pages, each change with its reason, logged with the channel API. The provisioning
 * account administers person accounts without ADMIN and gives no ADMIN or service role (docs/security.md).
 */
@RestController
@RequestMapping("/api/admin/konton")
@RequiredArgsConstructor
class KontoApi {

    /**
     * A new account; {@code losenord} left out for an account that logs in through the municipality's IdP only;
     * {@code externtId}, optional, the IdP's id of the person when the installation matches on it.
     */
    @Schema(
            example =
                    "{\"anvandarnamn\":\"handlaggare.bou\",\"epost\":\"hanna.berg@kommun.invalid\",\"losenord\":\"Ett-langt-losenord-2026\",\"namn\":\"Hanna Berg\",\"orsak\":\"Ny handläggare på enheten från 1 december.\",\"roller\":[{\"enhet\":\"BOU\",\"roll\":\"HANDLAGGARE\"}],\"tjanstekonto\":false}")
    record NyttKontoBegaran(
            String anvandarnamn,
            String namn,
            String epost,
            String losenord,
            Boolean tjanstekonto,
            String externtId,
            List<Tilldelning> roller,
            String orsak) {}

    /** The identity provider's id; empty or left out removes it. */
    @Schema(
            example =
                    "{\"externtId\":\"8d2c1e4f-0a3b-4c5d-9e6f-7a8b9c0d1e2f\",\"orsak\":\"Kontot kopplas till kommunens identitetsleverantör.\"}")
    record ExterntIdBegaran(String externtId, String orsak) {}

    record Tilldelning(String enhet, Roll roll) {}

    @Schema(
            example =
                    "{\"enhet\":\"BOU\",\"orsak\":\"Ny handläggare på enheten från 1 december.\",\"roll\":\"HANDLAGGARE\"}")
    record RollBegaran(String enhet, Roll roll, String orsak) {}

    @Schema(example = "{\"orsak\":\"Handläggaren har slutat; kontot stängs enligt rutinen för avslutad anställning.\"}")
    record OrsakBegaran(String orsak) {}

    /** An account with its change log, newest first. */
    @Schema(
            example =
                    "{\"historik\":[{\"tidpunkt\":\"2026-11-24T14:05:00+01:00\",\"utfordAv\":\"provisionering\",\"kanal\":\"API\",\"handelse\":\"ROLL_GIVEN\",\"anvandarnamn\":\"handlaggare.bou\",\"enhet\":\"BOU\",\"roll\":\"HANDLAGGARE\",\"orsak\":\"Ny handläggare på enheten från 1 december.\"}],\"konto\":{\"aktiv\":true,\"anvandarnamn\":\"handlaggare.bou\",\"epost\":\"hanna.berg@kommun.invalid\",\"externtId\":\"8d2c1e4f-0a3b-4c5d-9e6f-7a8b9c0d1e2f\",\"lokaltLosenord\":false,\"namn\":\"Hanna Berg\",\"roller\":[{\"enhet\":\"BOU\",\"roll\":\"HANDLAGGARE\"}],\"tjanstekonto\":false}}")
    record KontoMedHistorik(Konto konto, List<Handelse> historik) {}

    private final Kontoadministration administration;
    private final Kontotexter texter;

    /** The accounts, narrowed by unit, role and whether active. */
    @Operation(
            summary = "Lista konton",
            description =
                    "Kontona, valfritt avgränsade till enhet, roll och om de är aktiva. Administratör och användarprovisioneringens tjänstekonto.")
    @GetMapping
    List<Konto> konton(
            @RequestParam(required = false) String enhet,
            @RequestParam(required = false) Roll roll,
            @RequestParam(required = false) Boolean aktiv) {
        return texter.iKlartext(() -> administration.konton(new Kontoregister.Urval(enhet, roll, aktiv), Kanal.API));
    }

    @Operation(summary = "Läs ett konto", description = "Kontot med dess ändringslogg, senaste först.")
    @GetMapping("/{anvandarnamn}")
    KontoMedHistorik konto(@PathVariable String anvandarnamn) {
        return texter.iKlartext(() -> new KontoMedHistorik(
                administration.konto(anvandarnamn, Kanal.API), administration.historik(anvandarnamn, Kanal.API)));
    }

    /** 201 with the account; 400 naming every field that is wrong (a user name taken, a unit that does not exist...). */
    @Operation(
            operationId = "skapaKonto",
            summary = "Skapa ett konto",
            description =
                    "Ett nytt konto; utan `losenord` loggar kontot bara in genom kommunens identitetsleverantör. Provisioneringskontot ger ingen ADMIN- eller tjänsteroll. Varje fält som är fel räknas upp.")
    @ApiResponse(responseCode = "201", description = "Kontot är skapat; `Location` pekar på det.")
    @PostMapping
    ResponseEntity<Konto> skapa(@RequestBody NyttKontoBegaran begaran) {
        Konto konto = texter.iKlartext(() -> administration.skapa(
                new Kontoadministration.NyttKonto(
                        begaran.anvandarnamn(),
                        begaran.namn(),
                        begaran.epost(),
                        begaran.losenord(),
                        Boolean.TRUE.equals(begaran.tjanstekonto()),
                        begaran.externtId(),
                        begaran.roller() == null
                                ? List.of()
                                : begaran.roller().stream()
                                        .map(t -> new Rolltilldelning(
                                                t == null ? null : t.enhet(), t == null ? null : t.roll()))
                                        .toList(),
                        begaran.orsak()),
                Kanal.API));
        return ResponseEntity.created(
                        URI.create(KontoSida.adress(konto.anvandarnamn()).replace("/admin/", "/api/admin/")))
                .body(konto);
    }

    @Operation(summary = "Ge en roll i en enhet", description = "Ger kontot en roll i en enhet, med orsak (loggas).")
    @ApiResponse(responseCode = "200", description = "Kontot efter ändringen.")
    @PostMapping("/{anvandarnamn}/roller")
    Konto geRoll(@PathVariable String anvandarnamn, @RequestBody RollBegaran begaran) {
        return texter.iKlartext(
                () -> administration.geRoll(anvandarnamn, begaran.enhet(), begaran.roll(), begaran.orsak(), Kanal.API));
    }

    @Operation(
            summary = "Ta bort en roll",
            description = "Tar bort kontots roll i en enhet, med orsak (loggas); en öppen session med rollen avslutas.")
    @ApiResponse(responseCode = "200", description = "Kontot efter ändringen.")
    @PostMapping("/{anvandarnamn}/roller/borttagning")
    Konto taRoll(@PathVariable String anvandarnamn, @RequestBody RollBegaran begaran) {
        return texter.iKlartext(
                () -> administration.taRoll(anvandarnamn, begaran.enhet(), begaran.roll(), begaran.orsak(), Kanal.API));
    }

    @Operation(
            summary = "Sätt identitetsleverantörens id",
            description = "Identitetsleverantörens id för personen; tomt eller utelämnat tar bort det.")
    @ApiResponse(responseCode = "200", description = "Kontot efter ändringen.")
    @PostMapping("/{anvandarnamn}/externt-id")
    Konto sattExterntId(@PathVariable String anvandarnamn, @RequestBody ExterntIdBegaran begaran) {
        return texter.iKlartext(
                () -> administration.sattExterntId(anvandarnamn, begaran.externtId(), begaran.orsak(), Kanal.API));
    }

    @Operation(
            operationId = "inaktiveraKonto",
            summary = "Inaktivera ett konto",
            description = "Kontot kan inte logga in längre; en öppen session avslutas. Med orsak (loggas).")
    @ApiResponse(responseCode = "200", description = "Kontot, inaktiverat.")
    @PostMapping("/{anvandarnamn}/inaktivering")
    Konto inaktivera(@PathVariable String anvandarnamn, @RequestBody OrsakBegaran begaran) {
        return texter.iKlartext(() -> administration.inaktivera(anvandarnamn, begaran.orsak(), Kanal.API));
    }

    @Operation(
            operationId = "aktiveraKonto",
            summary = "Aktivera ett konto",
            description = "Kontot kan logga in igen. Med orsak (loggas).")
    @ApiResponse(responseCode = "200", description = "Kontot, aktiverat.")
    @PostMapping("/{anvandarnamn}/aktivering")
    Konto aktivera(@PathVariable String anvandarnamn, @RequestBody OrsakBegaran begaran) {
        return texter.iKlartext(() -> administration.aktivera(anvandarnamn, begaran.orsak(), Kanal.API));
    }
}
