package se.tillit.sakerhet;

import java.util.Optional;

/** The units of the social services. */
public interface Enhetsregister {

    Optional<Enhet> hitta(String kod);

    /** The accounts holding the role in the unit: user name to display name, sorted by name. */
    java.util.Map<String, String> medRoll(String enhet, Roll roll);
}
