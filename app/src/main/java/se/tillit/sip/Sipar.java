package se.tillit.sip;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the other modules use of SIP: the case page, the process's last step and the KPI. */
public interface Sipar {

    /** The SIP, without an access check: the caller checks the unit. */
    Optional<Sip> hitta(UUID sipId);

    /** The person's SIPs in every unit, newest first. The caller shows only those of units it may read. */
    List<Sip> forPerson(UUID personId);

    /** The process's last step: closes the SIP with a reason. Closing a closed SIP is harmless. */
    void avsluta(UUID sipId, Sipavslut orsak, LocalDate dag, String av);

    /** R20 for the units on the date, computed from the records (never entered by hand). */
    Nyckeltal nyckeltal(LocalDate datum, Collection<String> enheter);
}
