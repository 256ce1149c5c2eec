package se.tillit.lexsarah.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.lexsarah}: the committee unit (type NAMND) that every lex Sarah report is registered with (default
 * NAMND).
 */
@ConfigurationProperties("tillit.lexsarah")
record LexSarahInstallningar(String namnd) {

    LexSarahInstallningar {
        namnd = namnd == null || namnd.isBlank() ? "NAMND" : namnd;
    }
}
