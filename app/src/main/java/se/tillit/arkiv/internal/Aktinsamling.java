package se.tillit.arkiv.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arkiv.Processhistorik;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsbrev;
import se.tillit.beslut.Beslutsregister;
import se.tillit.journal.Journal;
import se.tillit.journal.Journalanteckning;
import se.tillit.person.Person;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * Reads the cases of a person's file for its package through the owning modules' APIs: the case and its
 * aktualiseringar (arende), the decisions with their appeals and letters (beslut), each order's state (verkställighet),
 * the journal (journal) and the engine's history ({@link Processhistorik}). Not read (docs/adr/0025): the
 * investigation's own records, SIP, discharge, lex Sarah, and the access log, which is not part of the file.
 */
@Component
@RequiredArgsConstructor
class Aktinsamling {

    private final Arenden arenden;
    private final Beslutsregister beslutsregister;
    private final Verkstalligheter verkstalligheter;
    private final Journal journal;
    private final Processhistorik processhistorik;
    private final Enhetsregister enheter;

    /**
     * @throws IllegalArgumentException when no case is given or a case is not the person's
     */
    Personakt las(Person person, Collection<UUID> arendeIds) {
        if (arendeIds == null || arendeIds.isEmpty()) {
            throw new IllegalArgumentException("Inga ärenden att leverera");
        }
        List<Arende> valda = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(arendeIds)) {
            Arende arende = arenden.hitta(id)
                    .filter(a -> a.personId().equals(person.id()))
                    .orElseThrow(() -> new IllegalArgumentException("Ärendet " + id + " är inte personens"));
            valda.add(arende);
        }
        valda.sort(Comparator.comparing(Arende::oppnat).thenComparing(Arende::arendenummer));
        return new Personakt(person, valda.stream().map(this::arendeakt).toList());
    }

    private Personakt.Arendeakt arendeakt(Arende arende) {
        List<Beslutsbrev> brev = beslutsregister.brevForArende(arende.id());
        Map<UUID, UUID> brevPerBeslut = new HashMap<>();
        for (Beslutsbrev b : brev) {
            beslutsregister.forBrev(b.id()).forEach(beslut -> brevPerBeslut.put(beslut.id(), b.id()));
        }
        List<Personakt.Beslutsdel> beslut = beslutsregister.forArende(arende.id()).stream()
                .sorted(Comparator.comparing(Beslut::beslutsdatum, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(b -> b.id().toString()))
                .map(b -> new Personakt.Beslutsdel(
                        beslutsregister.akt(b.id()).orElseThrow(),
                        verkstalligheter.status(b.id()).orElse(null),
                        brevPerBeslut.get(b.id())))
                .toList();
        List<Journalanteckning> anteckningar = journal.forArende(arende.id()).stream()
                .sorted(Comparator.comparing(Journalanteckning::handelsedatum)
                        .thenComparing(Journalanteckning::signerad)
                        .thenComparing(a -> a.id().toString()))
                .toList();
        return new Personakt.Arendeakt(
                arende,
                enheter.hitta(arende.enhet()).map(Enhet::namn).orElse(arende.enhet()),
                arenden.aktualiseringar(arende.id()),
                beslut,
                brev,
                anteckningar,
                processhistorik.forArende(arende.arendenummer()));
    }
}
