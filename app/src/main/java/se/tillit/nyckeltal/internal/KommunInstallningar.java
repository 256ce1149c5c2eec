package se.tillit.nyckeltal.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.kommun}: the municipality Tillit serves.
 *
 * @param kod the kommunkod, four digits as SCB and Kolada write it (0180 Stockholm); null where not configured
 */
@ConfigurationProperties("tillit.kommun")
record KommunInstallningar(String kod) {

    KommunInstallningar {
        kod = kod == null || kod.isBlank() ? null : kod.strip();
        if (kod != null && !kod.matches("\\d{4}")) {
            throw new IllegalArgumentException("tillit.kommun.kod (TILLIT_KOMMUNKOD) ska vara kommunkoden, fyra siffror, t.ex. 0180");
        }
    }
}
