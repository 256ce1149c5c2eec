package se.tillit.fel;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's form, sent: its change runs; done, the browser is sent to the page of what was changed, which says so (a
 * message key flashed as {@code meddelande}: POST-redirect-GET); refused by the use case ({@link Valideringsfel},
 * nothing saved), the answer is 400 and the page again, its form with the values as sent and the first reason per field.
 *
 * <pre>{@code
 * return Formularsteg.kor(() -> administration.lasUpp(anvandarnamn, falt.get("orsak"), Kanal.SIDA))
 *         .klart(redirect, "konto.meddelande.upplast", KontoSida::adress)
 *         .nekat(response, fel -> kontosida(anvandarnamn, model, "upplasning", falt, fel));
 * }</pre>
 *
 * A page whose steps need more (a step already recorded, a lost race) builds on the parts: {@link #tillSidan} and
 * {@link #visaIgen}, with {@link Valideringsfel#perFalt()}.
 *
 * @param <T> what the change returns: what was changed, whose page the browser goes to
 */
public final class Formularsteg<T> {

    private final Supplier<T> andring;
    private RedirectAttributes redirect;
    private String meddelande;
    private Function<? super T, String> adress;

    private Formularsteg(Supplier<T> andring) {
        this.andring = andring;
    }

    /** The change: a use case, which throws {@link Valideringsfel} when it refuses. */
    public static <T> Formularsteg<T> kor(Supplier<T> andring) {
        return new Formularsteg<>(andring);
    }

    /** Done: the message key {@code meddelande} on the page at {@code adress} of what was changed. */
    public Formularsteg<T> klart(RedirectAttributes redirect, String meddelande, Function<? super T, String> adress) {
        this.redirect = redirect;
        this.meddelande = meddelande;
        this.adress = adress;
        return this;
    }

    /** Refused: the page {@code formularet} renders with the errors per field, answered with 400. Runs the step. */
    public String nekat(HttpServletResponse response, Function<Map<String, String>, String> formularet) {
        Objects.requireNonNull(redirect, "klart(...) says where a done change goes");
        T andrat;
        try {
            andrat = andring.get();
        } catch (Valideringsfel e) {
            return visaIgen(response, () -> formularet.apply(e.perFalt()));
        }
        return tillSidan(redirect, meddelande, adress.apply(andrat));
    }

    /** Done: the message key {@code meddelande} is shown on the page at {@code adress}, where the browser is sent. */
    public static String tillSidan(RedirectAttributes redirect, String meddelande, String adress) {
        redirect.addFlashAttribute("meddelande", meddelande);
        return "redirect:" + adress;
    }

    /** Refused: 400, and {@code sidan}, the view that shows the form again. */
    public static String visaIgen(HttpServletResponse response, Supplier<String> sidan) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return sidan.get();
    }
}
