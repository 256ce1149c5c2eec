package se.tillit.barn;

import java.util.UUID;

/** The outcome of the offer to the placed child's parents was recorded: the process's task is done. */
public record ForaldrastodRegistrerat(UUID placeringId, ForaldrastodUtfall utfall) {}
