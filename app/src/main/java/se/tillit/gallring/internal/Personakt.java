package se.tillit.gallring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.tillit.arende.Arende;
import se.tillit.gallring.Gallringsslag;
import se.tillit.person.Person;

/** A person's file as the gallring rules need it: the person and each case with its kinds of record and last entry. */
record Personakt(Person person, List<Arendeakt> arenden) {

    Personakt {
        arenden = List.copyOf(arenden);
    }

    /**
     * One case of the file.
     *
     * @param sistaAnteckning the latest day anything was recorded about the case in any module that was read
     * @param pagar an order, an ej-verkställt record, a SIP or a discharge of the case still goes on: in use, as if open
     */
    record Arendeakt(Arende arende, Set<Gallringsslag> slag, LocalDate sistaAnteckning, boolean pagar) {

        Arendeakt {
            slag = Set.copyOf(slag);
        }

        /** Open, or something of it still goes on: the file is in use. */
        boolean iBruk() {
            return arende.oppet() || pagar;
        }
    }
}
