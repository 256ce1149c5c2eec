package se.tillit.drift.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.springframework.util.StringUtils;

/** An embedded PostgreSQL server (zonky binaries, pinned to major version 16 in the root pom). */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean persistent;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean persistent) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.persistent = persistent;
    }

    /**
     * @param dataDirectory where the data survives restarts; blank for a temporary, cleaned folder
     * @param log a deferred log: this runs before Spring Boot's logging is set up
     */
    static EmbeddedPostgresServer start(String dataDirectory, Log log) {
        boolean persistent = StringUtils.hasText(dataDirectory);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8");
            Path directory = null;
            if (persistent) {
                directory = Path.of(dataDirectory).toAbsolutePath().normalize();
                Files.createDirectories(directory.getParent());
                OrphanedPostmaster.stopIfAny(directory, log);
                // an existing folder is reused as it is: initdb runs only on an empty one
                builder.setDataDirectory(directory).setCleanDataDirectory(false)
                        // data meant to survive: durable writes (zonky's defaults are tuned for throwaway tests)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            return new EmbeddedPostgresServer(postgres, directory, persistent);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL"
                    + (persistent ? " with data in " + dataDirectory
                            + " (is another Tillit running on the same folder?)" : ""), e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    String describe() {
        return "on port " + postgres.getPort()
                + (persistent ? " with data in " + dataDirectory : " with temporary data");
    }
}
