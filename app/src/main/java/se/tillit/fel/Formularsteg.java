package se.tillit.fel;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * such a step may also record something once ({@link #redanGjort}) and say how a lost race ends ({@link #samtidigt},
 * {@link #samtidigtFel}):
 *
 * <pre>{@code
 * return Formularsteg.kor(() -> verkstalligheter.acceptera(id))
 *         .klart(redirect, "bestallning.accepterad", "/bestallningar/" + id)
 *         .redanGjort(() -> bestallningar.utforarens(id).accepterad() != null, "bestallning.redanRegistrerat")
 *         .samtidigtFel("formular", form.meddelande("steg.fel.samtidigt"))
 *         .nekat(response, fel -> bestallningssida(id, model, fel));
 * }</pre>
 *
 * A page whose steps need more builds on the parts: {@link #tillSidan} and {@link #visaIgen}, with
 * {@link Valideringsfel#perFalt()}.
 *
 * <p>A handler takes the form, its model, its response and its redirect as one {@link Skickat}.
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
    /** The form's error for a lost race that the form answers, its field and reason; null: {@link #samtidigt}'s. */
    private Map<String, String> samtidigtFel;
    /** Whether the step's effect is already there, read anew at each asking; null: the step records nothing once. */
    private BooleanSupplier gjort;

    private String redanGjort;

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
     * Lost to another request at the same moment (a {@link Konflikt}, the engine's {@link #samtidigAndring}): nothing of
     * this one was saved, and the page of the step says so with the message key {@code meddelande} (its form is not
     * shown again: what it showed has changed). Without this or {@link #samtidigtFel}, a lost race is not the form's to
     * answer and goes on as thrown.
     */
    public Formularsteg<T> samtidigt(String meddelande) {
        this.samtidigt = meddelande;
        return this;
    }

    /**
     * Lost to another request at the same moment, and the step not done by it: the form again, 400, with {@code orsak}
     * (a text to show) beside {@code falt}, nothing saved.
     */
    public Formularsteg<T> samtidigtFel(String falt, String orsak) {
        this.samtidigtFel = Map.of(falt, orsak);
        return this;
    }

    /**
     * A step that records something once (an order accepted, a start on a day): when its effect is already there (the
     * form sent twice, another user first), its page says so with the message key {@code meddelande} and nothing is
     * saved again. Asked before the change runs, and again when the change is refused or loses a race.
     */
    public Formularsteg<T> redanGjort(BooleanSupplier gjort, String meddelande) {
        this.gjort = gjort;
        this.redanGjort = meddelande;
        return this;
    }

    /** Refused: the page {@code formularet} renders with the errors per field, answered with 400. Runs the step. */
    public String nekat(HttpServletResponse response, Function<Map<String, String>, String> formularet) {
        Objects.requireNonNull(redirect, "klart(...) says where a done change goes");
        if ((samtidigt != null || gjort != null) && sidan == null) {
            throw new IllegalStateException("a step recorded once, or that answers a lost race, is on one page: "
                    + "klart(redirect, meddelande, sidan)");
        }
        if (gjort()) {
            return tillSidan(redirect, redanGjort, sidan);
        }
        T andrat;
        try {
            andrat = andring.get();
        } catch (Valideringsfel e) {
            return gjort()
                    ? tillSidan(redirect, redanGjort, sidan)
                    : visaIgen(response, () -> formularet.apply(e.perFalt()));
        } catch (RuntimeException e) {
            if (!forloradKapplopning(e) || (samtidigt == null && samtidigtFel == null)) {
                throw e;
            }
            if (samtidigt != null) {
                return tillSidan(redirect, samtidigt, sidan);
            }
            return gjort()
                    ? tillSidan(redirect, redanGjort, sidan)
                    : visaIgen(response, () -> formularet.apply(samtidigtFel));
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

    /**
     * The engine refused a change because another request changed the same process at the same moment (its optimistic
     * locking; the type lives in the engine, which only {@code motor} may import): nothing of this request was saved.
     */
    public static boolean samtidigAndring(Throwable fel) {
        for (Throwable t = fel; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockingException")) {
                return true;
            }
        }
        return false;
    }

    /** A race lost: the engine's refusal, or a use case's {@link Konflikt}, which is how it passes one on. */
    private static boolean forloradKapplopning(RuntimeException e) {
        return e instanceof Konflikt || samtidigAndring(e);
    }

    private boolean gjort() {
        return gjort != null && gjort.getAsBoolean();
    }
}
