package se.tillit.drift;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.kommun}: the municipality Tillit serves, named in what it sends out: the indicators' Kolada export
 * (nyckeltal) and Socialstyrelsen's statistics files (statistik).
 *
 * @param kod the kommunkod, four digits as SCB and Kolada write it (0180 Stockholm); null where not configured
 */
@ConfigurationProperties("tillit.kommun")
public record Kommun(String kod) {

    public Kommun {
        kod = kod == null || kod.isBlank() ? null : kod.strip();
        if (kod != null && !kod.matches("\\d{4}")) {
            throw new IllegalArgumentException(
                    "tillit.kommun.kod (TILLIT_KOMMUNKOD) ska vara kommunkoden, fyra siffror, t.ex. 0180");
        }
    }
}
