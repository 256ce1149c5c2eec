package se.tillit.motor;

/**
 * Element ids and messages of processes/forhandsbedomning.bpmn: the förhandsbedömning of a report about a child (SoL 2025:400), that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class Forhandsbedomningsprocessen {

    public static final String PROCESS = "forhandsbedomning";
    public static final String MEDDELANDE_FORHANDSBEDOMNING_FORLANGD = "ForhandsbedomningForlangd";
    /** Anmälan om barn */
    public static final String START_ANMALAN = "Start_Anmalan";
    /** Beräkna frister */
    public static final String SERVICE_BERAKNA_FRISTER = "Service_BeraknaFrister";
    /** Beräkna frist för skyddsbedömning */
    public static final String SERVICE_BERAKNA_SKYDDSFRIST = "Service_BeraknaSkyddsfrist";
    /** Gör omedelbar skyddsbedömning */
    public static final String TASK_OMEDELBAR_SKYDDSBEDOMNING = "Task_OmedelbarSkyddsbedomning";
    /** Besluta om utredning ska inledas */
    public static final String TASK_BESLUTA_OM_UTREDNING = "Task_BeslutaOmUtredning";
    /** Förhandsbedömning klar */
    public static final String END_FORHANDSBEDOMD = "End_Forhandsbedomd";
    /** Skyddsbedömning inte gjord samma dag */
    public static final String TASK_SKYDDSBEDOMNING_FORSENAD = "Task_SkyddsbedomningForsenad";
    /** Eskalerad */
    public static final String END_SKYDDSBEDOMNING_ESKALERAD = "End_SkyddsbedomningEskalerad";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_FORHANDSBEDOMNING = "Service_PaminnForhandsbedomning";
    /** Påmind */
    public static final String END_PAMINND = "End_Paminnd";
    /** Förhandsbedömningen har passerat 14 dagar */
    public static final String TASK_FORHANDSBEDOMNING_FORSENAD = "Task_ForhandsbedomningForsenad";
    /** Eskalerad */
    public static final String END_FORHANDSBEDOMNING_ESKALERAD = "End_ForhandsbedomningEskalerad";
    /** Beräkna påminnelse för den nya fristen */
    public static final String SERVICE_BERAKNA_FORLANGD_FRIST = "Service_BeraknaForlangdFrist";
    /** Inte gjord samma dag */
    public static final String TIMER_SKYDDSBEDOMNING_FORSENAD = "Timer_SkyddsbedomningForsenad";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_FORHANDSBEDOMNING = "Timer_PaminnelseForhandsbedomning";
    /** 14 dagar passerade */
    public static final String TIMER_FORHANDSBEDOMNING_FRIST_PASSERAD = "Timer_ForhandsbedomningFristPasserad";
    /** Förlängd */
    public static final String EVENT_FORHANDSBEDOMNING_FORLANGD = "Event_ForhandsbedomningForlangd";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** Beslutet om utredning: LEDER_TILL_UTREDNING eller LEDER_INTE_TILL_UTREDNING */
    public static final String VAR_BEDOMNING = "bedomning";
    /** The skyddsbedömning's flag: is the child in need of immediate protection (form skyddsbedomning) */
    public static final String VAR_OMEDELBART_SKYDDSBEHOV = "omedelbartSkyddsbehov";

    public static final String VAR_FORHANDSBEDOMNING_FRIST = "forhandsbedomningFrist";

    private Forhandsbedomningsprocessen() {}
}
