package se.tillit.utskrivning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Discharge from hospital care in gallring (issue 18, docs/adr/0024). Every discharge belongs to a case (it came in as an
 * aktualisering of it), so it is part of that case's file: read for its last entry, in use while the patient is still in
 * hospital, and destroyed with the case, with the region's messages about the stay.
 */
public interface Utskrivningsgallring {

    /** Per case, the latest day a discharge of it recorded anything, messages included. A case without one is left out. */
    Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden);

    /** The cases with a patient still in hospital (inskriven or utskrivningsklar): their file is in use. */
    Set<UUID> pagaende(Collection<UUID> arenden);

    /** @return rows per kind (table), only kinds with rows; in the caller's transaction */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
