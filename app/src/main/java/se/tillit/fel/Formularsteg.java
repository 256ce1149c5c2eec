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
 * A step on one page goes back to that page whatever the outcome ({@link #klart(RedirectAttributes, String, String)});
 * such a step may also say how a lost race ends ({@link #samtidigt}). A page whose steps need more builds on the parts:
 * {@link #tillSidan} and {@link #visaIgen}, with {@link Valideringsfel#perFalt()}.
 *
 * @param <T> what the change returns: what was changed, whose page the browser goes to
 */
public final class Formularsteg<T> {

    private final Supplier<T> andring;
    private RedirectAttributes redirect;
    private String meddelande;
    private Function<? super T, String> adress;
    /** The page of a step on one page: where every outcome goes; null when the page is what the change returns. */
    private String sidan;
    /** The message key for a change that lost a race, shown on {@link #sidan}; null: the race is not this page's to answer. */
    private String samtidigt;

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

    /** Done: the message key {@code meddelande} on {@code sidan}, the page the form is on. */
    public Formularsteg<T> klart(RedirectAttributes redirect, String meddelande, String sidan) {
        klart(redirect, meddelande, andrat -> sidan);
        this.sidan = sidan;
        return this;
    }

    /**
     * Lost to another request at the same moment (a {@link Konflikt}): nothing of this one was saved, and the page of
     * the step says so with the message key {@code meddelande} (its form is not shown again: what it showed has
     * changed). Without this, a lost race is not the form's to answer and goes on as thrown.
     */
    public Formularsteg<T> samtidigt(String meddelande) {
        this.samtidigt = meddelande;
        return this;
    }

    /** Refused: the page {@code formularet} renders with the errors per field, answered with 400. Runs the step. */
    public String nekat(HttpServletResponse response, Function<Map<String, String>, String> formularet) {
        Objects.requireNonNull(redirect, "klart(...) says where a done change goes");
        if (samtidigt != null && sidan == null) {
            throw new IllegalStateException("a step that answers a lost race is on one page: klart(redirect, meddelande, sidan)");
        }
        T andrat;
        try {
            andrat = andring.get();
        } catch (Valideringsfel e) {
            return visaIgen(response, () -> formularet.apply(e.perFalt()));
        } catch (RuntimeException e) {
            if (samtidigt == null || !forloradKapplopning(e)) {
                throw e;
            }
            return tillSidan(redirect, samtidigt, sidan);
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

    /** A race lost: a use case's {@link Konflikt}, which is how it passes one on. */
    private static boolean forloradKapplopning(RuntimeException e) {
        return e instanceof Konflikt;
    }
}
