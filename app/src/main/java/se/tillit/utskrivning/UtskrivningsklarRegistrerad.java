package se.tillit.utskrivning;

import java.util.UUID;

/**
 * The first notice of utskrivningsklar of a stay was received: the SIP deadline starts.
 *
 * @param kallelseRedanMottagen the region's SIP kallelse came before the notice (out of order) and is already recorded
 */
public record UtskrivningsklarRegistrerad(UUID utskrivningId, boolean kallelseRedanMottagen) {}
