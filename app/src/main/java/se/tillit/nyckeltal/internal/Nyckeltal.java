package se.tillit.nyckeltal.internal;

/** The indicators, each with how its value is read; the definitions are in the message files (nyckeltal.def.*). */
enum Nyckeltal {
    /** R06: investigations finished within their deadline, per case type. */
    UTREDNING_INOM_FRIST(Typ.ANDEL, "R06"),
    /** C40: förhandsbedömningar decided within 14 days of the aktualisering. */
    FORHANDSBEDOMNING_INOM_14_DAGAR(Typ.ANDEL, "C40"),
    /** C40: child investigations finished within four months. */
    BARNUTREDNING_INOM_4_MANADER(Typ.ANDEL, "C40"),
    /** C40: of the child investigations past four months, those with a förlängningsbeslut. */
    BARNUTREDNING_OVER_4_MANADER_FORLANGD(Typ.ANDEL, "C40"),
    /** R16: executed decisions in force that were followed up this calendar year. */
    BESLUT_UPPFOLJDA_UNDER_ARET(Typ.ANDEL, "R16"),
    /** T03: time-limited decisions reconsidered (a new decision) before they ran out. */
    TIDSBEGRANSADE_OMPROVADE_I_TID(Typ.ANDEL, "T03"),
    /** R14: aktualiseringar of a person whose case of the type closed less than 365 days before. */
    ATERAKTUALISERADE_INOM_365_DAGAR(Typ.ANDEL, "R14"),
    /** The average days from decision to verkställighet, for decisions executed in the period. */
    DAGAR_FRAN_BESLUT_TILL_VERKSTALLIGHET(Typ.MEDEL, "R22"),
    /**
     * Kolada U28418: the average days from decision to the start (moving in) of a bostad med särskild service for adults
     * (LSS 9 § 9), for those decisions executed in the period, per the person's sex (K, M) as Kolada splits it.
     */
    VERKSTALLIGHET_LSS_BOSTAD(Typ.MEDEL, "R22", "U28418"),
    /** R11: the average length in days of children's placements ended in the period, per placement form (issue 17). */
    PLACERINGSDYGN_PER_FORM(Typ.MEDEL, "R11"),
    /**
     * R10: of the offers of a support contact to placed children's parents due in the period, those whose task was
     * completed by its last day (a week after the placement; target 100 %), read through the barn module's API.
     */
    FORALDRASTOD_INOM_7_DAGAR(Typ.ANDEL, "R10"),
    /** R19: of every genomförandeplan first set in the period, those showing that and how the person took part (R18). */
    GENOMFORANDEPLANER_MED_DELAKTIGHET(Typ.ANDEL, "R19");

    enum Typ {
        /** taljare / namnare as a percentage */
        ANDEL,
        /** taljare (a sum of days) / namnare (a count) */
        MEDEL
    }

    final Typ typ;
    final String kalla;
    /** The Kolada KPI with the same definition (docs/kolada.md, with its source); null where Kolada has none. */
    final String koladaId;

    Nyckeltal(Typ typ, String kalla) {
        this(typ, kalla, null);
    }

    Nyckeltal(Typ typ, String kalla, String koladaId) {
        this.typ = typ;
        this.kalla = kalla;
        this.koladaId = koladaId;
    }

    /** For the page: a share in per cent, or else an average in days. */
    public boolean andel() {
        return typ == Typ.ANDEL;
    }

    /** Whether its groups are the person's sex (K, M), as Kolada splits a KPI by gender. */
    boolean perKon() {
        return this == VERKSTALLIGHET_LSS_BOSTAD;
    }

    /** The requirement or law reference behind it. */
    public String kalla() {
        return kalla;
    }
}
