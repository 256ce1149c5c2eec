package se.tillit.arkiv.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package's files into a ZIP under one root folder (CSIPSTR1: the archive unpacks to a single folder named by
 * the package's id), each with its folders, and keeps what the manifests need of each: path, size, SHA-256.
 */
final class Zipskrivare implements AutoCloseable {

    private final ZipOutputStream zip;
    private final String rot;
    private final OffsetDateTime skapad;
    private final Set<String> mappar = new LinkedHashSet<>();
    private final List<Paketfil> filer = new ArrayList<>();

    Zipskrivare(OutputStream ut, String rot, OffsetDateTime skapad) {
        this.zip = new ZipOutputStream(ut, StandardCharsets.UTF_8);
        this.rot = rot;
        this.skapad = skapad;
        mapp(rot + "/");
    }

    /** Writes one file; its path is from the package's root folder. */
    Paketfil skriv(
            String sokvag,
            byte[] innehall,
            String mimetyp,
            OffsetDateTime filenSkapad,
            Filformat format,
            String agarId,
            String ursprungligtNamn) {
        if (filer.stream().anyMatch(f -> f.sokvag().equals(sokvag))) {
            throw new IllegalStateException("Två filer med samma sökväg i paketet: " + sokvag);
        }
        String fullt = rot + "/" + sokvag;
        for (int snedstreck = fullt.indexOf('/'); snedstreck > 0; snedstreck = fullt.indexOf('/', snedstreck + 1)) {
            mapp(fullt.substring(0, snedstreck + 1));
        }
        try {
            ZipEntry post = new ZipEntry(fullt);
            post.setLastModifiedTime(FileTime.from(filenSkapad.toInstant()));
            zip.putNextEntry(post);
            zip.write(innehall);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Paketfil fil = new Paketfil(
                sokvag, mimetyp, innehall.length, sha256(innehall), filenSkapad, format, agarId, ursprungligtNamn);
        filer.add(fil);
        return fil;
    }

    /** The files written so far, in order. */
    List<Paketfil> filer() {
        return List.copyOf(filer);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void mapp(String mapp) {
        if (mappar.add(mapp)) {
            try {
                ZipEntry post = new ZipEntry(mapp);
                post.setLastModifiedTime(FileTime.from(skapad.toInstant()));
                zip.putNextEntry(post);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
