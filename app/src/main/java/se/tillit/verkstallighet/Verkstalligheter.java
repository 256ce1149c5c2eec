package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.UUID;

public interface Verkstalligheter {

    /** The order to the provider, when the favourable decision's process starts. Idempotent per decision. */
    java.util.Optional<Verkstallighetsstatus> status(UUID beslutId);

    void bestall(UUID beslutId, String bestallandeEnhet, String utforare, String utforartyp, LocalDate onskadStart, String av);

    /** Open ej-verkställt records of orders placed by the unit (C7). */
    long antalEjVerkstallda(String bestallandeEnhet);

    /**
     * The provider (UTFORARE of the ordered unit) or a handläggare reports the date the insats started.
     * Closes an open ej-verkställt record. The date may not be before the decision.
     */
    void rapporteraVerkstalld(UUID beslutId, LocalDate verkstalld);

    void registreraAvbrott(UUID beslutId, LocalDate fran, String orsak);

    void registreraAterupptagande(UUID beslutId, LocalDate datum);

    /** Opens the ej-verkställt record (3 months passed from the decision or the avbrott). Idempotent. */
    void oppnaEjVerkstallt(UUID beslutId, String grund, LocalDate raknasFran, LocalDate oppnad);
}
