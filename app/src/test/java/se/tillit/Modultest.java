package se.tillit;

/**
 * For a module test ({@code @ApplicationModuleTest}, docs/testing.md): the settings that keep the engine out of it.
 * Camunda's starter configures its engine, REST API and webapps whatever beans a test bootstraps; a module that does not
 * use the engine is tested without them.
 */
public final class Modultest {

    /** {@code @TestPropertySource(properties = {Modultest.UTAN_MOTORN, Modultest.EGEN_DATABAS})} */
    public static final String UTAN_MOTORN =
            "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";

    /**
     * A database of its own: an empty {@code spring.datasource.url} makes the application start an embedded PostgreSQL
     * for the test's context even where the suite runs on a server ({@code SPRING_DATASOURCE_URL}, CI's second pass),
     * so a module test sees only the rows it wrote, as a new installation would.
     */
    public static final String EGEN_DATABAS = "spring.datasource.url=";

    private Modultest() {}
}
