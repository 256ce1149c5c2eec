package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.tillit.TillitSpringTest;

/**
 * springdoc names a schema after its class's simple name, and of two classes with the same name one silently takes the
 * other's place in {@code components.schemas}: an operation then shows (and a generated client builds) the wrong shape.
 * Every type that travels through {@code /api} (request bodies, answers, and what they contain) has a schema name of
 * its own ({@code @Schema(name = ...)} where two classes share a simple name). ADR 28.
 */
@TillitSpringTest
class OpenApiSchemanamnTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappningar;

    @Autowired
    ObjectMapper json;

    @Test
    void everyTypeOfTheApiHasASchemaNameOfItsOwn() {
        Deque<JavaType> kvar = new ArrayDeque<>();
        mappningar.getHandlerMethods().forEach((info, handler) -> {
            boolean api = info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getPatternValues().stream()
                            .anyMatch(monster -> monster.startsWith("/api/"));
            if (!api) {
                return;
            }
            Method metod = handler.getMethod();
            kvar.add(json.constructType(metod.getGenericReturnType()));
            for (Parameter parameter : metod.getParameters()) {
                if (parameter.isAnnotationPresent(RequestBody.class)) {
                    kvar.add(json.constructType(parameter.getParameterizedType()));
                }
            }
        });
        Map<String, Set<String>> klasserPerNamn = new TreeMap<>();
        Set<Class<?>> sedda = new HashSet<>();
        while (!kvar.isEmpty()) {
            JavaType typ = kvar.pop();
            if (typ.isContainerType()
                    || typ.isReferenceType()
                    || typ.getRawClass().getName().startsWith("org.springframework.http.")) {
                for (int i = 0; i < typ.containedTypeCount(); i++) {
                    kvar.add(typ.containedType(i));
                }
                if (typ.getContentType() != null) {
                    kvar.add(typ.getContentType());
                }
                continue;
            }
            Class<?> klass = typ.getRawClass();
            if (!klass.getName().startsWith("se.tillit.") || !sedda.add(klass)) {
                continue;
            }
            if (klass.isEnum()) {
                // springdoc writes an enum's values in place, not as a schema of its own
                continue;
            }
            Schema schema = klass.getAnnotation(Schema.class);
            String namn = schema != null && !schema.name().isEmpty() ? schema.name() : klass.getSimpleName();
            klasserPerNamn.computeIfAbsent(namn, n -> new TreeSet<>()).add(klass.getName());
            for (BeanPropertyDefinition egenskap :
                    json.getSerializationConfig().introspect(typ).findProperties()) {
                kvar.add(egenskap.getPrimaryType());
            }
            for (BeanPropertyDefinition egenskap :
                    json.getDeserializationConfig().introspect(typ).findProperties()) {
                kvar.add(egenskap.getPrimaryType());
            }
        }

        assertThat(klasserPerNamn).as("the types of /api, by schema name").isNotEmpty();
        assertThat(klasserPerNamn.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .toList())
                .as("schema names that two classes share (give one @Schema(name = ...))")
                .isEmpty();
    }
}
