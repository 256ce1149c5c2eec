package se.tillit.notifiering.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.notifiering}: who the reminders and escalations come from, and where their links point.
 *
 * @param fran the sender address
 * @param basUrl the address of Tillit as its users reach it, with or without a trailing slash
 */
@ConfigurationProperties("tillit.notifiering")
record NotifieringInstallningar(String fran, String basUrl) {

    NotifieringInstallningar {
        basUrl = basUrl != null && basUrl.endsWith("/") ? basUrl.substring(0, basUrl.length() - 1) : basUrl;
    }

    /** A link into Tillit: {@code sokvag} starts with a slash. */
    String lank(String sokvag) {
        return basUrl + sokvag;
    }
}
