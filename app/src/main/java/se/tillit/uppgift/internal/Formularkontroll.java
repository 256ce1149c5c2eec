package se.tillit.uppgift.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads every form the application deploys ({@code forms/*.form} in the jar) when it starts, so a form with a component
 * the task page cannot show stops the start with the form and the component named, instead of a user meeting an
 * error page, or a field that is not there, on the task (issue 20).
 */
@Component
class Formularkontroll {

    static final String FORMULAR = "classpath*:forms/*.form";

    @org.springframework.beans.factory.annotation.Autowired
    Formularkontroll(ObjectMapper mapper) throws IOException {
        this(mapper, FORMULAR);
    }

    /** @param formular where the forms are (a resource pattern); the test gives a folder of its own */
    Formularkontroll(ObjectMapper mapper, String formular) throws IOException {
        for (Resource fil : new PathMatchingResourcePatternResolver().getResources(formular)) {
            try (InputStream in = fil.getInputStream()) {
                Formular.tolka(new String(in.readAllBytes(), StandardCharsets.UTF_8), mapper);
            }
        }
    }
}
