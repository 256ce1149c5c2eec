package se.tillit.fel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JSON string with a NUL character ({@code "\u0000"}) is refused while the body is read, as a value of the wrong
 * type in its field (400, the field named by {@link ApiFelhantering}): PostgreSQL cannot store a NUL, so such a text
 * otherwise reached the database and ended as a 500. The other control characters are valid text and pass.
 */
@Configuration
class JsonTextkontroll {

    /** A module bean: Spring Boot installs it in the application's ObjectMapper beside its own. */
    @Bean
    SimpleModule textUtanNolltecken() {
        SimpleModule modul = new SimpleModule("tillit-text-utan-nolltecken");
        modul.addDeserializer(String.class, new UtanNolltecken());
        return modul;
    }

    static final class UtanNolltecken extends StdScalarDeserializer<String> {

        UtanNolltecken() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, "", "NUL-tecken tas inte emot");
            }
            return text;
        }
    }
}
