package se.tillit.motor;

/**
 * Element ids and messages of processes/utskrivning.bpmn: the discharge from hospital care (LUS) and the SIP it calls, that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class Utskrivningsprocessen {

    public static final String PROCESS = "utskrivning";
    public static final String MEDDELANDE_UTSKRIVNINGSKLAR = "Utskrivningsklar";
    public static final String MEDDELANDE_SIP_KALLELSE = "SipKallelse";
    public static final String MEDDELANDE_UTSKRIVNING_AVSLUTAD = "UtskrivningAvslutad";
    /** Inskrivningsmeddelande mottaget */
    public static final String START_INSKRIVNING = "Start_Inskrivning";

    public static final String GATEWAY_PLANERING = "Gateway_Planering";
    /** Planera inför utskrivningen */
    public static final String TASK_PLANERA_UTSKRIVNING = "Task_PlaneraUtskrivning";
    /** Planerat */
    public static final String END_PLANERING_KLAR = "End_PlaneringKlar";
    /** Utskrivningsklar */
    public static final String CATCH_UTSKRIVNINGSKLAR = "Catch_Utskrivningsklar";
    /** Frist för kallelse till SIP */
    public static final String RULE_SIP_KALLELSE_FRIST = "Rule_SipKallelseFrist";
    /** Vänta på kallelse till SIP */
    public static final String RECEIVE_SIP_KALLELSE = "Receive_SipKallelse";
    /** Ingen kallelse inom tre dagar */
    public static final String TIMER_SIP_KALLELSE_SAKNAS = "Timer_SipKallelseSaknas";
    /** Kallelse till SIP saknas efter tre dagar */
    public static final String TASK_SIP_KALLELSE_SAKNAS = "Task_SipKallelseSaknas";
    /** Chefen underrättad */
    public static final String END_SIP_KALLELSE_FLAGGAD = "End_SipKallelseFlaggad";
    /** Delta i SIP och dokumentera kommunens del av planen */
    public static final String TASK_DELTA_I_SIP = "Task_DeltaISip";
    /** Kommunens del av planen dokumenterad */
    public static final String END_SIP_KLAR = "End_SipKlar";
    /** Utskriven eller avbruten */
    public static final String SUBPROCESS_AVSLUT = "SubProcess_Avslut";
    /** Utskriven eller avbrott */
    public static final String START_UTSKRIVNING_AVSLUTAD = "Start_UtskrivningAvslutad";
    /** Utskrivningen avslutad */
    public static final String END_UTSKRIVNING_AVSLUTAD = "End_UtskrivningAvslutad";

    private Utskrivningsprocessen() {}
}
