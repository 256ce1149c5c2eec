package se.tillit.motor;

/**
 * Element ids and messages of processes/lexsarah.bpmn: a lex Sarah report from investigation to its measures (C16, C25, C33, C50), that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class LexSarahprocessen {

    public static final String PROCESS = "lexsarah";
    /** Lex Sarah-rapport mottagen */
    public static final String START_LEX_SARAH_RAPPORT = "Start_LexSarahRapport";
    /** Mål för utredningen */
    public static final String RULE_UTREDNING_MAL = "Rule_UtredningMal";
    /** Utreda och dokumentera lex Sarah-rapporten */
    public static final String TASK_UTREDA_LEX_SARAH = "Task_UtredaLexSarah";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_UTREDNING = "Timer_PaminnelseUtredning";
    /** Målet passerat */
    public static final String TIMER_UTREDNING_MAL_PASSERAT = "Timer_UtredningMalPasserat";
    /** Påminn lex Sarah-ansvariga */
    public static final String SERVICE_PAMINN_UTREDNING = "Service_PaminnUtredning";
    /** Påminda */
    public static final String END_UTREDNING_PAMINND = "End_UtredningPaminnd";
    /** Utredningen av en lex Sarah-rapport har passerat målet */
    public static final String TASK_LEX_SARAH_UTREDNING_FORSENAD = "Task_LexSarahUtredningForsenad";
    /** Chefen underrättad */
    public static final String END_UTREDNING_CHEF_UNDERRATTAD = "End_UtredningChefUnderrattad";
    /** Mål för bedömningen */
    public static final String RULE_BEDOMNING_MAL = "Rule_BedomningMal";
    /** Bedöma om missförhållandet är allvarligt */
    public static final String TASK_BEDOMA_ALLVARLIGHET = "Task_BedomaAllvarlighet";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_BEDOMNING = "Timer_PaminnelseBedomning";
    /** Målet passerat */
    public static final String TIMER_BEDOMNING_MAL_PASSERAT = "Timer_BedomningMalPasserat";
    /** Påminn lex Sarah-ansvariga */
    public static final String SERVICE_PAMINN_BEDOMNING = "Service_PaminnBedomning";
    /** Påminda */
    public static final String END_BEDOMNING_PAMINND = "End_BedomningPaminnd";
    /** Bedömningen av en lex Sarah-rapport har passerat målet */
    public static final String TASK_LEX_SARAH_BEDOMNING_FORSENAD = "Task_LexSarahBedomningForsenad";
    /** Chefen underrättad */
    public static final String END_BEDOMNING_CHEF_UNDERRATTAD = "End_BedomningChefUnderrattad";
    /** Mål för anmälan till IVO */
    public static final String RULE_IVO_ANMALAN_MAL = "Rule_IvoAnmalanMal";
    /** Anmäla till IVO och registrera datum och IVO:s diarienummer */
    public static final String TASK_ANMALA_TILL_IVO = "Task_AnmalaTillIvo";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_IVO_ANMALAN = "Timer_PaminnelseIvoAnmalan";
    /** Målet passerat */
    public static final String TIMER_IVO_ANMALAN_MAL_PASSERAT = "Timer_IvoAnmalanMalPasserat";
    /** Påminn lex Sarah-ansvariga */
    public static final String SERVICE_PAMINN_IVO_ANMALAN = "Service_PaminnIvoAnmalan";
    /** Påminda */
    public static final String END_IVO_ANMALAN_PAMINND = "End_IvoAnmalanPaminnd";
    /** Anmälan till IVO har passerat målet */
    public static final String TASK_IVO_ANMALAN_FORSENAD = "Task_IvoAnmalanForsenad";
    /** Chefen underrättad */
    public static final String END_IVO_ANMALAN_CHEF_UNDERRATTAD = "End_IvoAnmalanChefUnderrattad";
    /** Mål för åtgärderna */
    public static final String RULE_ATGARDER_MAL = "Rule_AtgarderMal";
    /** Registrera åtgärderna och avsluta */
    public static final String TASK_REGISTRERA_ATGARDER = "Task_RegistreraAtgarder";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_ATGARDER = "Timer_PaminnelseAtgarder";
    /** Målet passerat */
    public static final String TIMER_ATGARDER_MAL_PASSERAT = "Timer_AtgarderMalPasserat";
    /** Påminn lex Sarah-ansvariga */
    public static final String SERVICE_PAMINN_ATGARDER = "Service_PaminnAtgarder";
    /** Påminda */
    public static final String END_ATGARDER_PAMINND = "End_AtgarderPaminnd";
    /** Åtgärderna i en lex Sarah-rapport har passerat målet */
    public static final String TASK_LEX_SARAH_ATGARDER_FORSENADE = "Task_LexSarahAtgarderForsenade";
    /** Chefen underrättad */
    public static final String END_ATGARDER_CHEF_UNDERRATTAD = "End_AtgarderChefUnderrattad";
    /** Allvarligt missförhållande? */
    public static final String GATEWAY_ALLVARLIGT = "Gateway_Allvarligt";

    public static final String GATEWAY_TILL_ATGARDER = "Gateway_TillAtgarder";
    /** Avslutad med åtgärder */
    public static final String END_LEX_SARAH_AVSLUTAD = "End_LexSarahAvslutad";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** Allvarligt missförhållande? (Gateway_Allvarligt) */
    public static final String VAR_ALLVARLIGT = "allvarligt";

    public static final String VAR_NAMND = "namnd";

    private LexSarahprocessen() {}
}
