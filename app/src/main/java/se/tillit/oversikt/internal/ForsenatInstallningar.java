package se.tillit.oversikt.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.forsenat}: how long a unit's Försenat figures are reused before they are counted again (default one
 * minute; zero counts on every request).
 */
@ConfigurationProperties("tillit.forsenat")
record ForsenatInstallningar(Duration giltighet) {

    ForsenatInstallningar {
        giltighet = giltighet == null ? Duration.ofMinutes(1) : giltighet;
    }
}
