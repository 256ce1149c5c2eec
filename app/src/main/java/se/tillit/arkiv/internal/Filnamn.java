package se.tillit.arkiv.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as a file or folder name in a package: ASCII letters, digits, dot, dash and underscore only (å, ä and ö lose
 * their marks), so that every archive's file system and every ZIP tool reads it alike. The original name stays in the
 * package's XML and PREMIS.
 */
final class Filnamn {

    private static final int LANGST = 100;

    private Filnamn() {}

    static String sakert(String namn, String omTomt) {
        String utanTecken = Normalizer.normalize(namn == null ? "" : namn, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String sakert = utanTecken
                .replaceAll("[^A-Za-z0-9._-]+", "_")
                .replaceAll("_{2,}", "_")
                .replaceAll("^[._]+", "");
        if (sakert.isEmpty()) {
            return omTomt;
        }
        if (sakert.length() <= LANGST) {
            return sakert;
        }
        int punkt = sakert.lastIndexOf('.');
        String andelse = punkt > 0 && sakert.length() - punkt <= 10 ? sakert.substring(punkt) : "";
        return sakert.substring(0, LANGST - andelse.length()) + andelse.toLowerCase(Locale.ROOT);
    }
}
