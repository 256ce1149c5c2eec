package se.tillit.fel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page's errors, by key: before a page renders, each model attribute named {@code fel} or ending in {@code fel}
 * ({@code placeringFel}, {@code importfel} ...), a text, a list of texts or a map of field to text, has its message
 * keys turned into the user's text ({@link Texter}). So a use case's {@link Valideringsfel} and a page's own checks
 * name their reasons by key, and a template shows {@code ${fel.get('datum')}} as text.
 */
@Configuration
class Feltexter implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (modelAndView == null) {
            return;
        }
        Map<String, Object> model = modelAndView.getModel();
        for (Map.Entry<String, Object> attribut : model.entrySet()) {
            if (attribut.getKey().toLowerCase(java.util.Locale.ROOT).endsWith("fel")) {
                attribut.setValue(texter(attribut.getValue()));
            }
        }
    }

    static Object texter(Object varde) {
        if (varde instanceof String nyckel) {
            return Texter.text(nyckel);
        }
        if (varde instanceof Map<?, ?> perFalt) {
            Map<Object, Object> texter = new LinkedHashMap<>();
            perFalt.forEach((falt, orsak) -> texter.put(falt, orsak instanceof String s ? Texter.text(s) : orsak));
            return texter;
        }
        if (varde instanceof List<?> lista) {
            return lista.stream()
                    .map(v -> v instanceof String s ? Texter.text(s) : v)
                    .toList();
        }
        return varde;
    }
}
