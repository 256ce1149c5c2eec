package se.tillit.motor.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tillit.lexsarah.LexSarahPaminnelse;
import se.tillit.motor.LexSarahprocessen;

/** The service tasks of the process lexsarah. Bean names are the model's delegate expressions. */
@Configuration
class LexSarahDelegater {

    /** A step nears its target: the lex Sarah-ansvariga of the unit and of the committee are reminded. */
    @Bean
    JavaDelegate lexSarahPaminnelse(ApplicationEventPublisher events) {
        return execution -> events.publishEvent(new LexSarahPaminnelse(
                UUID.fromString((String) execution.getVariable("lexsarahId")),
                (String) execution.getVariableLocal("bevakning"),
                (String) execution.getVariable("enhet"),
                (String) execution.getVariable(LexSarahprocessen.VAR_NAMND)));
    }
}
