package se.tillit.sip;

import java.util.UUID;

/** C24 (SamtyckeGivet): the person consented; the kallelse is next. */
public record SamtyckeRegistrerat(UUID sipId) {}
