package se.tillit.beslut;

import java.util.List;
import java.util.UUID;

/**
 * The decision page as submitted: one decision per applied insats, taken together and told the person in one letter.
 *
 * @param utskottsprotokoll for a decision the delegationsordning gives the committee's utskott: the minutes' reference
 *        (e.g. "SU 2026-12-10 § 14") the chef registers it with; null otherwise
 * @param formularId the page's own id for this submit: a second submit of the same page decides nothing twice
 */
public record Beslutstillfalle(UUID arendeId, List<NyttBeslut> beslut, String utskottsprotokoll, UUID formularId) {}
