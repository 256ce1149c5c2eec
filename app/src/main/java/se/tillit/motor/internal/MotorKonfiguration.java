package se.tillit.motor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings that properties cannot express, and the filters that pass the Spring Security user
 * to the engine. All of them run after Spring Security's filter chain, which has already authenticated
 * the user and refused those without the right role.
 */
@Configuration
class MotorKonfiguration {

    /** After Spring Security's filter chain (order -100), before the servlets. */
    private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 201;

    @Bean
    AbstractProcessEnginePlugin tillitEngineSettings() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<String> adminGroups =
                        new ArrayList<>(List.of(Groups.CAMUNDA_ADMIN, EngineIdentity.APPLICATION_GROUP));
                configuration.setAdminGroups(adminGroups);
                // decision 2: no Java serialization of variables, ever
                configuration.setJavaSerializationFormatEnabled(false);
                // the case processes have no TTL: gallring removes their history (docs/adr/0024; checked per model by
                // ModelDeploymentTest instead)
                configuration.setEnforceHistoryTimeToLive(false);
                // reading an instance (which incidents and jobs need) does not include its variables (docs/adr/0019)
                configuration.setEnforceSpecificVariablePermission(true);
                // FEEL texts of the decisions parsed once, not on every evaluation (issue 15)
                CachandeFeelMotor.installera(configuration);
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                new CamundaAdminAuthorizations(engine.getAuthorizationService()).ensure();
                new DriftBehorigheter(engine.getAuthorizationService()).ensure();
                // no person in the superuser group (ADMINs mirrored before docs/adr/0019 were), but one member that is
                // no person, or the webapps send every page to their (closed) first-user setup
                new Setupvakt(engine.getIdentityService()).ensure();
            }
        };
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("tillit-engine-rest-authentication");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityEngineAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("tillit-webapp-single-sign-on");
        registration.setInitParameters(Map.of("authentication-provider", WebappSingleSignOnProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApplicationEngineAuthenticationFilter> applicationEngineAuthentication(
            IdentityService identityService) {
        FilterRegistrationBean<ApplicationEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApplicationEngineAuthenticationFilter(identityService));
        registration.setName("tillit-application-engine-authentication");
        registration.addUrlPatterns("/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}
