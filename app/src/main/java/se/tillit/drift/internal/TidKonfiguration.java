package se.tillit.drift.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * DESIGN decision 3: "now" comes from an injected clock, in Swedish time, so tests can move it. Also where the
 * municipality's settings ({@link se.tillit.drift.Kommun}) are bound, read by the modules that name it in their files.
 */
@Configuration
@EnableConfigurationProperties(se.tillit.drift.Kommun.class)
class TidKonfiguration {

    @Bean
    Clock clock() {
        return Clock.system(se.tillit.drift.Svensktid.ZON);
    }

    /**
     * Bean Validation's {@code @PastOrPresent} and {@code @Future} read "today" from this clock too: with the JVM's own
     * (UTC on our servers) a decision dated today was refused as lying in the future from midnight until 01:00 or 02:00
     * Swedish time (found when the suite ran after 23:00 UTC).
     */
    @Bean
    ValidationConfigurationCustomizer svenskValideringsklocka(Clock clock) {
        return konfiguration -> konfiguration.clockProvider(() -> clock);
    }
}
