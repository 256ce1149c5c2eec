package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order (beställning) as its provider sees it: what the order needs to start (the insats, omfattning and nivå, the
 * requested start, who ordered it and whom it is for) and where it stands. Nothing else of the case: no investigation,
 * no journal, no motivering.
 *
 * @param bestallandeEnhet the authority unit that ordered it (the case's unit for orders older than V7)
 * @param bestalldAv the user who placed the order (the engine's "system:motor" when no user was behind it)
 * @param beslutsfattare the user who made the decision: the contact when the order names no user
 * @param bostad a housing insats (bostad med särskild service): a booked place is paid as tomdygn until move-in (R24)
 * @param avbrott the interruptions, oldest first; the last one without {@code till} while it lasts
 * @param hinder the provider's latest statement of why the order cannot start (or resume) yet, null if none
 * @param ejVerkstalltSedan the day an open ej-verkställt record was opened, else null
 * @param slut the day the order ended, null while it runs (see {@link Slut})
 * @param arendetsAvslutsorsak when the case was closed: its reason (an {@code Avslutsorsak} name), else null
 * @param insatsensAvslutsorsak when the insats was ended on the decision's page: its reason (an {@code Insatsslut}
 *        name), else null
 */
public record Bestallning(
        UUID beslutId,
        UUID arendeId,
        String arendenummer,
        UUID personId,
        String insatstyp,
        String omfattning,
        Integer niva,
        LocalDate beslutsdatum,
        LocalDate giltigFrom,
        LocalDate giltigTom,
        String utforare,
        String utforartyp,
        String bestallandeEnhet,
        String bestalldAv,
        String beslutsfattare,
        OffsetDateTime bestalld,
        LocalDate onskadStart,
        boolean bostad,
        OffsetDateTime accepterad,
        String accepteradAv,
        LocalDate platsBokad,
        LocalDate verkstalld,
        List<Avbrott> avbrott,
        Hinder hinder,
        LocalDate ejVerkstalltSedan,
        LocalDate slut,
        Slut slutorsak,
        String arendetsAvslutsorsak,
        Status status,
        String insatsensAvslutsorsak) {

    public Bestallning {
        avbrott = List.copyOf(avbrott);
    }

    /** Where an order stands, in the order the provider works them. */
    public enum Status {
        /** Placed, not yet accepted or started. */
        NY,
        /** Accepted by the provider, not yet started (a place may be booked). */
        ACCEPTERAD,
        /** Started (verkställd) and running. */
        VERKSTALLD,
        /** Started, and interrupted (avbrott) until it is resumed. */
        AVBRUTEN,
        /** Ended: the order closed, the decision's validity ran out, or the case was closed. */
        AVSLUTAD;

        /** Whether the order is still the provider's to start: the "cannot start yet" statement belongs here. */
        public boolean vantarPaStart() {
            return this == NY || this == ACCEPTERAD || this == AVBRUTEN;
        }
    }

    /** Why an order ended. */
    public enum Slut {
        BESTALLNINGEN_AVSLUTAD,
        GILTIGHETEN_UPPHORDE,
        ARENDET_AVSLUTAT,
        INSATSEN_AVSLUTAD
    }

    /** An interruption: {@code till} null while it lasts. */
    public record Avbrott(LocalDate fran, LocalDate till, String orsak) {}

    /** The provider's statement of why the order cannot start yet. */
    public record Hinder(Drojsmalsorsak orsak, String orsakText, OffsetDateTime registrerad, String registreradAv) {}

    /**
     * The provider's statement while it holds: the order waits to start, or to resume after the avbrott going on (a
     * statement from before the avbrott was about the start, and no longer holds). Null otherwise.
     */
    public Hinder aktuelltHinder() {
        if (hinder == null || !status.vantarPaStart()) {
            return null;
        }
        Avbrott pagaende = pagaendeAvbrott();
        return pagaende == null || !hinder.registrerad().toLocalDate().isBefore(pagaende.fran()) ? hinder : null;
    }

    /** The interruption going on, if any. */
    public Avbrott pagaendeAvbrott() {
        return avbrott.isEmpty() || avbrott.get(avbrott.size() - 1).till() != null
                ? null
                : avbrott.get(avbrott.size() - 1);
    }
}
