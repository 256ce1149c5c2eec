package se.tillit.motor;

/**
 * Element ids and messages of processes/uppfoljning.bpmn: the follow-up of an executed insats, that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class Uppfoljningsprocessen {

    public static final String PROCESS = "uppfoljning";
    /** Insatsen verkställd */
    public static final String START_UPPFOLJNING = "Start_Uppfoljning";
    /** Beräkna nästa uppföljning */
    public static final String SERVICE_BERAKNA_UPPFOLJNING = "Service_BeraknaUppfoljning";
    /** Planera uppföljningen */
    public static final String SERVICE_PLANERA_UPPFOLJNING = "Service_PlaneraUppfoljning";
    /** Följa upp insatsen */
    public static final String TASK_FOLJA_UPP = "Task_FoljaUpp";
    /** Registrera uppföljningen */
    public static final String SERVICE_REGISTRERA_UPPFOLJNING = "Service_RegistreraUppfoljning";
    /** Resultat? */
    public static final String GATEWAY_RESULTAT = "Gateway_Resultat";
    /** Nytt beslut behövs */
    public static final String END_NYTT_BESLUT = "End_NyttBeslut";
    /** Insatsen avslutas */
    public static final String END_AVSLUT = "End_Avslut";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_UPPFOLJNING = "Service_PaminnUppfoljning";
    /** Påmind */
    public static final String END_UPPFOLJNING_PAMINND = "End_UppfoljningPaminnd";
    /** Uppföljningen är försenad */
    public static final String TASK_UPPFOLJNING_FORSENAD = "Task_UppfoljningForsenad";
    /** Eskalerad */
    public static final String END_UPPFOLJNING_ESKALERAD = "End_UppfoljningEskalerad";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_UPPFOLJNING = "Timer_PaminnelseUppfoljning";
    /** Försenad */
    public static final String TIMER_UPPFOLJNING_FORSENAD = "Timer_UppfoljningForsenad";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** FORTSATT, NYTT_BESLUT eller AVSLUT (Gateway_Resultat) */
    public static final String VAR_RESULTAT = "resultat";

    public static final String VAR_UPPFOLJNING_START = "uppfoljningStart";

    private Uppfoljningsprocessen() {}
}
