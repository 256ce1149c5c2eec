package se.tillit.sip;

import java.util.UUID;

/** The person does not want a SIP (recorded); the process closes it. */
public record SipAvbojd(UUID sipId) {}
