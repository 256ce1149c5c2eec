package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.UUID;

public interface Verkstalligheter {

    /** The order to the provider, when the favourable decision's process starts. Idempotent per decision. */
    java.util.Optional<Verkstallighetsstatus> status(UUID beslutId);

    void bestall(
            UUID beslutId,
            String bestallandeEnhet,
            String utforare,
            String utforartyp,
            LocalDate onskadStart,
            String av);

    /** Open ej-verkställt records of orders placed by the unit (C7). */
    long antalEjVerkstallda(String bestallandeEnhet);

    /**
     * The provider (UTFORARE of the ordered unit) or a handläggare reports the date the insats started.
     * Closes an open ej-verkställt record. The date may not be before the decision. The order keeps who reported it
     * and when ({@link Verkstallighetsstatus#verkstalldAv()}).
     */
    void rapporteraVerkstalld(UUID beslutId, LocalDate verkstalld);

    void registreraAvbrott(UUID beslutId, LocalDate fran, String orsak);

    void registreraAterupptagande(UUID beslutId, LocalDate datum);

    /**
     * Every ordered insats of a favourable decision that is executed, or booked (housing), on some day of
     * {@code fran}–{@code tom}: the base of the month's cost (R24–R28). Read in one pass for the whole municipality.
     */
    java.util.List<BestalldInsats> bestalldaInsatser(LocalDate fran, LocalDate tom);

    /**
     * The provider (UTFORARE of the ordered unit) or a handläggare records the day a place in bostad med särskild
     * service was booked for the person: from then until move-in the provider is paid at level 1 (tomdygn, R24).
     */
    void registreraBokadPlats(UUID beslutId, LocalDate datum);

    /**
     * Records attendance at daily activity for days (R26): by the ordered provider's staff or a handläggare of the
     * case's unit. A day can be changed; the last record counts, with who recorded it.
     */
    void registreraNarvaro(java.util.List<Narvarodag> dagar);

    /**
     * Opens the ej-verkställt record (3 months passed from the decision or the avbrott). Idempotent. The provider's
     * current reason why the order cannot start, given since the decision (or the avbrott), becomes its first statement.
     */
    void oppnaEjVerkstallt(UUID beslutId, String grund, LocalDate raknasFran, LocalDate oppnad);

    /**
     * The provider (UTFORARE of the ordered unit, or a service account) accepts the order. Accepting an accepted order
     * changes nothing; an order already started or ended cannot be accepted (400). A handläggare who may read the case
     * gets 403 (the acceptance is the provider's), anyone else 404.
     */
    void acceptera(UUID beslutId);

    /**
     * The provider (UTFORARE of the ordered unit, or a service account) states why the order cannot start, or resume
     * after an avbrott, yet (R22, C36). A new statement replaces the current one, which is kept. While an ej-verkställt
     * record is open, the statement becomes the record's (and IVO's report's) reason at once, keeping the handläggare's
     * consequences and interim insatser; before it opens, it is carried over when it opens. ANNAN needs the text.
     * Access as {@link #acceptera(UUID)}.
     */
    void angeHinder(UUID beslutId, Drojsmalsorsak orsak, String orsakText);
}
