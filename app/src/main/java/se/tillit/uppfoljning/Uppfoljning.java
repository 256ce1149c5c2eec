package se.tillit.uppfoljning;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * @param genomford the day the follow-up was done, null while it is planned
 * @param registrerad when its result was registered, null while planned and for a result registered before this was
 *        recorded
 * @param registreradAv who registered the result (whoever completed the follow-up's task), null as {@code registrerad}
 */
public record Uppfoljning(
        LocalDate planerad, LocalDate genomford, String resultat, OffsetDateTime registrerad, String registreradAv) {}
