package se.tillit.motor;

import java.util.List;

/** The engine's history of a case (history level FULL), for the auditor. */
public interface Motorhistorik {

    /** Every step of every process of the case, and every user operation on them, oldest first. */
    List<Historikrad> forArende(String arendenummer);
}
