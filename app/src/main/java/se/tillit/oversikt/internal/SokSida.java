package se.tillit.oversikt.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * Finding a person or a case within the user's own units, by personnummer, part of a name or case number. The query
 * travels only in a POST body and the answer is that POST's page, so a personnummer never stands in an address (nor
 * in the server's or a proxy's log of addresses, the browser's history or a Referer); a GET with a query is refused.
 * Every search is logged with the persons it showed. A protected identity is masked for whoever may not see it, and is
 * found by that user only by its exact personnummer or a case number, never by name (A7).
 */
@Controller
@RequiredArgsConstructor
class SokSida {

    /** The most persons a name search looks at; more matches ask the user to type more of the name. */
    static final int MAX_NAMNTRAFFAR = 100;

    static final int MAX_LANGD = 100;

    private static final Pattern ARENDENUMMER = Pattern.compile("\\d{4}-\\d{6}");
    /** Digits with the separators a personnummer is written with: read as one, or refused as one. */
    private static final Pattern SIFFROR = Pattern.compile("[0-9][0-9 +-]*");
    /** A part of a name: letters, with spaces, hyphens and apostrophes between, at least two letters. */
    private static final Pattern NAMN = Pattern.compile("\\p{L}[\\p{L} '’-]*\\p{L}");

    enum Soktyp {
        PERSONNUMMER,
        NAMN,
        ARENDENUMMER
    }

    /** One case found, with its person as this user may see them. */
    record Traff(
            UUID arendeId,
            String arendenummer,
            Arendetyp arendetyp,
            String enhet,
            boolean oppet,
            UUID personId,
            String namn,
            String personnummer,
            boolean maskerad) {}

    private final Arenden arenden;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;

    /** The empty form; a query in the address is refused (400), so a bookmark or a link cannot carry one. */
    @GetMapping(value = "/sok", params = "!sok")
    String formular(Model model) {
        egnaEnheter();
        model.addAttribute("sok", "");
        return "sok";
    }

    @PostMapping("/sok")
    @Transactional
    String sok(@RequestParam(required = false) String sok, Model model, HttpServletResponse response) {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        Set<String> enheter = egnaEnheter();
        String text = sok == null ? "" : sok.strip().replaceAll("\\s+", " ");
        model.addAttribute("sok", "");

        String fel = null;
        Soktyp typ = null;
        List<Traff> traffar = new ArrayList<>();
        boolean forManga = false;
        if (text.isEmpty()) {
            fel = "sok.fel.tom";
        } else if (text.length() > MAX_LANGD) {
            fel = "sok.fel.lang";
        } else if (ARENDENUMMER.matcher(text).matches()) {
            typ = Soktyp.ARENDENUMMER;
            Optional<Arende> arende = arenden.hittaMedNummer(text).filter(a -> enheter.contains(a.enhet()));
            arende.ifPresent(a -> personer.hitta(a.personId()).ifPresent(p -> traffar.add(traff(a, p, anvandare))));
        } else if (SIFFROR.matcher(text).matches()) {
            try {
                Personnummer personnummer = Personnummer.tolka(text);
                typ = Soktyp.PERSONNUMMER;
                personer.hitta(personnummer).ifPresent(p -> traffar.addAll(iEnheterna(p, enheter, anvandare)));
            } catch (OgiltigtPersonnummerException e) {
                fel = "sok.fel.personnummer";
            }
        } else if (NAMN.matcher(text).matches()) {
            typ = Soktyp.NAMN;
            List<Person> kandidater = personer.sokNamn(text, MAX_NAMNTRAFFAR + 1);
            forManga = kandidater.size() > MAX_NAMNTRAFFAR;
            kandidater.stream()
                    .limit(MAX_NAMNTRAFFAR)
                    // by name, a protected identity is found only by whoever may see it
                    .filter(p -> !p.skyddsniva().arSkyddad() || anvandare.farSeSkyddadeUppgifter())
                    .forEach(p -> traffar.addAll(iEnheterna(p, enheter, anvandare)));
        } else {
            fel = "sok.fel.namn";
        }

        if (fel != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // what was typed is shown again to be corrected: it is not a valid number, name or case number
            model.addAttribute("sok", text.length() > MAX_LANGD ? text.substring(0, MAX_LANGD) : text);
            model.addAttribute("fel", fel);
            return "sok";
        }
        Set<UUID> visade = new LinkedHashSet<>();
        traffar.forEach(t -> visade.add(t.personId()));
        String vad = switch (typ) {
            case PERSONNUMMER -> "personnummer";
            case NAMN -> "namn";
            case ARENDENUMMER -> "ärendenummer";
        };
        atkomstlogg.loggaSokning(
                "Sökning på " + vad + ": "
                        + (visade.size() == 1 ? "1 person visad" : visade.size() + " personer visade"),
                visade);
        // a name or a case number is shown again; a personnummer is not kept on the page
        model.addAttribute("sok", typ == Soktyp.PERSONNUMMER ? "" : text);
        model.addAttribute("soktyp", typ.name());
        model.addAttribute("traffar", traffar);
        model.addAttribute("forManga", forManga);
        return "sok";
    }

    /** The units whose cases the user searches: those where they are handläggare or chef. */
    private Set<String> egnaEnheter() {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        Set<String> enheter = new TreeSet<>(anvandare.enheterMedRoll(Roll.HANDLAGGARE));
        enheter.addAll(anvandare.enheterMedRoll(Roll.CHEF));
        if (enheter.isEmpty()) {
            throw new AccessDeniedException("oversikt.fel.sokningenArForHandlaggareOchChefer");
        }
        return enheter;
    }

    private List<Traff> iEnheterna(Person person, Set<String> enheter, InloggadAnvandare anvandare) {
        return arenden.hittaForPerson(person.id()).stream()
                .filter(a -> enheter.contains(a.enhet()))
                .map(a -> traff(a, person, anvandare))
                .toList();
    }

    private static Traff traff(Arende arende, Person person, InloggadAnvandare anvandare) {
        boolean maskerad = person.skyddsniva().arSkyddad() && !anvandare.farSeSkyddadeUppgifter();
        return new Traff(
                arende.id(),
                arende.arendenummer(),
                arende.arendetyp(),
                arende.enhet(),
                arende.oppet(),
                person.id(),
                maskerad ? null : person.fornamn() + " " + person.efternamn(),
                maskerad ? "********-****" : person.personnummer().formaterat(),
                maskerad);
    }
}
