package se.tillit.person;

import java.time.LocalDate;
import java.util.UUID;

/** A person in the register. */
public record Person(
        UUID id,
        Personnummer personnummer,
        String fornamn,
        String efternamn,
        LocalDate fodelsedatum,
        char kon,
        Skyddsniva skyddsniva) {

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
