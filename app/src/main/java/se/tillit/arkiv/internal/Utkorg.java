package se.tillit.arkiv.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox the e-archive collects packages from ({@code tillit.arkiv.utkorg}). A package appears there whole or not at
 * all: it is written beside its final name as {@code <name>.part}, forced to disk, its SHA-256 written beside it as
 * {@code <name>.sha256} (the sha256sum format), and then moved to its name in one step. The archive takes {@code *.zip}
 * and ignores {@code *.part}. When the transaction that delivered it rolls back (the delivery's row could not be
 * written), the package and its checksum file are removed again. docs/operations.md.
 */
@Component
class Utkorg {

    private static final Logger log = LoggerFactory.getLogger(Utkorg.class);

    private final Path katalog;

    Utkorg(ArkivInstallningar installningar) {
        this.katalog = installningar.utkorg().toAbsolutePath().normalize();
    }

    Path katalog() {
        return katalog;
    }

    /** A package written: its SHA-256 (lower-case hex), its size, and what the writer returned. */
    record Skrivet<T>(String sha256, long storlek, T resultat) {}

    /**
     * Writes the file {@code filnamn} through {@code skrivare} (which may close the stream it is given).
     *
     * @throws UncheckedIOException when the outbox cannot be written or the name is taken: nothing is left behind
     */
    <T> Skrivet<T> skriv(String filnamn, Function<OutputStream, T> skrivare) {
        Path slutlig = katalog.resolve(filnamn);
        Path del = katalog.resolve(filnamn + ".part");
        Path summa = katalog.resolve(filnamn + ".sha256");
        try {
            Files.createDirectories(katalog);
            if (Files.exists(slutlig)) {
                throw new FileAlreadyExistsException(slutlig.toString());
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            T resultat;
            try (FileChannel kanal = FileChannel.open(del, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream ut =
                        new FilterOutputStream(new DigestOutputStream(Channels.newOutputStream(kanal), sha256)) {
                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                out.write(b, off, len);
                            }

                            @Override
                            public void close() throws IOException {
                                flush(); // the channel is forced and closed below, once
                            }
                        };
                resultat = skrivare.apply(ut);
                ut.flush();
                kanal.force(true);
            }
            long storlek = Files.size(del);
            String hex = HexFormat.of().formatHex(sha256.digest());
            skrivAtomiskt(summa, (hex + "  " + filnamn + "\n").getBytes(StandardCharsets.UTF_8));
            flytta(del, slutlig);
            forceraKatalogen();
            taBortVidAterstallning(slutlig, summa);
            return new Skrivet<>(hex, storlek, resultat);
        } catch (IOException e) {
            radera(del, summa);
            throw new UncheckedIOException("Utkorgen " + katalog + " kunde inte skrivas", e);
        } catch (RuntimeException e) {
            radera(del, summa);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void skrivAtomiskt(Path fil, byte[] innehall) throws IOException {
        Path del = fil.resolveSibling(fil.getFileName() + ".part");
        try (FileChannel kanal = FileChannel.open(del, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            kanal.write(java.nio.ByteBuffer.wrap(innehall));
            kanal.force(true);
        }
        flytta(del, fil);
    }

    private static void flytta(Path fran, Path till) throws IOException {
        try {
            Files.move(fran, till, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("Utkorgen måste ligga på ett filsystem som kan byta namn på en fil i ett steg", e);
        }
    }

    /** The directory's entry of the new name on disk too (a crash right after must not lose the package). */
    private void forceraKatalogen() {
        try (FileChannel kanal = FileChannel.open(katalog, StandardOpenOption.READ)) {
            kanal.force(true);
        } catch (IOException e) {
            log.debug("The outbox directory could not be forced to disk on this file system", e);
        }
    }

    private void taBortVidAterstallning(Path... filer) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    log.warn(
                            "A delivery to the e-archive rolled back: its package {} is removed from the outbox",
                            filer[0].getFileName());
                    radera(filer);
                }
            }
        });
    }

    private static void radera(Path... filer) {
        for (Path fil : filer) {
            try {
                Files.deleteIfExists(fil);
                Files.deleteIfExists(fil.resolveSibling(fil.getFileName() + ".part"));
            } catch (IOException e) {
                log.error("Could not remove {} from the outbox", fil, e);
            }
        }
    }
}
