package se.tillit.motor;

/** Element ids of {@code processes/arende.bpmn} that code and tests name, so a renamed element fails at compile time. */
public final class Arendeprocessen {

    public static final String PROCESS = "arende";
    public static final String TASK_FATTA_BESLUT = "Task_FattaBeslut";
    public static final String TASK_FATTA_BESLUT_SOM_DELEGAT = "Task_FattaBeslutSomDelegat";
    public static final String GATEWAY_INOM_DELEGATION = "Gateway_InomDelegation";
    public static final String RECEIVE_ARENDET_PAGAR = "Receive_ArendetPagar";
    public static final String END_AVSLUTAT_UTAN_BESLUT = "End_AvslutatUtanBeslut";
    /** The gateway flag: the level the delegationsordning required (HANDLAGGARE, CHEF, UTSKOTT). */
    public static final String VAR_BESLUTSNIVA = "beslutsniva";

    private Arendeprocessen() {
    }
}
