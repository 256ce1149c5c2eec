package se.tillit.barn;

import java.util.UUID;

/** The reporter was given the information: the process's task is done. */
public record AnmalarinformationLamnad(UUID begaranId) {}
