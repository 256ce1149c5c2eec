package se.tillit.statistik.internal;

import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Skyddsniva;

/**
 * The check of a person before a file names them (docs/adr/0026): a person the register holds, with a personnummer or
 * samordningsnummer the library validates (date, checksum). A protected identity (sekretessmarkering, skyddad
 * folkbokföring) is reported with its number like anyone else: the file holds no name or address, and the register is
 * under the statistics secrecy. An assumed identity (fingerade personuppgifter) is not: Tillit holds the assumed number
 * only, and the committee reports the person by hand, so it is an error that stops the file until handled.
 */
final class Personkontroll {

    private Personkontroll() {}

    /** The error the person gives, or null when they may be reported. */
    static Framtagen.Feltyp fel(Person person) {
        if (person == null) {
            return Framtagen.Feltyp.OGILTIG_PERSON;
        }
        if (person.skyddsniva() == Skyddsniva.FINGERADE_PERSONUPPGIFTER) {
            return Framtagen.Feltyp.FINGERADE_PERSONUPPGIFTER;
        }
        try {
            se.tillit.person.Personnummer.tolka(person.personnummer().tolvSiffror());
            return null;
        } catch (OgiltigtPersonnummerException e) {
            return Framtagen.Feltyp.OGILTIG_PERSON;
        }
    }
}
