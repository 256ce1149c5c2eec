package se.tillit.sakerhet;

import java.util.Optional;

/** The units of the social services. */
public interface Enhetsregister {

    Optional<Enhet> hitta(String kod);
}
