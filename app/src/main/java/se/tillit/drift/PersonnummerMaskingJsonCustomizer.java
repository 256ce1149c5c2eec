package se.tillit.drift;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Applies {@link PersonnummerMask} to every string value of a structured (JSON) log line: the message,
 * the stack trace and any key-value pair. Named in {@code logging.structured.json.customizer}.
 */
public class PersonnummerMaskingJsonCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(CharSequence.class, PersonnummerMaskingJsonCustomizer::mask));
    }

    private static CharSequence mask(CharSequence value) {
        return value == null ? null : PersonnummerMask.mask(value.toString());
    }
}
