package se.tillit.sakerhet;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every login, logout, failed login and lockout, by any method (issue 16): who (as typed, for a failure), when, what,
 * how and from which address. Read by the auditor; written only by the security module.
 */
public interface Inloggningslogg {

    /** {@code UPPLAST}: an administrator lifted a lockout before its time (the account page, with a reason). */
    enum Handelse {
        INLOGGNING,
        UTLOGGNING,
        MISSLYCKAD,
        NEKAD,
        SPARRAD,
        UPPLAST
    }

    /** {@code ADMIN}: not a login, an administrator's act on the account (an unlock). */
    enum Metod {
        LOSENORD,
        OIDC,
        BASIC,
        ADMIN
    }

    /** Why a row was written other than a plain login or logout; each has the message key {@code inloggning.orsak.X}. */
    enum Orsak {
        /** wrong password or unknown user name (never told apart) */
        FEL_UPPGIFTER,
        /** the account (or the name as typed) is locked after repeated failures */
        KONTO_SPARRAT,
        /** the source address is throttled after repeated failures */
        ADRESS_STRYPT,
        /** the lockout itself: of the name as typed ({@code KONTO}) or of the source address ({@code ADRESS}) */
        KONTO,
        ADRESS,
        INAKTIVT_KONTO,
        TJANSTEKONTO_I_WEBBLASARE,
        PERSON_MED_BASIC,
        /** a person's local password while the installation logs people in through the identity provider only */
        LOKALT_LOSENORD_AVSTANGT,
        /** the identity provider's user has no Tillit account */
        SAKNAR_KONTO,
        /** the account holds no role */
        SAKNAR_ROLL,
        /** the identity provider answered with an error, or the answer did not hold */
        IDP_FEL,
        /** the session had lived its absolute lifetime */
        SESSION_MAXTID
    }

    record Rad(
            OffsetDateTime tidpunkt, String anvandarnamn, Handelse handelse, Metod metod, Orsak orsak, String kallip) {}

    /** The log filtered by user name, event and period (each optional), newest first, at most {@code max} rows. */
    List<Rad> lista(String anvandarnamn, Handelse handelse, OffsetDateTime fran, OffsetDateTime till, int max);
}
