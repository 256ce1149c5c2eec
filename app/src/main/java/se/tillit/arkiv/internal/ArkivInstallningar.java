package se.tillit.arkiv.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.arkiv}: where the packages go and who they are from (docs/operations.md, "The e-archive's outbox").
 *
 * @param utkorg the outbox the e-archive collects from: a package appears there whole (written beside it, then moved)
 * @param arkivbildare the archival creator, named in every package (METS agent ARCHIVIST and the submitting CREATOR):
 *        the social services committee of the municipality
 * @param arkivbildarensId its identification code (the organisationsnummer), or empty
 * @param arkivinstitution the archive that preserves the packages (METS agent PRESERVATION), or empty
 * @param leveransoverenskommelse the reference of the submission agreement with the archive (METS altRecordID
 *        SUBMISSIONAGREEMENT), or empty
 */
@ConfigurationProperties("tillit.arkiv")
record ArkivInstallningar(
        Path utkorg,
        String arkivbildare,
        String arkivbildarensId,
        String arkivinstitution,
        String leveransoverenskommelse) {

    ArkivInstallningar {
        if (utkorg == null) {
            throw new IllegalArgumentException("tillit.arkiv.utkorg saknas: katalogen e-arkivet hämtar paketen från");
        }
        if (arkivbildare == null || arkivbildare.isBlank()) {
            throw new IllegalArgumentException("tillit.arkiv.arkivbildare saknas: arkivbildarens namn");
        }
        arkivbildarensId = tom(arkivbildarensId);
        arkivinstitution = tom(arkivinstitution);
        leveransoverenskommelse = tom(leveransoverenskommelse);
    }

    private static String tom(String varde) {
        return varde == null || varde.isBlank() ? null : varde.strip();
    }
}
