package se.tillit.fel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A handler's {@link Skickat} is what Spring would give each of its four parts. */
class SkickatArgumentTest {

    private final SkickatArgument argument = new SkickatArgument();

    @SuppressWarnings("unused")
    String handler(String id, Skickat skickat, Map<String, String> falt) {
        return null;
    }

    @Test
    void onlyASkickatParameterIsFilled() throws Exception {
        var metod = getClass().getDeclaredMethod("handler", String.class, Skickat.class, Map.class);

        assertThat(argument.supportsParameter(new MethodParameter(metod, 0))).isFalse();
        assertThat(argument.supportsParameter(new MethodParameter(metod, 1))).isTrue();
        assertThat(argument.supportsParameter(new MethodParameter(metod, 2))).isFalse();
    }

    @Test
    void theFieldsAreTheFirstValueOfEachAndTheRestIsTheRequestsOwn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/enheter");
        request.addParameter("orsak", "first", "second");
        request.addParameter("namn", "LSS");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndViewContainer container = new ModelAndViewContainer();

        Skickat skickat = argument.resolveArgument(null, container, new ServletWebRequest(request, response), null);

        assertThat(skickat.falt()).containsExactly(entry("orsak", "first"), entry("namn", "LSS"));
        assertThat(skickat.falt("namn")).isEqualTo("LSS");
        assertThat(skickat.falt("kod")).isNull();
        assertThat(skickat.model()).isSameAs(container.getModel());
        assertThat(skickat.response()).isSameAs(response);
    }

    /** A done step's flash reaches the page redirected to: the redirect attributes are the request's redirect model. */
    @Test
    void theRedirectAttributesAreTheModelOfARedirect() throws Exception {
        ModelAndViewContainer container = new ModelAndViewContainer();
        Skickat skickat = argument.resolveArgument(
                null,
                container,
                new ServletWebRequest(new MockHttpServletRequest(), new MockHttpServletResponse()),
                null);

        skickat.redirect().addFlashAttribute("meddelande", "enhet.meddelande.skapad");
        container.setRedirectModelScenario(true);

        assertThat(container.getModel()).isSameAs(skickat.redirect());
        assertThat(skickat.redirect().getFlashAttributes().get("meddelande")).isEqualTo("enhet.meddelande.skapad");
    }
}
