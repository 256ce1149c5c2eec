package se.tillit.sip;

import java.time.LocalDate;
import java.util.UUID;

/** C24: the consent was withdrawn. Sharing stopped when it was recorded; the process closes the SIP. */
public record SamtyckeAterkallat(UUID sipId, LocalDate datum) {}
