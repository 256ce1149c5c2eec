package se.tillit.person;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Changing a person's postal address and protection level, with the history of every change. Who may: a handläggare
 * of a unit where the person has a case changes the address (of a protected person only one who may see protected
 * data); a handläggare or chef of such a unit sets and removes the protection, with a reason. Whoever may not read
 * any of the person's units is told the person does not exist ({@link se.tillit.fel.HittadesInte}); a reader without
 * the role gets {@link org.springframework.security.access.AccessDeniedException}. Every change is one row in the
 * history and one in the access log.
 */
public interface Personuppgifter {

    /** What the current user may do with the person. */
    Behorighet behorighet(UUID personId);

    /**
     * Sets the address.
     *
     * @param version the number of address changes the form was opened on ({@link #adresshistorik}'s size), or null to
     *        take whatever is there
     * @return {@link Utfall#REDAN_SPARAD} when the address already is exactly this one (a double click): nothing is written
     * @throws se.tillit.fel.Valideringsfel with message keys, nothing saved
     * @throws AndradAvAnnan when someone changed the address after {@code version} to something else
     */
    Utfall andraAdress(UUID personId, Adressforslag forslag);

    /** Sets or removes the protection, with the reason; otherwise as {@link #andraAdress}. */
    Utfall andraSkydd(UUID personId, Skyddsforslag forslag);

    /** Every change of the address, oldest first. */
    List<Adressandring> adresshistorik(UUID personId);

    /** Every change of the protection level, oldest first. */
    List<Skyddsandring> skyddshistorik(UUID personId);

    enum Utfall {
        SPARAD,
        REDAN_SPARAD
    }

    /**
     * @param lasa may read the person (and the page): a handläggare or chef of one of the person's units, a revisor
     * @param seSkyddade may see a protected person's name, number and address (A7)
     */
    record Behorighet(boolean lasa, boolean andraAdress, boolean andraSkydd, boolean seSkyddade) {}

    /** The form's fields as typed. */
    record Adressforslag(String co, String gatuadress, String postnummer, String postort, Long version) {}

    /** @param skyddsniva the name of a {@link Skyddsniva} */
    record Skyddsforslag(String skyddsniva, String skal, Long version) {}

    /** @param fran null where the person had no address */
    record Adressandring(OffsetDateTime tidpunkt, String andradAv, Postadress fran, Postadress till) {}

    record Skyddsandring(OffsetDateTime tidpunkt, String andradAv, Skyddsniva fran, Skyddsniva till, String skal) {}
}
