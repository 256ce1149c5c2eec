package se.tillit.uppgift;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A user task was created (published inside the engine's transaction): of a case, of a person outside any case
 * (a SIP), or of a lex Sarah report.
 *
 * @param arendeId the case, or null for a task of a person outside any case or of a lex Sarah report
 * @param arendenummer the process's business key: the case number, a SIP's key, or the lex Sarah report's number
 * @param kandidatgrupp e.g. {@code LSS:HANDLAGGARE}; for a task offered to several groups, the one of the task's
 *        own unit (the process variable {@code enhet})
 * @param fristKalla LAG or LOKALT_MAL for tasks with a deadline rule, else null
 * @param dagberakning KALENDERDAGAR or FLYTTAS_TILL_VARDAG, else null
 * @param personId the person when the process carries one (a SIP), else null: a case's task has the case's person
 * @param sida the page where the task is done (its form key, e.g. {@code /sip/<id>}), or null: on the task's own page
 * @param lexsarahId the lex Sarah report, or null
 * @param flerKandidatgrupper the task's other candidate groups, e.g. the committee's {@code NAMND:LEXSARAH_ANSVARIG}
 */
public record UppgiftSkapad(
        String taskId,
        String processInstanceId,
        UUID arendeId,
        String arendenummer,
        String uppgiftstyp,
        String namn,
        String kandidatgrupp,
        String tilldelad,
        OffsetDateTime skapad,
        OffsetDateTime forfaller,
        String fristKalla,
        String dagberakning,
        UUID personId,
        String sida,
        UUID lexsarahId,
        List<String> flerKandidatgrupper) {

    public UppgiftSkapad {
        flerKandidatgrupper = flerKandidatgrupper == null ? List.of() : List.copyOf(flerKandidatgrupper);
    }
}
