package se.tillit.drift.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;

/**
 * When Tillit was killed without shutting down (kill -9, a power cut in a VM), its embedded PostgreSQL keeps
 * running and holds the data folder, so the next start cannot use it. This stops such an orphan: only a
 * postgres process whose command line names this very data folder.
 */
final class OrphanedPostmaster {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private OrphanedPostmaster() {}

    /** @param log a deferred log: this runs before Spring Boot's logging is set up */
    static void stopIfAny(Path dataDirectory, Log log) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]+")) {
            return;
        }
        Optional<ProcessHandle> process =
                ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (process.isEmpty() || !process.get().isAlive() || !isPostgresOf(process.get(), dataDirectory)) {
            return; // a stale file: PostgreSQL itself handles it
        }
        log.warn("Stopping an embedded PostgreSQL (pid " + process.get().pid() + ") left running on " + dataDirectory
                + " by an earlier run that did not shut down");
        process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
        try {
            process.get().onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(
                    "An earlier embedded PostgreSQL (pid " + process.get().pid() + ") still holds " + dataDirectory
                            + "; stop it and start again",
                    e);
        }
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
    }
}
