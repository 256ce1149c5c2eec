package se.tillit.arende.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.arende.Aktualiseringstyp;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.NyAktualisering;
import se.tillit.arende.RegistreradAktualisering;
import se.tillit.drift.Svensktid;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/** Registering an ansökan, anmälan or annat sätt from the browser: the same use case as POST /api/aktualiseringar. */
@Controller
@RequiredArgsConstructor
class AktualiseringSida {

    static final ZoneId SVENSK_TID = Svensktid.ZON;

    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final jakarta.validation.Validator validator;

    @GetMapping("/aktualiseringar/ny")
    String formular(Model model) {
        fyll(model, Map.of(), Map.of());
        return "aktualisering-ny";
    }

    @PostMapping("/aktualiseringar/ny")
    String registrera(
            @RequestParam Map<String, String> falt,
            Authentication inloggad,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> fel = new LinkedHashMap<>();
        NyAktualisering ny = tolka(falt, fel);
        if (ny != null) {
            validator
                    .validate(ny)
                    .forEach(brott -> fel.putIfAbsent(brott.getPropertyPath().toString(), brott.getMessage()));
        }
        if (fel.isEmpty()) {
            try {
                RegistreradAktualisering registrerad = arenden.registrera(ny, inloggad.getName());
                redirect.addFlashAttribute("registrerad", registrerad);
                return "redirect:/aktualiseringar/ny";
            } catch (Valideringsfel e) {
                e.fel().forEach(f -> fel.putIfAbsent(f.falt(), f.orsak()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        fyll(model, falt, fel);
        return "aktualisering-ny";
    }

    private NyAktualisering tolka(Map<String, String> falt, Map<String, String> fel) {
        Arendetyp arendetyp = enumVarde(Arendetyp.class, falt.get("arendetyp"), "arendetyp", fel);
        Aktualiseringstyp typ = enumVarde(Aktualiseringstyp.class, falt.get("typ"), "typ", fel);
        OffsetDateTime inkom = null;
        try {
            inkom = LocalDateTime.parse(falt.getOrDefault("inkom", ""))
                    .atZone(SVENSK_TID)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            fel.put("inkom", "arende.fel.angeDatumOchKlockslagDaArendetKom");
        }
        return new NyAktualisering(
                falt.get("personnummer"),
                tom(falt.get("fornamn")),
                tom(falt.get("efternamn")),
                arendetyp,
                typ,
                inkom,
                falt.get("orsakskod"),
                tom(falt.get("beskrivning")),
                tom(falt.get("anmalartyp")),
                falt.get("enhet"));
    }

    private static <E extends Enum<E>> E enumVarde(Class<E> typ, String varde, String namn, Map<String, String> fel) {
        try {
            return Enum.valueOf(typ, varde == null ? "" : varde);
        } catch (IllegalArgumentException e) {
            fel.put(namn, "fel.valjEttAvAlternativen");
            return null;
        }
    }

    private void fyll(Model model, Map<String, String> varden, Map<String, String> fel) {
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        model.addAttribute(
                "arendetyper", Arrays.stream(Arendetyp.values()).map(Enum::name).toList());
        model.addAttribute(
                "typer",
                Arrays.stream(Aktualiseringstyp.values()).map(Enum::name).toList());
        List<String> enheter = aktuellAnvandare
                .hamta()
                .map(a -> List.copyOf(a.enheterMedRoll(Roll.HANDLAGGARE)))
                .orElse(List.of());
        model.addAttribute("enheter", enheter);
    }

    private static String tom(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
