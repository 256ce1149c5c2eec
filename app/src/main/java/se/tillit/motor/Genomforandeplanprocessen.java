package se.tillit.motor;

/**
 * Element ids and messages of processes/genomforandeplan.bpmn: the provider's genomförandeplan for an ordered insats (R18), that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class Genomforandeplanprocessen {

    public static final String PROCESS = "genomforandeplan";
    public static final String MEDDELANDE_INSATS_AVSLUTAD = "InsatsAvslutad";
    /** Insatsen har startat */
    public static final String START_INSATS_VERKSTALLD = "Start_InsatsVerkstalld";
    /** Beräkna målet för planen */
    public static final String SERVICE_BERAKNA_GENOMFORANDEPLAN_MAL = "Service_BeraknaGenomforandeplanMal";
    /** Upprätta genomförandeplan med personen */
    public static final String TASK_UPPRATTA_GENOMFORANDEPLAN = "Task_UpprattaGenomforandeplan";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_GENOMFORANDEPLAN = "Timer_PaminnelseGenomforandeplan";
    /** Målet passerat */
    public static final String TIMER_GENOMFORANDEPLAN_MAL_PASSERAT = "Timer_GenomforandeplanMalPasserat";
    /** Påminn utföraren */
    public static final String SERVICE_PAMINN_GENOMFORANDEPLAN = "Service_PaminnGenomforandeplan";
    /** Påmind */
    public static final String END_GENOMFORANDEPLAN_PAMINND = "End_GenomforandeplanPaminnd";
    /** Genomförandeplanen har passerat målet */
    public static final String TASK_GENOMFORANDEPLAN_FORSENAD = "Task_GenomforandeplanForsenad";
    /** Chefen underrättad */
    public static final String END_GENOMFORANDEPLAN_CHEF_UNDERRATTAD = "End_GenomforandeplanChefUnderrattad";
    /** Planen fastställd */
    public static final String END_GENOMFORANDEPLAN_FASTSTALLD = "End_GenomforandeplanFaststalld";
    /** Insatsen avslutas */
    public static final String SUBPROCESS_INSATS_AVSLUTAD = "SubProcess_InsatsAvslutad";
    /** Insatsen avslutad */
    public static final String START_INSATS_AVSLUTAD = "Start_InsatsAvslutad";
    /** Ingen plan behövs */
    public static final String END_PLANEN_BEHOVS_INTE = "End_PlanenBehovsInte";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    public static final String VAR_VERKSTALLD_DATUM = "verkstalldDatum";
    public static final String VAR_UTFORARE = "utforare";

    private Genomforandeplanprocessen() {}
}
