package se.tillit.person;

import java.util.Optional;

/** Registers and finds persons. */
public interface Personregister {

    /** Registers the person, or returns the one already registered with the same number. */
    Person registrera(NyPerson person, String registreradAv);

    Optional<Person> hitta(Personnummer personnummer);

    Optional<Person> hitta(java.util.UUID id);

    /** The persons of these ids that exist, by id, in one query (a list's rows). */
    java.util.Map<java.util.UUID, Person> hittaAlla(java.util.Collection<java.util.UUID> ids);

    long antal();

    /**
     * Every person in the register a page at a time, by id: the {@code hogst} persons after {@code efter} (null: from the
     * first). For jobs that go through the whole register (the monthly gallring proposal, issue 18); who may see them is
     * the caller's concern.
     */
    java.util.List<Person> iOrdning(java.util.UUID efter, int hogst);

    /** The person's postal address, if one is registered (the decision letter is sent to it). */
    Optional<Postadress> adress(java.util.UUID personId);

    /**
     * Persons whose first and last name, as one text, contain {@code namndel} (case-insensitive), by last and first name,
     * at most {@code max}. The caller decides what of them its user may see.
     */
    java.util.List<Person> sokNamn(String namndel, int max);

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
