package se.tillit.person;

import java.util.Set;
import java.util.UUID;

/**
 * The units in which a person has a case, open or closed: who works there may change the person's address and
 * protection. Implemented by the case module (which depends on this one), so the person module decides who may change
 * a person without reading cases itself.
 */
public interface PersonensEnheter {

    Set<String> enheter(UUID personId);
}
