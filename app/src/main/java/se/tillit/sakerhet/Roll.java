package se.tillit.sakerhet;

/** The roles of Tillit. A user holds a role in one or more units. */
public enum Roll {
    /** Case worker: works the task lists of the unit. */
    HANDLAGGARE,
    /** Unit manager (enhetschef / myndighetschef): overdue views, extensions, reassignment. */
    CHEF,
    /** Auditor: reads every case's whole history, writes nothing. */
    REVISOR,
    /** Provider staff: orders, verkställighet, lex Sarah reports. */
    UTFORARE,
    /** System administrator: Camunda Cockpit, Admin and REST API, users. */
    ADMIN,
    /** Service account of another system: APIs with HTTP Basic only, never a browser login. */
    INTEGRATION,
    /**
     * The region's service account (its discharge and SIP system): only the region's messages about discharge from
     * hospital care and SIP, with HTTP Basic, never a browser login, and nothing else of the municipality's.
     */
    REGION,
    /**
     * The lex Sarah-ansvarig (SoL 2025:400 27 kap.; LSS 24 a–g §§; C33): receives the lex Sarah reports of the unit
     * where the role is held, investigates and assesses them, reports an allvarligt missförhållande to IVO and records
     * the measures. Held in a unit of type NAMND, it covers the reports of every unit (ADR 11). Sees who wrote a report.
     */
    LEXSARAH_ANSVARIG,
    /**
     * The monitoring system's service account (issue 16): reads {@code /actuator/prometheus} with HTTP Basic and
     * nothing else, no case, no API, no page.
     */
    MONITORING,
    /**
     * The municipality's user provisioning (its identity management system): a service account that creates accounts,
     * gives and takes units and roles, deactivates and reactivates, through {@code /api/admin/konton} and
     * {@code /api/admin/enheter} with HTTP Basic, and nothing else. It never gives ADMIN or a service account's role:
     * those an ADMIN gives in the browser (docs/security.md).
     */
    PROVISIONERING;

    /** The roles of service accounts of other systems: never held by a person, never given to one. */
    public boolean tjanstekontoroll() {
        return this == INTEGRATION || this == REGION || this == PROVISIONERING || this == MONITORING;
    }

    /** The Spring Security authority for URL rules, e.g. {@code ROLE_CHEF}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
