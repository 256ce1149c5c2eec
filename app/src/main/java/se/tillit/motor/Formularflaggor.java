package se.tillit.motor;

import java.util.Map;
import java.util.Set;

/**
 * Which values of a task's form go to the engine (docs/adr/0019): per user task (its BPMN id), the fields a gateway or
 * the model reads, all of them booleans or codes from the form's fixed options. Every other field, free text above all
 * (motiveringar, assessments, notes), is kept in our table {@code formularsvar} and never stored in the engine. A field
 * added to a form and read by a gateway is added here too; the test {@code FormularvardenTest} fails otherwise.
 */
public final class Formularflaggor {

    public static final String TASK_BEDOM_AKTUALISERING = Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING;
    public static final String TASK_BESLUTA_OM_UTREDNING = Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING;
    public static final String TASK_OMEDELBAR_SKYDDSBEDOMNING =
            Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING;
    public static final String TASK_FOLJA_UPP = Uppfoljningsprocessen.TASK_FOLJA_UPP;
    public static final String TASK_PLANERA_UTSKRIVNING = Utskrivningsprocessen.TASK_PLANERA_UTSKRIVNING;
    public static final String TASK_DELTA_I_SIP = Utskrivningsprocessen.TASK_DELTA_I_SIP;

    /** The outcome of an aktualisering or förhandsbedömning (gateway in arende.bpmn, aktualisering.bpmn). */
    public static final String BEDOMNING = Aktualiseringsprocessen.VAR_BEDOMNING;
    /** Whether the child needs immediate protection (the skyddsbedömning's flag). */
    public static final String OMEDELBART_SKYDDSBEHOV = Forhandsbedomningsprocessen.VAR_OMEDELBART_SKYDDSBEHOV;
    /** The outcome of a follow-up (gateway in uppfoljning.bpmn). */
    public static final String RESULTAT = Uppfoljningsprocessen.VAR_RESULTAT;

    public static final Map<String, Set<String>> PER_UPPGIFT = Map.of(
            TASK_BEDOM_AKTUALISERING, Set.of(BEDOMNING),
            TASK_BESLUTA_OM_UTREDNING, Set.of(BEDOMNING),
            TASK_OMEDELBAR_SKYDDSBEDOMNING, Set.of(OMEDELBART_SKYDDSBEHOV),
            TASK_FOLJA_UPP, Set.of(RESULTAT),
            TASK_PLANERA_UTSKRIVNING, Set.of(),
            TASK_DELTA_I_SIP, Set.of());

    /**
     * Free text that a service task right after the user task hands to a use case of ours (which stores it in our
     * tables): given to the engine as a transient value, which lives only in the transaction that completes the task and
     * is never written to the engine's tables or history.
     */
    public static final Set<String> TEXT_TILL_ANVANDNINGSFALL = Set.of("motivering", "anteckning");

    private Formularflaggor() {}

    /** Whether the field of this task's form is a flag the engine keeps. */
    public static boolean arFlagga(String uppgift, String falt) {
        return PER_UPPGIFT.getOrDefault(uppgift, Set.of()).contains(falt);
    }
}
