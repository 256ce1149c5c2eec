package se.tillit.motor.internal;

import static se.tillit.motor.internal.ArendeDelegater.id;
import static se.tillit.motor.internal.ArendeDelegater.vem;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tillit.beslut.Beslutsregister;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.Genomforandeplanprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.uppfoljning.Uppfoljningar;
import se.tillit.verkstallighet.Verkstalligheter;

/** The service tasks of the processes beslut, verkstallighet and uppfoljning. */
@Configuration
class BeslutDelegater {

    @Bean
    JavaDelegate overklagandefrist(Beslutsregister beslut) {
        return execution -> beslut.sattOverklagandefrist(
                id(execution, Beslutprocessen.VAR_BESLUT_ID), datum(execution.getVariable("overklagandeFrist")));
    }

    /** The appeal window ended on its last day: laga kraft the day after. */
    @Bean
    JavaDelegate lagaKraft(Beslutsregister beslut) {
        return execution -> beslut.registreraLagaKraft(
                id(execution, Beslutprocessen.VAR_BESLUT_ID),
                datum(execution.getVariable("overklagandeFrist")).plusDays(1));
    }

    /**
     * The service task of beslut versions before the decision's page: their omprövning was completed through a form and
     * recorded here. Kept for instances of those versions still running; today's page records it in its use case.
     */
    @Bean
    JavaDelegate omprovningsutfall(Beslutsregister beslut) {
        return execution -> beslut.registreraOmprovningFranProcessen(
                id(execution, "overklagandeId"), (String) execution.getVariable(Beslutprocessen.VAR_OMPROVNING));
    }

    /** The municipality's target for forwarding the appeal (table bevakningsfrist OVERLAMNANDE), on the appeal's record. */
    @Bean
    JavaDelegate overlamnandefrist(Beslutsregister beslut) {
        return execution -> beslut.sattOverlamnandefrist(
                id(execution, "overklagandeId"), datum(execution.getVariable("overlamnandeFrist")));
    }

    @Bean
    JavaDelegate bestallning(Verkstalligheter verkstalligheter) {
        return execution -> verkstalligheter.bestall(
                id(execution, Beslutprocessen.VAR_BESLUT_ID),
                (String) execution.getVariable("enhet"),
                (String) execution.getVariable(Genomforandeplanprocessen.VAR_UTFORARE),
                (String) execution.getVariable("utforartyp"),
                datum(execution.getVariable("onskadStart")),
                vem(execution));
    }

    @Bean
    JavaDelegate ejVerkstallt(Verkstalligheter verkstalligheter) {
        return execution -> verkstalligheter.oppnaEjVerkstallt(
                id(execution, Beslutprocessen.VAR_BESLUT_ID),
                (String) execution.getVariableLocal("grund"),
                datum(execution.getVariableLocal("raknasFran")),
                Motortid.idag());
    }

    @Bean
    JavaDelegate uppfoljningsplan(Uppfoljningar uppfoljningar) {
        return execution -> {
            UUID id = uppfoljningar.planera(
                    id(execution, Beslutprocessen.VAR_BESLUT_ID),
                    datum(execution.getVariable("uppfoljningFrist")),
                    vem(execution));
            execution.setVariable("uppfoljningId", id.toString());
        };
    }

    @Bean
    JavaDelegate uppfoljningGenomford(Uppfoljningar uppfoljningar) {
        return execution -> {
            LocalDate idag = Motortid.idag();
            String resultat = (String) execution.getVariable(Uppfoljningsprocessen.VAR_RESULTAT);
            // who completed the follow-up's task: the engine knows the user of our pages, its Tasklist and its API
            // alike
            uppfoljningar.genomfor(
                    id(execution, "uppfoljningId"),
                    idag,
                    resultat,
                    (String) execution.getVariable("anteckning"),
                    vem(execution));
            // the next follow-up is counted from this one (R15)
            execution.setVariable(Uppfoljningsprocessen.VAR_UPPFOLJNING_START, idag.toString());
        };
    }

    static LocalDate datum(Object varde) {
        return LocalDate.parse(varde.toString());
    }
}
