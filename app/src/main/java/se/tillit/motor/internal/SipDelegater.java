package se.tillit.motor.internal;

import static se.tillit.motor.internal.ArendeDelegater.id;
import static se.tillit.motor.internal.ArendeDelegater.vem;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tillit.bevakning.FristPaminnelse;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Sipprocessen;
import se.tillit.sip.Sipar;
import se.tillit.sip.Sipavslut;

/** The service tasks of processes/sip.bpmn. */
@Configuration
class SipDelegater {

    /** The SIP's last step, with the reason the model gives (input {@code avslutsorsak}). */
    @Bean
    JavaDelegate sipAvslut(Sipar sipar) {
        return execution -> sipar.avsluta(
                id(execution, Sipprocessen.VAR_SIP_ID),
                Sipavslut.valueOf((String) execution.getVariableLocal("avslutsorsak")),
                Motortid.idag(),
                vem(execution));
    }

    /** A SIP's deadline is near; a SIP need not belong to a case, so the reminder names the unit and the SIP. */
    @Bean
    JavaDelegate sipPaminnelse(ApplicationEventPublisher events) {
        return execution -> {
            Object arendeId = execution.getVariable(Arendeprocessen.VAR_ARENDE_ID);
            events.publishEvent(new FristPaminnelse(
                    arendeId == null ? null : id(execution, Arendeprocessen.VAR_ARENDE_ID),
                    (String) execution.getVariableLocal("bevakning"),
                    LocalDate.parse((String) execution.getVariableLocal("frist")),
                    (String) execution.getVariable("enhet"),
                    id(execution, Sipprocessen.VAR_SIP_ID)));
        };
    }
}
