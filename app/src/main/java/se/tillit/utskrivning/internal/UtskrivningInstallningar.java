package se.tillit.utskrivning.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.utskrivning} (ADR 9): the unit that gets a new inskrivning when the person has no open case.
 *
 * @param enhetAldre the unit for a person of 65 or more (default ALDRE)
 * @param enhetOvriga the unit for everyone else (default LSS)
 */
@ConfigurationProperties("tillit.utskrivning")
record UtskrivningInstallningar(String enhetAldre, String enhetOvriga) {

    UtskrivningInstallningar {
        enhetAldre = enhetAldre == null || enhetAldre.isBlank() ? "ALDRE" : enhetAldre;
        enhetOvriga = enhetOvriga == null || enhetOvriga.isBlank() ? "LSS" : enhetOvriga;
    }

    String enhet(boolean aldre) {
        return aldre ? enhetAldre : enhetOvriga;
    }
}
