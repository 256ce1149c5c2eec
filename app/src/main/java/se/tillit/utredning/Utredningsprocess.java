package se.tillit.utredning;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * What the investigation's process waits for, read from the engine (implemented in the motor module, which the
 * utredning module cannot depend on): the investigation page shows who holds the task, and only that handläggare signs.
 */
public interface Utredningsprocess {

    /** The open task Utreda of the investigation, or empty when the process no longer waits for it. */
    Optional<Processuppgift> utreda(UUID utredningId);

    /** The open task waiting for the reply to a kommunicering, or empty. */
    Optional<Processuppgift> kommuniceringssvar(UUID utredningId);

    /** @param tilldelad the user who has taken the task, or null */
    record Processuppgift(String taskId, String tilldelad, OffsetDateTime forfaller) {}
}
