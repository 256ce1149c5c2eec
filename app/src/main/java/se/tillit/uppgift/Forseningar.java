package se.tillit.uppgift;

import java.util.Map;

/**
 * Open tasks that are overdue or due soon, counted for the chef's view: per unit and per handläggare.
 *
 * @param perUppgiftstyp task type (BPMN id) to [overdue, due within N days]
 * @param perHandlaggare assignee (or "" for unassigned) to overdue count
 * @param vantarPaForlangningsbeslut child investigations past four months without a förlängningsbeslut: the
 *        chef's own open escalations (R04, R05)
 */
public record Forseningar(
        String enhet,
        Map<String, long[]> perUppgiftstyp,
        Map<String, Long> perHandlaggare,
        long vantarPaForlangningsbeslut) {}
