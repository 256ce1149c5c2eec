package se.tillit.person;

import dev.personnummer.PersonnummerException;
import java.time.LocalDate;

/**
 * A valid Swedish personnummer or samordningsnummer, held as 12 digits (ÅÅÅÅMMDDNNNN).
 * Validation (date, checksum, samordningsnummer's day + 60) is the dev.personnummer library's.
 */
public record Personnummer(String tolvSiffror) {

    public Personnummer {
        if (tolvSiffror == null || !tolvSiffror.matches("[0-9]{12}")) {
            throw new OgiltigtPersonnummerException("person.fel.tolvSiffror");
        }
    }

    /**
     * Reads the forms people type: ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, ÅÅMMDD-NNNN (under 100 years) or
     * ÅÅMMDD+NNNN (100 years or older).
     *
     * @throws OgiltigtPersonnummerException with a message that says what is wrong
     */
    public static Personnummer tolka(String text) {
        if (text == null || text.isBlank()) {
            throw new OgiltigtPersonnummerException("fel.personnummerSaknas");
        }
        try {
            dev.personnummer.Personnummer parsed = dev.personnummer.Personnummer.parse(text.trim());
            return new Personnummer(parsed.format(true).replace("-", "").replace("+", ""));
        } catch (PersonnummerException e) {
            throw new OgiltigtPersonnummerException("person.fel.ogiltigtPersonnummerEllerSamordningsnummer");
        }
    }

    private dev.personnummer.Personnummer parsed() {
        try {
            return dev.personnummer.Personnummer.parse(tolvSiffror);
        } catch (PersonnummerException e) {
            throw new OgiltigtPersonnummerException("person.fel.ogiltigtPersonnummer");
        }
    }

    /** A samordningsnummer has the day of birth plus 60. */
    public boolean arSamordningsnummer() {
        return Integer.parseInt(tolvSiffror.substring(6, 8)) > 60;
    }

    public LocalDate fodelsedatum() {
        int dag = Integer.parseInt(tolvSiffror.substring(6, 8));
        return LocalDate.of(
                Integer.parseInt(tolvSiffror.substring(0, 4)),
                Integer.parseInt(tolvSiffror.substring(4, 6)),
                arSamordningsnummer() ? dag - 60 : dag);
    }

    /** K or M, from the second-to-last digit (odd: man), as IVO's reports need it. */
    public char kon() {
        return parsed().isFemale() ? 'K' : 'M';
    }

    /** ÅÅÅÅMMDD-NNNN, the form shown to people who are authorized to see it. */
    public String formaterat() {
        return tolvSiffror.substring(0, 8) + "-" + tolvSiffror.substring(8);
    }

    /** Never print the number by accident (logs, exceptions). */
    @Override
    public String toString() {
        return "Personnummer[****]";
    }
}
