package se.tillit.arkiv.internal;

import java.time.OffsetDateTime;

/**
 * One file written into a package, as its manifests describe it.
 *
 * @param sokvag the path from the package's root folder, e.g. {@code representations/rep1/data/LSS-2026-900001/arende.xml}
 * @param sha256 lower-case hex
 * @param format for a PDF what it declares itself to be, else null
 * @param agarId the record's own id in Tillit (a letter's, an attachment's), else null
 * @param ursprungligtNamn an attachment's name as it was attached, else null
 */
record Paketfil(
        String sokvag,
        String mimetyp,
        long storlek,
        String sha256,
        OffsetDateTime skapad,
        Filformat format,
        String agarId,
        String ursprungligtNamn) {

    /** The path from the representation's folder, for the representation's METS ({@code data/...}). */
    String sokvagI(String mapp) {
        if (!sokvag.startsWith(mapp + "/")) {
            throw new IllegalArgumentException(sokvag + " ligger inte i " + mapp);
        }
        return sokvag.substring(mapp.length() + 1);
    }
}
