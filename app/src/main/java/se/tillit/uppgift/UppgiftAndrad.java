package se.tillit.uppgift;

/**
 * A case's user task was assigned or unassigned ({@code tilldelad} null), or ended ({@code avslutad}).
 */
public record UppgiftAndrad(String taskId, String tilldelad, boolean avslutad) {}
