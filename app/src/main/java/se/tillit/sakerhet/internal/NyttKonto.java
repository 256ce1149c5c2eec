package se.tillit.sakerhet.internal;

import java.util.Map;
import java.util.Set;
import se.tillit.sakerhet.Roll;

/** A new user or service account, with the roles it holds per unit. */
record NyttKonto(
        String anvandarnamn, String namn, String epost, boolean tjanstekonto, Map<String, Set<Roll>> rollerPerEnhet) {}
