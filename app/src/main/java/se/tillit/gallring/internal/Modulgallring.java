package se.tillit.gallring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.tillit.arende.Arende;
import se.tillit.arende.Arendegallring;
import se.tillit.barn.Barngallring;
import se.tillit.beslut.Beslutsgallring;
import se.tillit.gallring.Arendespar;
import se.tillit.ivo.Ivogallring;
import se.tillit.journal.Journalgallring;
import se.tillit.kostnad.Kostnadsgallring;
import se.tillit.person.Persongallring;
import se.tillit.sip.Sipgallring;
import se.tillit.uppfoljning.Uppfoljningsgallring;
import se.tillit.utredning.Utredningsgallring;
import se.tillit.utskrivning.Utskrivningsgallring;
import se.tillit.verkstallighet.Verkstallighetsgallring;

/**
 * Destroys one case through every module that holds rows of it, each through its own API (docs/adr/0024), in an order
 * that leaves no foreign key standing: first the traces of the modules that gallring cannot call (the engine's history,
 * the task lists and forms, the e-mail records: {@link Arendespar}), then the SIPs and discharges of the case, the costs,
 * the IVO rows, the follow-ups and the provider's records of its decisions, the child's clocks, the decisions, the
 * investigation, the journal, and last the case itself. In the caller's transaction, which holds the database's grant.
 */
@Component
class Modulgallring {

    private final List<Arendespar> spar;
    private final Sipgallring sip;
    private final Utskrivningsgallring utskrivning;
    private final Kostnadsgallring kostnad;
    private final Ivogallring ivo;
    private final Uppfoljningsgallring uppfoljning;
    private final Verkstallighetsgallring verkstallighet;
    private final Barngallring barn;
    private final Beslutsgallring beslut;
    private final Utredningsgallring utredning;
    private final Journalgallring journal;
    private final Arendegallring arende;
    private final Persongallring person;

    Modulgallring(
            List<Arendespar> spar,
            Sipgallring sip,
            Utskrivningsgallring utskrivning,
            Kostnadsgallring kostnad,
            Ivogallring ivo,
            Uppfoljningsgallring uppfoljning,
            Verkstallighetsgallring verkstallighet,
            Barngallring barn,
            Beslutsgallring beslut,
            Utredningsgallring utredning,
            Journalgallring journal,
            Arendegallring arende,
            Persongallring person) {
        this.spar = List.copyOf(spar);
        this.sip = sip;
        this.utskrivning = utskrivning;
        this.kostnad = kostnad;
        this.ivo = ivo;
        this.uppfoljning = uppfoljning;
        this.verkstallighet = verkstallighet;
        this.barn = barn;
        this.beslut = beslut;
        this.utredning = utredning;
        this.journal = journal;
        this.arende = arende;
        this.person = person;
    }

    /** @return the rows destroyed per kind, in the order they went */
    Map<String, Integer> gallra(Arende fall) {
        Set<UUID> id = Set.of(fall.id());
        Map<String, Integer> antal = new LinkedHashMap<>();
        spar.forEach(modul -> lagg(antal, modul.gallra(fall)));
        lagg(antal, sip.gallra(id));
        lagg(antal, utskrivning.gallra(id));
        lagg(antal, kostnad.gallra(id));
        lagg(antal, ivo.gallra(id));
        lagg(antal, uppfoljning.gallra(id));
        lagg(antal, verkstallighet.gallra(id));
        lagg(antal, barn.gallra(id));
        lagg(antal, beslut.gallra(id));
        lagg(antal, utredning.gallra(id));
        lagg(antal, journal.gallra(id));
        lagg(antal, arende.gallra(id));
        return antal;
    }

    /** The person row, once none of the person's cases is left: IVO's pseudonym let go, the traces, then the row. */
    Map<String, Integer> gallraPerson(UUID personId) {
        Map<String, Integer> antal = new LinkedHashMap<>();
        lagg(antal, ivo.gallraPerson(personId));
        spar.forEach(modul -> lagg(antal, modul.gallraPerson(personId)));
        lagg(antal, person.gallra(personId));
        return antal;
    }

    private static void lagg(Map<String, Integer> antal, Map<String, Integer> fran) {
        fran.forEach((slag, rader) -> antal.merge(slag, rader, Integer::sum));
    }
}
