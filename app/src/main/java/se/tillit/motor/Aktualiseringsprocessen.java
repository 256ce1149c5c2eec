package se.tillit.motor;

/**
 * Element ids and messages of processes/aktualisering.bpmn: the assessment of an incoming matter (anmälan, ansökan, begäran) before a case is opened, that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class Aktualiseringsprocessen {

    public static final String PROCESS = "aktualisering";
    /** Aktualisering registrerad */
    public static final String START_AKTUALISERING_REGISTRERAD = "Start_AktualiseringRegistrerad";
    /** Anmälan om barn? */
    public static final String GATEWAY_BARNANMALAN = "Gateway_Barnanmalan";
    /** Bedöm om aktualiseringen leder till utredning */
    public static final String TASK_BEDOM_AKTUALISERING = "Task_BedomAktualisering";
    /** Förhandsbedömning */
    public static final String CALL_FORHANDSBEDOMNING = "Call_Forhandsbedomning";

    public static final String GATEWAY_BEDOMD = "Gateway_Bedomd";
    /** Registrera utfallet */
    public static final String SERVICE_REGISTRERA_UTFALL = "Service_RegistreraUtfall";
    /** Aktualisering bedömd */
    public static final String END_BEDOMD = "End_Bedomd";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** Anmälan om ett barn? (Gateway_Barnanmalan) */
    public static final String VAR_BARNANMALAN = "barnanmalan";
    /** Utfallet: LEDER_TILL_UTREDNING eller LEDER_INTE_TILL_UTREDNING (Gateway_Bedomd) */
    public static final String VAR_BEDOMNING = "bedomning";

    private Aktualiseringsprocessen() {}
}
