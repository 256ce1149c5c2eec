package se.tillit.motor;

/**
 * Element ids and messages of processes/utredning.bpmn: the investigation, its deadline, kommunicering and förlängning (C4), that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class Utredningsprocessen {

    public static final String PROCESS = "utredning";
    public static final String MEDDELANDE_UTREDNING_FORLANGD = "UtredningForlangd";
    public static final String MEDDELANDE_KOMMUNICERING_SKICKAD = "KommuniceringSkickad";
    /** Utredning inleds */
    public static final String START_UTREDNING_INLEDD = "Start_UtredningInledd";
    /** Registrera utredningen */
    public static final String SERVICE_INLED_UTREDNING = "Service_InledUtredning";
    /** Beräkna utredningsfrist */
    public static final String SERVICE_BERAKNA_UTREDNINGSFRIST = "Service_BeraknaUtredningsfrist";
    /** Spara fristen på utredningen */
    public static final String SERVICE_SPARA_UTREDNINGSFRIST = "Service_SparaUtredningsfrist";
    /** Utreda */
    public static final String TASK_UTREDA = "Task_Utreda";
    /** Registrera att utredningen är klar */
    public static final String SERVICE_AVSLUTA_UTREDNING = "Service_AvslutaUtredning";
    /** Utredning klar */
    public static final String END_UTREDNING_KLAR = "End_UtredningKlar";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_UTREDNING = "Service_PaminnUtredning";
    /** Påmind */
    public static final String END_UTREDNING_PAMINND = "End_UtredningPaminnd";
    /** Utredning om barn? */
    public static final String GATEWAY_BARNUTREDNING = "Gateway_Barnutredning";
    /** Utredning om barn över fyra månader utan förlängningsbeslut */
    public static final String TASK_UTREDNING_UTAN_FORLANGNING = "Task_UtredningUtanForlangning";
    /** Eskalerad */
    public static final String END_UTREDNING_ESKALERAD = "End_UtredningEskalerad";

    public static final String GATEWAY_VUXEN_FRIST_PASSERAD = "Gateway_VuxenFristPasserad";
    /** Informera om väsentlig försening (FL 11 §) */
    public static final String TASK_INFORMERA_OM_DROJSMAL = "Task_InformeraOmDrojsmal";
    /** Informerad */
    public static final String END_INFORMERAD = "End_Informerad";
    /** Utredningen har passerat det lokala målet */
    public static final String TASK_UTREDNINGSMALET_PASSERAT = "Task_UtredningsmaletPasserat";
    /** Chef informerad */
    public static final String END_CHEF_INFORMERAD = "End_ChefInformerad";
    /** Beräkna påminnelse för den nya fristen */
    public static final String SERVICE_BERAKNA_FORLANGD_UTREDNINGSFRIST = "Service_BeraknaForlangdUtredningsfrist";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_UTREDNING = "Timer_PaminnelseUtredning";
    /** Fristen passerad */
    public static final String TIMER_UTREDNINGSFRIST_PASSERAD = "Timer_UtredningsfristPasserad";
    /** Förlängd */
    public static final String EVENT_UTREDNING_FORLANGD = "Event_UtredningForlangd";
    /** Kommunicering (FL 25 §) */
    public static final String SUBPROCESS_KOMMUNICERING = "SubProcess_Kommunicering";
    /** Underlaget kommunicerat */
    public static final String START_KOMMUNICERING_SKICKAD = "Start_KommuniceringSkickad";
    /** Beräkna svarstiden */
    public static final String SERVICE_BERAKNA_KOMMUNICERINGSFRIST = "Service_BeraknaKommuniceringsfrist";
    /** Spara svarstiden på kommuniceringen */
    public static final String SERVICE_SPARA_KOMMUNICERINGSFRIST = "Service_SparaKommuniceringsfrist";
    /** Invänta svar på kommuniceringen */
    public static final String TASK_INVANTA_KOMMUNICERINGSSVAR = "Task_InvantaKommuniceringssvar";
    /** Svar eller utebliven svar registrerat */
    public static final String END_KOMMUNICERING_BESVARAD = "End_KommuniceringBesvarad";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** BARN_OCH_UNGA eller annan (Gateway_Barnutredning) */
    public static final String VAR_ARENDETYP = "arendetyp";

    public static final String VAR_UTREDNING_ID = "utredningId";
    public static final String VAR_UTREDNING_FRIST = "utredningFrist";

    private Utredningsprocessen() {}
}
