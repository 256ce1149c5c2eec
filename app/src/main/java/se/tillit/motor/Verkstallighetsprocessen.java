package se.tillit.motor;

/**
 * Element ids and messages of processes/verkstallighet.bpmn: the execution of a decided insats, avbrott and the three months of ej verkställt, that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class Verkstallighetsprocessen {

    public static final String PROCESS = "verkstallighet";
    public static final String MEDDELANDE_VERKSTALLD = "Verkstalld";
    public static final String MEDDELANDE_AVBROTT = "Avbrott";
    public static final String MEDDELANDE_ATERUPPTAGEN = "Aterupptagen";
    public static final String MEDDELANDE_INSATS_AVSLUTAD = "InsatsAvslutad";
    /** Gynnande beslut */
    public static final String START_VERKSTALLIGHET = "Start_Verkstallighet";
    /** Beställ insatsen hos utföraren */
    public static final String SERVICE_BESTALL = "Service_Bestall";
    /** Beräkna tre månader från beslutet */
    public static final String SERVICE_BERAKNA_EJ_VERKSTALLT_FRIST = "Service_BeraknaEjVerkstalltFrist";
    /** Vänta på verkställighet */
    public static final String RECEIVE_VERKSTALLD = "Receive_Verkstalld";
    /** Uppföljning */
    public static final String CALL_UPPFOLJNING = "Call_Uppfoljning";
    /** Insatsen avslutad */
    public static final String END_INSATS_AVSLUTAD = "End_InsatsAvslutad";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_EJ_VERKSTALLT = "Service_PaminnEjVerkstallt";
    /** Påmind */
    public static final String END_EJ_VERKSTALLT_PAMINND = "End_EjVerkstalltPaminnd";
    /** Registrera ej verkställt beslut */
    public static final String SERVICE_OPPNA_EJ_VERKSTALLT = "Service_OppnaEjVerkstallt";
    /** Ej verkställt registrerat */
    public static final String END_EJ_VERKSTALLT = "End_EjVerkstallt";
    /** Beräkna tre månader från avbrottet */
    public static final String SERVICE_BERAKNA_FRIST_EFTER_AVBROTT = "Service_BeraknaFristEfterAvbrott";
    /** Vänta på att insatsen återupptas */
    public static final String RECEIVE_ATERUPPTAGEN = "Receive_Aterupptagen";
    /** Registrera ej verkställt efter avbrott */
    public static final String SERVICE_OPPNA_EJ_VERKSTALLT_EFTER_AVBROTT = "Service_OppnaEjVerkstalltEfterAvbrott";
    /** Ej verkställt registrerat */
    public static final String END_EJ_VERKSTALLT_EFTER_AVBROTT = "End_EjVerkstalltEfterAvbrott";
    /** Insatsen avslutas */
    public static final String SUBPROCESS_INSATS_AVSLUTAD = "SubProcess_InsatsAvslutad";
    /** Insatsen avslutad */
    public static final String START_INSATS_AVSLUTAD = "Start_InsatsAvslutad";
    /** Verkställigheten avslutad */
    public static final String END_INSATS_AVSLUTAD_PA_BESLUTET = "End_InsatsAvslutadPaBeslutet";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_EJ_VERKSTALLT = "Timer_PaminnelseEjVerkstallt";
    /** Tre månader */
    public static final String TIMER_EJ_VERKSTALLT = "Timer_EjVerkstallt";
    /** Avbrott */
    public static final String EVENT_AVBROTT = "Event_Avbrott";
    /** Tre månader */
    public static final String TIMER_EJ_VERKSTALLT_EFTER_AVBROTT = "Timer_EjVerkstalltEfterAvbrott";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    public static final String VAR_AVBROTT_FRAN = "avbrottFran";
    public static final String VAR_BESLUTSDATUM = "beslutsdatum";

    private Verkstallighetsprocessen() {}
}
