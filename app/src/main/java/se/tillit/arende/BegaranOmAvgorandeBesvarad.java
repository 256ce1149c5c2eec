package se.tillit.arende;

import java.util.UUID;

/** Published in the answering transaction; the request's waiting task completes with it. */
public record BegaranOmAvgorandeBesvarad(UUID begaranId, BegaranOmAvgorande.Utfall utfall) {}
