package se.tillit.uppgift;

import java.util.List;
import java.util.UUID;

/** The documents of a case, oldest first. The caller checks access and logs the read. */
public interface Handlingar {

    List<Handling> forArende(UUID arendeId);
}
