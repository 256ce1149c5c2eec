package se.tillit.beslut.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.tillit.arende.Arende;
import se.tillit.beslut.Delegationsordning.Beslutsniva;
import se.tillit.beslut.NyttBeslut;
import se.tillit.drift.Pdf;
import se.tillit.drift.Svensktid;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;

/**
 * Writes the decision letter of one decision page: to the person, each insats's decision in words, its motivering and
 * lagrum, and for every avslag or delvis bifall how to appeal. The PDF is stored as sent (BeslutTjanst); this class is
 * called once per letter, never to show an old one again.
 */
@Component
@RequiredArgsConstructor
class Beslutsbrevskrivare {

    /** A decision as the letter words it. */
    record Rad(NyttBeslut beslut, String overklagandenyckel) {}

    private final Pdf pdf;
    private final Personregister personer;
    private final Enhetsregister enheter;
    private final Clock clock;

    byte[] skriv(
            Arende arende, List<NyttBeslut> beslut, String beslutsfattare, Beslutsniva niva, String utskottsprotokoll) {
        Person person = personer.hitta(arende.personId()).orElseThrow();
        Set<String> hanvisningar = new LinkedHashSet<>();
        List<Rad> rader = beslut.stream()
                .map(b -> {
                    String nyckel = Overklagandehanvisning.nyckel(
                                    b.utfall(), b.lagrum().lag())
                            .orElse(null);
                    if (nyckel != null) {
                        hanvisningar.add(nyckel);
                    }
                    return new Rad(b, nyckel);
                })
                .toList();
        Map<String, Object> varden = new HashMap<>();
        varden.put("person", person);
        // a person with skyddad folkbokföring has no address of ours on the letter: it goes through Skatteverket
        varden.put("skyddad", person.skyddsniva().arSkyddad());
        varden.put(
                "adress",
                person.skyddsniva().arSkyddad()
                        ? null
                        : personer.adress(person.id()).orElse(null));
        varden.put("arende", arende);
        varden.put("enhet", enheter.hitta(arende.enhet()).map(Enhet::namn).orElse(arende.enhet()));
        varden.put("rader", rader);
        varden.put("hanvisningar", List.copyOf(hanvisningar));
        varden.put("beslutsfattare", beslutsfattare);
        varden.put("niva", niva.name());
        varden.put("utskottsprotokoll", utskottsprotokoll);
        varden.put("datum", LocalDate.now(clock.withZone(Svensktid.ZON)));
        return pdf.rendera("beslutsbrev", "beslutsbrev.css", varden);
    }
}
