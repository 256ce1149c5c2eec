package se.tillit.sakerhet.internal;

/** Where a change of an account or a unit came from: a page, the API (the user provisioning), the application itself. */
enum Kanal {
    SIDA,
    API,
    SYSTEM
}
