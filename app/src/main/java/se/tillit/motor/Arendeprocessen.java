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

    // The other elements of the model, so that no code or test spells an id (ProcesskonstanterTest)
    public static final String MEDDELANDE_ARENDE_AVSLUTAT = "ArendeAvslutat";
    public static final String MEDDELANDE_NY_AKTUALISERING = "NyAktualisering";
    /** Ärende öppnat */
    public static final String START_ARENDE_OPPNAT = "Start_ArendeOppnat";
    /** Aktualisering */
    public static final String CALL_AKTUALISERING = "Call_Aktualisering";
    /** Leder till utredning? */
    public static final String GATEWAY_LEDER_TILL_UTREDNING = "Gateway_LederTillUtredning";
    /** Utredning */
    public static final String CALL_UTREDNING = "Call_Utredning";
    /** Ärendet avslutat */
    public static final String EVENT_AVSLUTAT_FORE_BESLUT = "Event_AvslutatForeBeslut";
    /** Ärendet avslutat */
    public static final String EVENT_AVSLUTAT_FORE_DELEGATBESLUT = "Event_AvslutatForeDelegatbeslut";
    /** Ärendet avslutat */
    public static final String END_UTREDNING_AVSLUTAD = "End_UtredningAvslutad";
    /** Avsluta ärendet */
    public static final String SERVICE_AVSLUTA_ARENDE = "Service_AvslutaArende";
    /** Ärendet avslutat */
    public static final String END_ARENDET_AVSLUTAT = "End_ArendetAvslutat";
    /** Ny aktualisering i öppet ärende */
    public static final String SUB_NY_AKTUALISERING = "Sub_NyAktualisering";
    /** Ny aktualisering */
    public static final String START_NY_AKTUALISERING = "Start_NyAktualisering";
    /** Aktualisering */
    public static final String CALL_NY_AKTUALISERING = "Call_NyAktualisering";
    /** Bedömd */
    public static final String END_NY_AKTUALISERING_BEDOMD = "End_NyAktualiseringBedomd";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** Aktualiseringens utfall (Gateway_LederTillUtredning) */
    public static final String VAR_BEDOMNING = "bedomning";

    public static final String VAR_AKTUALISERING_ID = "aktualiseringId";
    public static final String VAR_ARENDE_ID = "arendeId";

    private Arendeprocessen() {}
}
