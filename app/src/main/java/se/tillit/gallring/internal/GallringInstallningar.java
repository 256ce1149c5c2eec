package se.tillit.gallring.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.gallring}: whether a gallring proposal is worked out in the background (the default) or while the
 * administrator's request waits; the tests that need the finished proposal at once switch it off.
 */
@ConfigurationProperties("tillit.gallring")
record GallringInstallningar(Boolean forslagIBakgrunden) {

    GallringInstallningar {
        forslagIBakgrunden = forslagIBakgrunden == null || forslagIBakgrunden;
    }
}
