package se.tillit.motor;

/**
 * Element ids and messages of processes/individuellplan.bpmn: an LSS individuell plan and its yearly review (LSS 10 §), that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class IndividuellPlanprocessen {

    public static final String PROCESS = "individuellplan";
    public static final String MEDDELANDE_INDIVIDUELL_PLAN_AVSLUTAD = "IndividuellPlanAvslutad";
    /** Individuell plan begärd */
    public static final String START_INDIVIDUELL_PLAN_BEGARD = "Start_IndividuellPlanBegard";
    /** Upprätta individuell plan */
    public static final String TASK_UPPRATTA_INDIVIDUELL_PLAN = "Task_UpprattaIndividuellPlan";
    /** Beräkna nästa omprövning */
    public static final String SERVICE_BERAKNA_OMPROVNING = "Service_BeraknaOmprovning";
    /** Ompröva individuell plan */
    public static final String TASK_OMPROVA_INDIVIDUELL_PLAN = "Task_OmprovaIndividuellPlan";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_OMPROVNING = "Service_PaminnOmprovning";
    /** Påmind */
    public static final String END_OMPROVNING_PAMINND = "End_OmprovningPaminnd";
    /** Omprövningen av individuell plan är försenad */
    public static final String TASK_INDIVIDUELL_PLAN_FORSENAD = "Task_IndividuellPlanForsenad";
    /** Eskalerad */
    public static final String END_OMPROVNING_ESKALERAD = "End_OmprovningEskalerad";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_INDIVIDUELL_PLAN = "Timer_PaminnelseIndividuellPlan";
    /** Ett år passerat */
    public static final String TIMER_INDIVIDUELL_PLAN_FORSENAD = "Timer_IndividuellPlanForsenad";
    /** Personen avböjer eller återkallar */
    public static final String SUBPROCESS_INDIVIDUELL_PLAN_AVSLUTAD = "SubProcess_IndividuellPlanAvslutad";
    /** Avböjd eller återkallad */
    public static final String START_INDIVIDUELL_PLAN_AVSLUTAD = "Start_IndividuellPlanAvslutad";
    /** Planen avslutad */
    public static final String END_INDIVIDUELL_PLAN_AVSLUTAD = "End_IndividuellPlanAvslutad";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    public static final String VAR_INDIVIDUELL_PLAN_DATUM = "individuellPlanDatum";

    private IndividuellPlanprocessen() {}
}
