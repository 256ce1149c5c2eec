package se.tillit.revision;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The access log's chain (issue 18): every row sealed into one SHA-256 chain, so that a changed, removed or inserted
 * row is found by walking it. The database refuses updates and deletes; this is how a rewrite by someone who can
 * bypass that (the database's owner) is still seen.
 */
public interface Loggkedja {

    /**
     * What one walk of the chain found.
     *
     * @param brutetId the first row whose content, position or chain hash does not follow, empty when the chain holds
     * @param brutenPosition its position in the chain
     * @param granskade the rows that held before it (all sealed rows when whole)
     * @param sistaHash the last chain hash that held, hex; the value to compare with a copy kept outside the database
     * @param sistaTidpunkt when the last row that held was written
     * @param oforseglade rows written and not yet sealed (sealed within seconds)
     */
    record Kontroll(
            Optional<Long> brutetId,
            Optional<Long> brutenPosition,
            long granskade,
            String sistaHash,
            OffsetDateTime sistaTidpunkt,
            long oforseglade,
            OffsetDateTime kontrollerad) {

        public boolean hel() {
            return brutetId.isEmpty();
        }
    }

    /** Walks the whole chain. */
    Kontroll kontrollera();

    /** Seals the rows written since the last sealing (the scheduled job does this every few seconds); returns how many. */
    int forsegla();
}
