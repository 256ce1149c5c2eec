package se.tillit.beslut;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.tillit.beslut.Delegationsordning.Beslutsniva;

/** A handläggare's decision proposal outside their delegation, waiting for the chef or the utskott. */
public record Beslutsforslag(
        UUID id, UUID arendeId, List<NyttBeslut> beslut, Beslutsniva niva, String lamnatAv, OffsetDateTime lamnat) {}
