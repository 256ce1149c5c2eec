package se.tillit.uppgift;

import java.util.List;
import java.util.UUID;

/** The open tasks of a case, for the case page. */
public interface Uppgiftsoversikt {

    List<OppenUppgift> forArende(UUID arendeId);
}
