package se.tillit.sip;

import java.time.LocalDate;

/** C24: the consent, with its scope, date, who gave it, who recorded it, and its withdrawal. */
public record Samtycke(
        String omfattning,
        LocalDate givet,
        Samtyckesgivare lamnatAv,
        String registreratAv,
        LocalDate aterkallat,
        String aterkallatAv) {

    /** Given and not withdrawn: only then is anything shared with the region. */
    public boolean galler() {
        return aterkallat == null;
    }
}
