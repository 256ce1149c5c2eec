package se.tillit.uppgift;

import java.util.Map;
import java.util.Optional;

/**
 * Commands on the engine's user tasks for the task lists, in the engine's terms but without its types.
 * Authorization is the caller's (the uppgift module checks the unit and role first).
 */
public interface Uppgiftsmotor {

    /**
     * The ids of the user tasks in the latest version of every deployed process (the task types of the lists),
     * so a filter offers every type there is, including one added by a new process version.
     */
    java.util.List<String> uppgiftstyper();

    /** The Camunda Form linked from the task, if it has one. */
    Optional<DriftsattFormular> formular(String taskId);

    /**
     * A deployed Camunda Form: the id of its definition (null if the engine could not name one) and its JSON. A
     * deployed form never changes, so what is derived from the JSON may be kept by the id.
     */
    record DriftsattFormular(String id, String json) {}

    void ta(String taskId, String anvandarnamn);

    void slapp(String taskId);

    void tilldela(String taskId, String anvandarnamn);

    /**
     * Whether the task has been completed (it is in the engine's history with an end time). A second click on
     * "Slutför", or a colleague who was quicker, is told so instead of meeting a missing task.
     */
    boolean arSlutford(String taskId);

    /** Completes the task with the form's values as process variables (strings, booleans, numbers). */
    void slutfor(String taskId, Map<String, Object> varden);

    /**
     * The id of the decision an open task is about (its process variable {@code beslutId}), or empty: a task of a case
     * or a person, or no task. Issue 17: the case page links each decision's follow-up, and a follow-up's outcome leads
     * to that decision's next step.
     */
    Optional<java.util.UUID> beslutFor(String taskId);
}
