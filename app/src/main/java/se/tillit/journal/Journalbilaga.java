package se.tillit.journal;

import java.util.UUID;

/**
 * An attachment of a note, its metadata only (the bytes are read on the download page, which logs it).
 *
 * @param filnamn the name the file had when it was attached
 * @param innehallstyp the media type detected from the content, e.g. {@code application/pdf}
 * @param storlek bytes
 */
public record Journalbilaga(UUID id, UUID anteckningId, String filnamn, String innehallstyp, long storlek) {}
