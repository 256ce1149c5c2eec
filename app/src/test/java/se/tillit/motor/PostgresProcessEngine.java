package se.tillit.motor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * An engine for fast process and decision tests, without Spring, on an embedded PostgreSQL (no H2:
 * DESIGN decision 7), with process test coverage recorded in target/process-test-coverage; a class annotated
 * {@link Processtackning} fails when its model is not walked in full (docs/adr/0030).
 */
public final class PostgresProcessEngine {

    private static EmbeddedPostgres postgres;

    private PostgresProcessEngine() {}

    /** For process tests: flow-node and sequence-flow coverage per test, written as a report. */
    public static ProcessEngineCoverageExtension extension() {
        return ProcessEngineCoverageExtension.builder(configuration()).build();
    }

    /** For decision tests, which process coverage cannot measure. */
    public static ProcessEngineExtension decisionExtension() {
        return ProcessEngineExtension.builder().useProcessEngine(configuration().buildProcessEngine());
    }

    static ProcessEngineConfiguration configuration() {
        ProcessEngineConfigurationImpl configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setJdbcUrl(postgres().getJdbcUrl("postgres", "postgres"));
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setJavaSerializationFormatEnabled(false);
        // as in the application: the case processes have no TTL (docs/adr/0024)
        configuration.setEnforceHistoryTimeToLive(false);
        // the decisions' FEEL through the caching engine, as in the application (issue 15)
        se.tillit.motor.internal.CachandeFeelMotor.installera(configuration);
        configuration.setProcessEngineName("process-tests");
        // delegate expressions resolve to Mocks.register(...)'ed objects (see Processfakes)
        configuration.setExpressionManager(new org.camunda.bpm.engine.test.mock.MockExpressionManager());
        return configuration;
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for process tests", e);
            }
        }
        return postgres;
    }
}
