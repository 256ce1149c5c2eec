package se.tillit.uppgift.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Camunda Form (the {@code forms/*.form} file linked from a user task), read so the app can render it and
 * validate a submission against the same rules: required, minLength, maxLength, pattern, and that a choice
 * is one of the options (DESIGN decision 6).
 */
record Formular(String id, List<Falt> falt) {

    record Alternativ(String etikett, String varde) {}

    /** @param typ radio, select, checkbox, textfield, textarea or number */
    record Falt(
            String nyckel,
            String typ,
            String etikett,
            String beskrivning,
            List<Alternativ> alternativ,
            boolean obligatoriskt,
            Integer minLangd,
            Integer maxLangd,
            String monster) {}

    static final List<String> TYPER = List.of("radio", "select", "checkbox", "textfield", "textarea", "number");

    /** Components that only lay the form out: they carry no value and show nothing a user must read. */
    static final List<String> LAYOUT = List.of("spacer", "separator");

    /**
     * Refused when a component is of a type this renderer does not show: a date field or an explanatory text added in
     * Camunda Modeler would otherwise vanish from the page without anyone noticing (issue 20).
     */
    static final class OkandKomponent extends IllegalStateException {
        OkandKomponent(String formular, String typ, String nyckel) {
            super("Form " + formular + " has a component of type '" + typ + "'"
                    + (nyckel == null ? "" : " (key " + nyckel + ")") + " that Tillit cannot render; known: " + TYPER
                    + " and " + LAYOUT);
        }
    }

    static Formular tolka(String json, ObjectMapper mapper) {
        JsonNode rot;
        try {
            rot = mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("The task's form cannot be read: " + e.getMessage(), e);
        }
        List<Falt> falt = new ArrayList<>();
        for (JsonNode komponent : rot.path("components")) {
            String typ = komponent.path("type").asText();
            if (LAYOUT.contains(typ)) {
                continue;
            }
            if (!TYPER.contains(typ) || !komponent.hasNonNull("key")) {
                throw new OkandKomponent(
                        rot.path("id").asText(), typ, komponent.path("key").asText(null));
            }
            List<Alternativ> alternativ = new ArrayList<>();
            for (JsonNode val : komponent.path("values")) {
                alternativ.add(new Alternativ(
                        val.path("label").asText(), val.path("value").asText()));
            }
            JsonNode regler = komponent.path("validate");
            falt.add(new Falt(
                    komponent.get("key").asText(),
                    typ,
                    komponent.path("label").asText(),
                    komponent.path("description").asText(null),
                    List.copyOf(alternativ),
                    regler.path("required").asBoolean(false),
                    regler.hasNonNull("minLength") ? regler.get("minLength").asInt() : null,
                    regler.hasNonNull("maxLength") ? regler.get("maxLength").asInt() : null,
                    regler.hasNonNull("pattern") ? regler.get("pattern").asText() : null));
        }
        return new Formular(rot.path("id").asText(), List.copyOf(falt));
    }

    /**
     * The longest value any field takes when its form sets no shorter limit: a form value is kept in our tables
     * ({@code formularsvar}), and a page of text is far more than an assessment's motivering needs.
     */
    static final int STORSTA_LANGD = 10_000;

    /** The errors per field key, by message key and argument; empty when the submission is valid. */
    Map<String, Fel> validera(Map<String, String> inskickat) {
        Map<String, Fel> fel = new LinkedHashMap<>();
        for (Falt f : falt) {
            String varde = inskickat.get(f.nyckel());
            boolean tomt = varde == null || varde.isBlank();
            if (f.typ().equals("checkbox")) {
                continue; // unchecked is a value (false)
            }
            if (tomt) {
                if (f.obligatoriskt()) {
                    fel.put(f.nyckel(), new Fel("formular.fel.obligatoriskt", null));
                }
                continue;
            }
            if (!f.alternativ().isEmpty()
                    && f.alternativ().stream().noneMatch(a -> a.varde().equals(varde))) {
                fel.put(f.nyckel(), new Fel("formular.fel.alternativ", null));
            } else if (f.minLangd() != null && varde.strip().length() < f.minLangd()) {
                fel.put(f.nyckel(), new Fel("formular.fel.minLangd", f.minLangd()));
            } else if (varde.length() > Math.min(f.maxLangd() == null ? STORSTA_LANGD : f.maxLangd(), STORSTA_LANGD)) {
                fel.put(
                        f.nyckel(),
                        new Fel(
                                "formular.fel.maxLangd",
                                Math.min(f.maxLangd() == null ? STORSTA_LANGD : f.maxLangd(), STORSTA_LANGD)));
            } else if (f.monster() != null && !Pattern.matches(f.monster(), varde)) {
                fel.put(f.nyckel(), new Fel("formular.fel.monster", null));
            } else if (f.typ().equals("number") && !varde.strip().matches("-?[0-9]+([.,][0-9]+)?")) {
                fel.put(f.nyckel(), new Fel("formular.fel.tal", null));
            }
        }
        return fel;
    }

    /** The submission as process variables: only the form's own fields, typed. */
    Map<String, Object> varden(Map<String, String> inskickat) {
        Map<String, Object> varden = new LinkedHashMap<>();
        for (Falt f : falt) {
            String varde = inskickat.get(f.nyckel());
            switch (f.typ()) {
                case "checkbox" -> varden.put(f.nyckel(), "true".equals(varde) || "on".equals(varde));
                case "number" -> {
                    if (varde != null && !varde.isBlank()) {
                        varden.put(f.nyckel(), Double.valueOf(varde.strip().replace(',', '.')));
                    }
                }
                default -> {
                    if (varde != null && !varde.isBlank()) {
                        varden.put(f.nyckel(), jaNej(f) ? (Object) Boolean.valueOf(varde.strip()) : varde.strip());
                    }
                }
            }
        }
        return varden;
    }

    /** A choice between exactly "true" and "false" (a ja/nej question) is a boolean, as a gateway reads it. */
    private static boolean jaNej(Falt f) {
        return f.alternativ().size() == 2
                && f.alternativ().stream()
                        .map(Alternativ::varde)
                        .collect(java.util.stream.Collectors.toSet())
                        .equals(java.util.Set.of("true", "false"));
    }

    record Fel(String meddelande, Integer argument) {}
}
