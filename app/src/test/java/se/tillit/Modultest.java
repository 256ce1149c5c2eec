package se.tillit;

/**
 * For a module test ({@code @ApplicationModuleTest}, docs/testing.md): the settings that keep the engine out of it.
 * Camunda's starter configures its engine, REST API and webapps whatever beans a test bootstraps; a module that does not
 * use the engine is tested without them.
 */
public final class Modultest {

    /** {@code @TestPropertySource(properties = Modultest.UTAN_MOTORN)} */
    public static final String UTAN_MOTORN =
            "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";

    private Modultest() {}
}
