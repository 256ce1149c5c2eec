package se.tillit.sakerhet;

import java.util.Optional;

/** The units of the social services. */
public interface Enhetsregister {

    Optional<Enhet> hitta(String kod);

    /**
     * The unit's name for a page, a CSV or a PDF instead of its code; the code itself when no unit has it, null for null.
     * Templates reach it as {@code ${@enhetsregister.namn(kod)}}.
     */
    String namn(String kod);

    /** Every unit, deactivated ones too (their past still counts: reports, key figures), sorted by name. */
    java.util.List<Enhet> alla();

    /** The units not deactivated, sorted by name: what a form offers for new work (a decision's provider, a report). */
    java.util.List<Enhet> aktiva();

    /** The accounts holding the role in the unit: user name to display name, sorted by name. */
    java.util.Map<String, String> medRoll(String enhet, Roll roll);

    /** The e-mail addresses of active accounts, by user name; accounts without one are left out. */
    java.util.Map<String, String> epost(java.util.Collection<String> anvandarnamn);
}
