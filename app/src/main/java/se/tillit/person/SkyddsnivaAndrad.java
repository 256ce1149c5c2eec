package se.tillit.person;

import java.util.UUID;

/**
 * A person's protection level was changed, published inside the change's transaction: the lists that copy whether a
 * person is protected (the task projection) follow it in the same transaction, so no list shows the person unmasked
 * after the change is committed.
 */
public record SkyddsnivaAndrad(UUID personId, Skyddsniva fran, Skyddsniva till) {}
