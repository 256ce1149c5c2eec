package se.tillit.motor.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tillit.arende.Arenden;
import se.tillit.arende.Avslutsorsak;
import se.tillit.arende.Utfall;
import se.tillit.bevakning.FristPaminnelse;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.utredning.Utredningar;

/**
 * The service tasks of the case processes: each calls one use case of a domain module with the ids the
 * process carries. Bean names are the models' delegate expressions.
 */
@Configuration
class ArendeDelegater {

    static final String SYSTEM = "system:motor";

    @Bean
    JavaDelegate aktualiseringsutfall(Arenden arenden) {
        return execution -> arenden.registreraUtfall(
                id(execution, Arendeprocessen.VAR_AKTUALISERING_ID),
                Utfall.valueOf((String) execution.getVariable(Arendeprocessen.VAR_BEDOMNING)),
                (String) execution.getVariable("motivering"),
                vem(execution));
    }

    @Bean
    JavaDelegate arendeavslut(Arenden arenden) {
        return execution -> arenden.avsluta(
                id(execution, Arendeprocessen.VAR_ARENDE_ID),
                Avslutsorsak.valueOf((String) execution.getVariableLocal("avslutsorsak")),
                vem(execution));
    }

    @Bean
    JavaDelegate utredningsstart(Utredningar utredningar) {
        return execution -> {
            java.time.LocalDate idag = Motortid.idag();
            UUID arendeId = id(execution, Arendeprocessen.VAR_ARENDE_ID);
            UUID utredningId = utredningar.inled(arendeId, idag, vem(execution));
            execution.setVariable(Utredningsprocessen.VAR_UTREDNING_ID, utredningId.toString());
            execution.setVariable("utredningInledd", idag.toString());
            // C4: a child's four months run across closed and reopened investigations of the same question
            boolean barn = "BARN_OCH_UNGA".equals(execution.getVariable(Utredningsprocessen.VAR_ARENDETYP));
            execution.setVariable("utredningAnvandaDagar", barn ? utredningar.anvandaDagar(arendeId, idag) : 0);
        };
    }

    @Bean
    JavaDelegate utredningsfrist(Utredningar utredningar) {
        return execution -> utredningar.sattFrist(
                id(execution, Utredningsprocessen.VAR_UTREDNING_ID),
                java.time.LocalDate.parse((String) execution.getVariable(Utredningsprocessen.VAR_UTREDNING_FRIST)),
                (String) execution.getVariable("utredningFristKalla"),
                Boolean.TRUE.equals(execution.getVariable("utredningForlangningMojlig")));
    }

    /** The reply deadline of a kommunicering (table kommuniceringsfrist), kept on the record the page reads. */
    @Bean
    JavaDelegate kommuniceringsfrist(Utredningar utredningar) {
        return execution ->
                utredningar.sattKommuniceringsfrist(id(execution, "kommuniceringId"), java.time.LocalDate.parse((String)
                        execution.getVariable("kommuniceringFrist")));
    }

    @Bean
    JavaDelegate utredningsavslut(Utredningar utredningar) {
        return execution -> utredningar.avsluta(
                id(execution, Utredningsprocessen.VAR_UTREDNING_ID), Motortid.idag(), vem(execution));
    }

    /**
     * A reminder before a deadline. The model may name the task the deadline is on (input {@code uppgift}, its element
     * id): the reminder then names that task of this process instance, so it goes to whoever has it (a child's clocks).
     */
    @Bean
    JavaDelegate paminnelse(ApplicationEventPublisher events) {
        return execution -> {
            String uppgift = (String) execution.getVariableLocal("uppgift");
            String uppgiftId = uppgift == null
                    ? null
                    : execution
                            .getProcessEngineServices()
                            .getTaskService()
                            .createTaskQuery()
                            .processInstanceId(execution.getProcessInstanceId())
                            .taskDefinitionKey(uppgift)
                            .list()
                            .stream()
                            .map(org.camunda.bpm.engine.task.Task::getId)
                            .findFirst()
                            .orElse(null);
            events.publishEvent(new FristPaminnelse(
                    id(execution, Arendeprocessen.VAR_ARENDE_ID),
                    (String) execution.getVariableLocal("bevakning"),
                    java.time.LocalDate.parse((String) execution.getVariableLocal("frist")),
                    null,
                    null,
                    uppgiftId));
        };
    }

    static UUID id(DelegateExecution execution, String variabel) {
        return UUID.fromString((String) execution.getVariable(variabel));
    }

    /** The user the engine knows for this command, or the engine itself (a timer, a job). */
    static String vem(DelegateExecution execution) {
        Authentication authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }
}
