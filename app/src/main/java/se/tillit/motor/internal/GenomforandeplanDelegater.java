package se.tillit.motor.internal;

import static se.tillit.motor.internal.ArendeDelegater.id;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tillit.bevakning.FristPaminnelse;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.Genomforandeplanprocessen;

/** The service tasks of processes/genomforandeplan.bpmn. Bean names are the model's delegate expressions. */
@Configuration
class GenomforandeplanDelegater {

    /** The plan's target is near: the provider's staff are reminded, with a link to the order's plan (R18). */
    @Bean
    JavaDelegate genomforandeplanPaminnelseUtskick(ApplicationEventPublisher events) {
        return execution -> events.publishEvent(new FristPaminnelse(
                id(execution, Arendeprocessen.VAR_ARENDE_ID),
                (String) execution.getVariableLocal("bevakning"),
                LocalDate.parse((String) execution.getVariableLocal("frist")),
                (String) execution.getVariable(Genomforandeplanprocessen.VAR_UTFORARE),
                id(execution, Beslutprocessen.VAR_BESLUT_ID)));
    }
}
