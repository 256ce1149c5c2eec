package se.tillit.motor;

/**
 * Element ids of {@code processes/beslut.bpmn} that code and tests name, so a renamed element fails at compile time
 * (as {@link Arendeprocessen}). Issue 17: the omprövning before giltig tom ends with the insats.
 */
public final class Beslutprocessen {

    public static final String PROCESS = "beslut";
    /** Sent by the avslut of an insats (POST /beslut/{id}/avslut) to every process of the decision that waits for it. */
    public static final String MEDDELANDE_INSATS_AVSLUTAD = "InsatsAvslutad";
    /** Waits for the decision's delgivning; it ends when the delgivning is registered. */
    public static final String RECEIVE_DELGIVNING = "Receive_Delgivning";

    /** R17, T03: the reminder day's wait and the omprövning task, in one scope the avslut interrupts. */
    public static final String SUBPROCESS_OMPROVNING_FORE_GILTIG_TOM = "SubProcess_OmprovningForeGiltigTom";
    public static final String TIMER_OMPROVNING_DAGS = "Timer_OmprovningDags";
    public static final String TASK_OMPROVA_FORE_GILTIG_TOM = "Task_OmprovaForeGiltigTom";
    public static final String END_OMPROVAT = "End_Omprovat";
    public static final String EVENT_INSATS_AVSLUTAD_FORE_OMPROVNING = "Event_InsatsAvslutadForeOmprovning";
    public static final String END_OMPROVNING_INSATS_AVSLUTAD = "End_OmprovningInsatsAvslutad";

    private Beslutprocessen() {
    }
}
