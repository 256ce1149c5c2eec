package se.tillit.gallring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.tillit.arende.Aktualisering;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.barn.Barnfrister;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.journal.Journal;
import se.tillit.person.Person;
import se.tillit.sip.Sipgallring;
import se.tillit.uppfoljning.Uppfoljningsgallring;
import se.tillit.utredning.Utredningsgallring;
import se.tillit.utskrivning.Utskrivningsgallring;
import se.tillit.verkstallighet.Verkstallighetsgallring;

/**
 * Reads persons' files for the gallring rules through the owning modules' APIs, a page of persons at a time in a few
 * queries per module: the cases and their aktualiseringar (arende), the investigation (utredning), the decisions and
 * everything recorded after them (beslut: letters, appeals, placements and their reviews, the end of an insats, the
 * individuell plan), the provider's orders and the ej-verkställt records (verkstallighet), the follow-ups (uppfoljning),
 * the journal, a child's reporter information and follow-ups (barn), and the SIPs and discharges of a case (sip,
 * utskrivning). The last entry of a case is the latest day found in any of them: everything the destruction would
 * destroy is read (docs/adr/0024). A case whose order, ej-verkställt record, SIP or discharge still goes on is in use,
 * as an open case is.
 */
@Component
@RequiredArgsConstructor
class Aktlasare {

    private final Arenden arenden;
    private final Beslutsregister beslutsregister;
    private final Journal journal;
    private final Barnfrister barn;
    private final Utredningsgallring utredning;
    private final Verkstallighetsgallring verkstallighet;
    private final Uppfoljningsgallring uppfoljning;
    private final Sipgallring sip;
    private final Utskrivningsgallring utskrivning;

    /** The files of these persons; a person without a case has none and is left out. */
    List<Personakt> las(Collection<Person> personer) {
        if (personer.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Arende>> perPerson =
                arenden.hittaForPersoner(personer.stream().map(Person::id).toList()).stream()
                        .collect(Collectors.groupingBy(Arende::personId, LinkedHashMap::new, Collectors.toList()));
        List<UUID> arendeIds = perPerson.values().stream()
                .flatMap(List::stream)
                .map(Arende::id)
                .toList();
        Map<UUID, List<Aktualisering>> aktualiseringar = arenden.aktualiseringar(arendeIds);
        Map<UUID, List<Beslut>> beslut =
                beslutsregister.forArenden(arendeIds).stream().collect(Collectors.groupingBy(Beslut::arendeId));
        Map<UUID, LocalDate> beslutetsSenaste = beslutsregister.senasteAnteckning(arendeIds);
        Map<UUID, LocalDate> journalensSenaste = journal.senasteAnteckning(arendeIds);
        Map<UUID, LocalDate> barnetsSenaste = barn.senasteAnteckning(arendeIds);
        List<Map<UUID, LocalDate>> ovriga = List.of(
                utredning.senasteAnteckning(arendeIds),
                verkstallighet.senasteAnteckning(arendeIds),
                uppfoljning.senasteAnteckning(arendeIds),
                sip.senasteAnteckning(arendeIds),
                utskrivning.senasteAnteckning(arendeIds));
        java.util.Set<UUID> pagaende = new java.util.HashSet<>(verkstallighet.pagaende(arendeIds));
        pagaende.addAll(sip.pagaende(arendeIds));
        pagaende.addAll(utskrivning.pagaende(arendeIds));

        List<Personakt> akter = new ArrayList<>();
        for (Person person : personer) {
            List<Arende> personensArenden = perPerson.getOrDefault(person.id(), List.of());
            if (personensArenden.isEmpty()) {
                continue;
            }
            List<Personakt.Arendeakt> arendeakter = new ArrayList<>();
            for (Arende arende : personensArenden) {
                List<Aktualisering> arendetsAktualiseringar = aktualiseringar.getOrDefault(arende.id(), List.of());
                List<Beslut> arendetsBeslut = beslut.getOrDefault(arende.id(), List.of());
                List<LocalDate> andra = new ArrayList<>();
                andra.add(beslutetsSenaste.get(arende.id()));
                andra.add(journalensSenaste.get(arende.id()));
                andra.add(barnetsSenaste.get(arende.id()));
                ovriga.forEach(modul -> andra.add(modul.get(arende.id())));
                arendeakter.add(new Personakt.Arendeakt(
                        arende,
                        Slagbestamning.slag(arende, arendetsAktualiseringar, arendetsBeslut),
                        senast(arende, arendetsAktualiseringar, andra),
                        pagaende.contains(arende.id())));
            }
            akter.add(new Personakt(person, arendeakter));
        }
        return akter;
    }

    private static LocalDate senast(Arende arende, List<Aktualisering> aktualiseringar, List<LocalDate> andra) {
        Stream<LocalDate> egna = Stream.concat(
                Stream.of(dag(arende.oppnat()), dag(arende.avslutat())),
                aktualiseringar.stream().flatMap(a -> Stream.of(dag(a.inkom()), dag(a.utfallRegistrerat()))));
        return Stream.concat(egna, andra.stream())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The day in Sweden: the cases' times are already in Swedish time. */
    private static LocalDate dag(java.time.OffsetDateTime tid) {
        return tid == null ? null : tid.toLocalDate();
    }
}
