package se.tillit.fel;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's form as sent, with what its {@link Formularsteg} answers through: a handler takes this one parameter instead
 * of the four ({@link SkickatArgument} fills it from the request, as Spring would each of them).
 *
 * <pre>{@code
 * @PostMapping("/admin/konton/{anvandarnamn}/upplasning")
 * String lasUpp(@PathVariable String anvandarnamn, Skickat skickat) {
 *     return Formularsteg.kor(() -> administration.lasUpp(anvandarnamn, skickat.falt("orsak"), Kanal.SIDA))
 *             .klart(skickat.redirect(), "konto.meddelande.upplast", KontoSida::adress)
 *             .nekat(skickat.response(), fel -> kontosida(anvandarnamn, skickat.model(), "upplasning", skickat.falt(), fel));
 * }
 * }</pre>
 *
 * @param falt the form's fields as posted, the first value of each ({@code @RequestParam Map<String, String>})
 * @param model the page's model, to show the form again with
 * @param response the answer, whose status a refused step sets (400)
 * @param redirect the flash a done step leaves for the page the browser is sent to
 */
public record Skickat(
        Map<String, String> falt, Model model, HttpServletResponse response, RedirectAttributes redirect) {

    /** The field's value as sent; null when the form did not send it. */
    public String falt(String namn) {
        return falt.get(namn);
    }
}
