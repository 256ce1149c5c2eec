package se.tillit.lexsarah.internal;

import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * How much of a report a user sees (ADR 11). The author is a need-to-know fact: the lex Sarah-ansvariga who
 * investigate (and may need to ask the author), the auditors and the administrators see it; nobody else does.
 */
enum Atkomst {
    /** The report does not exist for the user: 404. */
    INGEN,
    /** The author's own report: what they wrote, and where it is; nothing of the investigation. */
    EGEN,
    /** The chef of the unit concerned: the whole handling, without the author. */
    UTAN_RAPPORTOR,
    /** The lex Sarah-ansvarig of the unit or of the committee, a revisor, an administrator: everything. */
    FULL;

    boolean seHandlaggningen() {
        return this == UTAN_RAPPORTOR || this == FULL;
    }

    boolean seRapportor() {
        return this == FULL;
    }

    static Atkomst bestam(InloggadAnvandare anvandare, String enhet, String namnd, String rapportor) {
        if (arAnsvarig(anvandare, enhet, namnd) || anvandare.harRoll(Roll.REVISOR) || anvandare.harRoll(Roll.ADMIN)) {
            return FULL;
        }
        if (anvandare.harRollIEnhet(enhet, Roll.CHEF)) {
            return UTAN_RAPPORTOR;
        }
        return anvandare.anvandarnamn().equals(rapportor) ? EGEN : INGEN;
    }

    /** The lex Sarah-ansvarig of the unit concerned, or of the committee (which covers every unit). */
    static boolean arAnsvarig(InloggadAnvandare anvandare, String enhet, String namnd) {
        return anvandare.harRollIEnhet(enhet, Roll.LEXSARAH_ANSVARIG)
                || anvandare.harRollIEnhet(namnd, Roll.LEXSARAH_ANSVARIG);
    }
}
