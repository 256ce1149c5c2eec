package se.tillit.fel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that cannot be accepted; answered with 400 and the fields. Nothing has been written when it is thrown. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class Valideringsfel extends RuntimeException {

    private final List<Faltfel> fel;

    public Valideringsfel(List<Faltfel> fel) {
        super(fel.toString());
        this.fel = List.copyOf(fel);
    }

    public Valideringsfel(String falt, String orsak) {
        this(List.of(new Faltfel(falt, orsak)));
    }

    public List<Faltfel> fel() {
        return fel;
    }

    /** The first reason given for each field, in the order given: what a form shows beside its fields. */
    public Map<String, String> perFalt() {
        Map<String, String> perFalt = new LinkedHashMap<>();
        fel.forEach(f -> perFalt.putIfAbsent(f.falt(), f.orsak()));
        return perFalt;
    }

    public record Faltfel(String falt, String orsak) {}
}
