package se.tillit.beslut;

import java.util.UUID;
import se.tillit.beslut.Delegationsordning.Beslutsniva;

/** Published in the proposing transaction: the case's decision task goes on to whoever the delegation names. */
public record BeslutsforslagLamnat(UUID arendeId, String arendenummer, UUID forslagId, Beslutsniva niva) {}
