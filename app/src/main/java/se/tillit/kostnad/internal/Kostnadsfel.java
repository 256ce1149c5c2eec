package se.tillit.kostnad.internal;

import java.util.UUID;

/** An insats that could not be priced, and why: shown with the month, never counted as zero. */
record Kostnadsfel(
        UUID beslutId, String arendenummer, String utforare, String bestallandeEnhet, String insatstyp, String orsak) {}
