package se.tillit.drift.internal;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * PostgreSQL everywhere (DESIGN decision 7): when no {@code spring.datasource.url} is configured, start an
 * embedded PostgreSQL 16 and point the datasource at it, before any bean is created. With a URL
 * configured (environment variable SPRING_DATASOURCE_URL in production) this does nothing.
 *
 * <p>{@code tillit.embedded-postgres.data-directory} keeps the data between starts (the README's run
 * command uses ./data/postgres); without it the data lives in a temporary folder removed at exit (tests).
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIRECTORY = "tillit.embedded-postgres.data-directory";
    static final String ENABLED = "tillit.embedded-postgres.enabled";

    private final Log log;

    public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        // after application.yaml and profiles are read, so their settings count
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(environment.getProperty(DATA_DIRECTORY), log);
        log.info("No spring.datasource.url configured: started embedded PostgreSQL " + server.describe());
        application.addInitializers(server::closeAfter);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embeddedPostgres",
                        Map.of(
                                "spring.datasource.url",
                                server.jdbcUrl(),
                                "spring.datasource.username",
                                EmbeddedPostgresServer.USER,
                                "spring.datasource.password",
                                "")));
    }
}
