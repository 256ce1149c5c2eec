package se.tillit.motor.internal;

import static se.tillit.motor.internal.ArendeDelegater.id;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tillit.barn.ForaldrastodErbjudanden;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Barnprocesserna;

/** The service tasks of a child's clocks that call the barn module. Bean names are the models' delegate expressions. */
@Configuration
class BarnDelegater {

    /**
     * R10 (processes/barnplacering.bpmn): the deadline of the offer to the parents, computed from the table barnfrister,
     * kept on the barn module's record, which the page and the indicator read.
     */
    @Bean
    JavaDelegate foraldrastodsfrist(ForaldrastodErbjudanden erbjudanden) {
        return execution -> erbjudanden.bevaka(
                id(execution, "placeringId"),
                id(execution, Arendeprocessen.VAR_ARENDE_ID),
                (String) execution.getVariable("enhet"),
                java.time.LocalDate.parse((String) execution.getVariable(Barnprocesserna.VAR_FORALDRASTOD_FRIST)));
    }
}
