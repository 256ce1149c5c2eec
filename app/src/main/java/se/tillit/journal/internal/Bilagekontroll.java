package se.tillit.journal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The check of a note's attachments before anything is saved: the size from what was received (before the bytes are
 * read), then the type from the content (Apache Tika's magic bytes; the name only narrows a container such as a zip
 * to the office document it holds). A file renamed to look like a PDF is refused for what it is.
 */
@Component
class Bilagekontroll {

    /** The documents a journal takes: PDF, PNG and JPEG images, Word and Excel documents, OpenDocument text, plain text. */
    static final Set<String> TILLATNA_TYPER = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "text/plain");

    /** More than this on one note is a sign of a mistake (a whole folder chosen); a note per document is clearer. */
    static final int MAX_ANTAL = 10;

    private static final int MAX_FILNAMN = 255;

    /** A file that passed, with its type as detected. */
    record Godkand(String filnamn, String innehallstyp, byte[] innehall, String sha256) {}

    /** Why a file was refused: a message key and its arguments (the file's name first). */
    record Avvisad(String nyckel, Object... argument) {}

    record Resultat(List<Godkand> godkanda, List<Avvisad> avvisade) {}

    private final Tika tika = new Tika();
    private final long maxBilaga;

    Bilagekontroll(@Value("${tillit.journal.max-bilaga:10MB}") DataSize maxBilaga, MultipartProperties multipart) {
        // Spring refuses a larger part before our check could name it; then the user would see no clear message
        if (maxBilaga.compareTo(multipart.getMaxFileSize()) > 0
                || maxBilaga.compareTo(multipart.getMaxRequestSize()) > 0) {
            throw new IllegalStateException("tillit.journal.max-bilaga (" + maxBilaga + ") must not exceed "
                    + "spring.servlet.multipart.max-file-size and max-request-size (" + multipart.getMaxFileSize()
                    + ", "
                    + multipart.getMaxRequestSize() + ")");
        }
        this.maxBilaga = maxBilaga.toBytes();
    }

    long maxBilaga() {
        return maxBilaga;
    }

    /** The files of the form; the empty part a form sends when no file was chosen is no file. */
    Resultat kontrollera(List<MultipartFile> filer) {
        List<MultipartFile> valda = filer == null
                ? List.of()
                : filer.stream()
                        .filter(f -> !(f.isEmpty()
                                && (f.getOriginalFilename() == null
                                        || f.getOriginalFilename().isBlank())))
                        .toList();
        List<Godkand> godkanda = new ArrayList<>();
        List<Avvisad> avvisade = new ArrayList<>();
        if (valda.size() > MAX_ANTAL) {
            avvisade.add(new Avvisad("journal.fel.bilagorForManga", valda.size(), MAX_ANTAL));
            return new Resultat(godkanda, avvisade);
        }
        for (MultipartFile fil : valda) {
            String namn = filnamn(fil.getOriginalFilename());
            if (fil.getSize() > maxBilaga) {
                avvisade.add(
                        new Avvisad("journal.fel.bilagaForStor", namn, megabyte(fil.getSize()), megabyte(maxBilaga)));
                continue;
            }
            if (fil.isEmpty()) {
                avvisade.add(new Avvisad("journal.fel.bilagaTom", namn));
                continue;
            }
            byte[] innehall = bytes(fil);
            String typ = typ(innehall, namn);
            if (!TILLATNA_TYPER.contains(typ)) {
                avvisade.add(new Avvisad("journal.fel.bilagaTyp", namn));
                continue;
            }
            godkanda.add(new Godkand(namn, typ, innehall, sha256(innehall)));
        }
        return new Resultat(godkanda, avvisade);
    }

    /**
     * The type the content shows. The name may only narrow a container: an office document is a zip archive, which
     * the bytes alone show as a zip (or as "some OOXML"), and the name says which document it holds. Where the bytes
     * show nothing (no magic), the name alone decides nothing: random bytes named {@code .txt} are not text, though a
     * file in an 8-bit encoding (Windows-1252 from an old editor), which Tika calls octet-stream, is text when no
     * byte of it is a control character.
     */
    String typ(byte[] innehall, String namn) {
        String avInnehallet = tika.detect(innehall);
        String medNamnet = tika.detect(innehall, namn);
        if (avInnehallet.equals(medNamnet) || BEHALLARE.contains(avInnehallet)) {
            return medNamnet;
        }
        return "text/plain".equals(medNamnet) && utanStyrtecken(innehall) ? medNamnet : avInnehallet;
    }

    private static boolean utanStyrtecken(byte[] innehall) {
        for (byte b : innehall) {
            int tecken = b & 0xff;
            if ((tecken < 0x20 && tecken != '\t' && tecken != '\n' && tecken != '\r' && tecken != '\f')
                    || tecken == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Archives whose kind of document only the name tells, as far as Tika's core (without its parsers) sees. */
    private static final Set<String> BEHALLARE = Set.of("application/zip", "application/x-tika-ooxml");

    /** The name without the folders some browsers send, control characters or more than the column takes. */
    static String filnamn(String original) {
        String namn = original == null ? "" : original;
        namn = namn.substring(Math.max(namn.lastIndexOf('/'), namn.lastIndexOf('\\')) + 1);
        namn = namn.replaceAll("\\p{Cntrl}", "").strip();
        if (namn.isEmpty()) {
            namn = "bilaga";
        }
        if (namn.length() > MAX_FILNAMN) {
            int punkt = namn.lastIndexOf('.');
            String andelse = punkt > 0 && namn.length() - punkt <= 10 ? namn.substring(punkt) : "";
            namn = namn.substring(0, MAX_FILNAMN - andelse.length()) + andelse;
        }
        return namn;
    }

    private static double megabyte(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static byte[] bytes(MultipartFile fil) {
        try {
            return fil.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
