package se.tillit.arkiv.internal;

import java.util.List;
import java.util.UUID;
import se.tillit.arende.Aktualisering;
import se.tillit.arende.Arende;
import se.tillit.arkiv.Processhistorik;
import se.tillit.beslut.Beslutsakt;
import se.tillit.beslut.Beslutsbrev;
import se.tillit.journal.Journalanteckning;
import se.tillit.person.Person;
import se.tillit.verkstallighet.Verkstallighetsstatus;

/**
 * A person's file as it goes into the package, read through the owning modules' APIs: everything but the bytes of the
 * letters and attachments, which the package reads one at a time as it writes them.
 */
record Personakt(Person person, List<Arendeakt> arenden) {

    Personakt {
        arenden = List.copyOf(arenden);
    }

    /**
     * One case.
     *
     * @param enhetsnamn the unit's name (its code is on the case)
     * @param journal oldest first; a correction names the note it corrects
     */
    record Arendeakt(
            Arende arende,
            String enhetsnamn,
            List<Aktualisering> aktualiseringar,
            List<Beslutsdel> beslut,
            List<Beslutsbrev> brev,
            List<Journalanteckning> journal,
            List<Processhistorik.Handelse> historik) {

        Arendeakt {
            aktualiseringar = List.copyOf(aktualiseringar);
            beslut = List.copyOf(beslut);
            brev = List.copyOf(brev);
            journal = List.copyOf(journal);
            historik = List.copyOf(historik);
        }
    }

    /**
     * A decision with everything recorded about it.
     *
     * @param verkstallighet the order's state, null for a decision without an order (an avslag, an older decision)
     * @param brevId the letter that told of it, null for a decision recorded without one (through the API)
     */
    record Beslutsdel(Beslutsakt akt, Verkstallighetsstatus verkstallighet, UUID brevId) {}
}
