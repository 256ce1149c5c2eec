package se.tillit.fel;

import java.util.List;

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

    public record Faltfel(String falt, String orsak) {
    }
}
