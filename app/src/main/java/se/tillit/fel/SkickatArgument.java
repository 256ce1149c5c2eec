package se.tillit.fel;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Fills a handler's {@link Skickat} as Spring MVC fills each of its parts: the fields as {@code @RequestParam Map}
 * (the first value of each), the model of the request, the response, and redirect attributes that become the
 * request's redirect model (so a flash attribute reaches the page redirected to).
 */
@Configuration
class SkickatArgument implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Skickat.class;
    }

    @Override
    public Skickat resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory)
            throws Exception {
        Objects.requireNonNull(mavContainer, "a page's handler has a model");
        Map<String, String> falt = new LinkedHashMap<>();
        webRequest.getParameterMap().forEach((namn, varden) -> {
            if (varden.length > 0) {
                falt.put(namn, varden[0]);
            }
        });
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap(
                binderFactory == null
                        ? null
                        : binderFactory.createBinder(webRequest, null, DataBinder.DEFAULT_OBJECT_NAME));
        mavContainer.setRedirectModel(redirect);
        return new Skickat(
                falt,
                (Model) mavContainer.getModel(),
                webRequest.getNativeResponse(HttpServletResponse.class),
                redirect);
    }
}
