package se.tillit.arende;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the registering transaction; the request's process (and its four weeks) starts from it. */
public record BegaranOmAvgorandeRegistrerad(
        UUID begaranId, UUID arendeId, String arendenummer, String enhet, LocalDate inkom) {}
