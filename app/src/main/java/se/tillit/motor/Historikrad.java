package se.tillit.motor;

import java.time.OffsetDateTime;

/**
 * One entry of a case's history in the engine: a step that ran or a user operation (claim, assign, complete).
 *
 * @param vem the user, or null for the engine itself (a timer, a service task)
 */
public record Historikrad(OffsetDateTime tid, String vem, String vad, String detalj) {
}
