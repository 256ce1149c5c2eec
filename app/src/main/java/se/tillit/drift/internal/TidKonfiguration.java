package se.tillit.drift.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** DESIGN decision 3: "now" comes from an injected clock, in Swedish time, so tests can move it. */
@Configuration
class TidKonfiguration {

    @Bean
    Clock clock() {
        return Clock.system(se.tillit.drift.Svensktid.ZON);
    }
}
