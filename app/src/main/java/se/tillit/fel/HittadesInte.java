package se.tillit.fel;

/** The addressed object does not exist (or the caller may not know that it does); answered with 404. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class HittadesInte extends RuntimeException {

    public HittadesInte(String vad) {
        super(vad);
    }
}
