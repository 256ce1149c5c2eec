package se.tillit.utskrivning;

import java.util.UUID;

/** The patient was discharged, or the region aborted the process: the municipality's open tasks for it end. */
public record UtskrivningAvslutad(UUID utskrivningId) {}
