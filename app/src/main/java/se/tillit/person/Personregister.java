package se.tillit.person;

import java.util.Optional;

/** Registers and finds persons. */
public interface Personregister {

    /** Registers the person, or returns the one already registered with the same number. */
    Person registrera(NyPerson person, String registreradAv);

    Optional<Person> hitta(Personnummer personnummer);

    Optional<Person> hitta(java.util.UUID id);

    long antal();

    record NyPerson(Personnummer personnummer, String fornamn, String efternamn, Skyddsniva skyddsniva) {

        public NyPerson {
            if (personnummer == null) {
                throw new IllegalArgumentException("Personnummer saknas");
            }
            if (fornamn == null || fornamn.isBlank() || efternamn == null || efternamn.isBlank()) {
                throw new IllegalArgumentException("För- och efternamn krävs");
            }
            if (fornamn.length() > 100 || efternamn.length() > 100) {
                throw new IllegalArgumentException("För- och efternamn får ha högst 100 tecken vardera");
            }
            skyddsniva = skyddsniva == null ? Skyddsniva.INGEN : skyddsniva;
        }
    }
}
