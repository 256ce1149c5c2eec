package se.tillit.motor;

/**
 * Element ids and messages of processes/begaranOmAvgorande.bpmn: a request for a decision on a matter (begäran om avgörande, FL 12 §), that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class BegaranOmAvgorandeprocessen {

    public static final String PROCESS = "begaranOmAvgorande";
    /** Begäran om avgörande inkommen */
    public static final String START_BEGARAN_INKOMMEN = "Start_BegaranInkommen";
    /** Beräkna fyra veckor */
    public static final String SERVICE_BERAKNA_FRIST = "Service_BeraknaFrist";
    /** Avgör ärendet eller avslå begäran om avgörande */
    public static final String TASK_AVGORA_ELLER_AVSLA = "Task_AvgoraEllerAvsla";
    /** Begäran besvarad */
    public static final String END_BESVARAD = "End_Besvarad";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_BEGARAN = "Service_PaminnBegaran";
    /** Påmind */
    public static final String END_BEGARAN_PAMINND = "End_BegaranPaminnd";
    /** Begäran om avgörande är inte besvarad inom fyra veckor */
    public static final String TASK_BEGARAN_FORSENAD = "Task_BegaranForsenad";
    /** Eskalerad */
    public static final String END_BEGARAN_ESKALERAD = "End_BegaranEskalerad";
    /** En vecka kvar */
    public static final String TIMER_PAMINNELSE_BEGARAN = "Timer_PaminnelseBegaran";
    /** Fyra veckor passerade */
    public static final String TIMER_BEGARAN_FORSENAD = "Timer_BegaranForsenad";

    private BegaranOmAvgorandeprocessen() {}
}
