package se.tillit.oversikt.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.Skickat;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.Bestallning;
import se.tillit.verkstallighet.Bestallningar;
import se.tillit.verkstallighet.Drojsmalsorsak;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * The provider's orders (issue 17): the list of every order to the user's own provider units, by status, and an
 * order's page with what it needs to start (the insats, omfattning and nivå, the requested start, who ordered it and
 * whom it is for, never the investigation, the journal or the decision's motivering) and the provider's steps: accept,
 * book a place (tomdygn), report the start, an avbrott and its resumption, and why it cannot start yet. Each step calls
 * the use case the JSON API calls. An order of another provider does not exist (404), on the list, the page and every
 * form. Every order shown is a read in the access log, one row per order and person.
 */
@Controller
@RequiredArgsConstructor
class BestallningSida {

    /** What the list shows when no status is chosen: every order still running or still to start. */
    static final String AKTUELLA = "aktuella";

    static final String ALLA = "alla";
    /** Rows on a page of the list: a provider may hold thousands of orders. */
    static final int PER_SIDA = 50;

    /** A row of the list: the order, and whom it is for as this reader may see it. */
    record Rad(Bestallning bestallning, Vem vem) {}

    /** The person, or null name and number when the identity is protected and the reader may not see it (A7). */
    record Vem(String namn, String personnummer) {

        public boolean maskerad() {
            return namn == null;
        }
    }

    /** Who placed the order, to contact about it. */
    record Kontakt(String namn, String epost) {}

    private final Bestallningar bestallningar;
    private final Verkstalligheter verkstalligheter;
    private final Personregister personer;
    private final Enhetsregister enheter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final MessageSource texter;

    @GetMapping("/bestallningar")
    String lista(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int sida, Model model) {
        InloggadAnvandare anvandare = anvandare();
        Map<Bestallning.Status, Long> antal = bestallningar.antalPerStatus();
        String vald = status != null
                        && (status.equals(ALLA)
                                || Arrays.stream(Bestallning.Status.values())
                                        .anyMatch(s -> s.name().equals(status)))
                ? status
                : AKTUELLA;
        Set<Bestallning.Status> visas = switch (vald) {
            case ALLA -> EnumSet.allOf(Bestallning.Status.class);
            case AKTUELLA -> EnumSet.complementOf(EnumSet.of(Bestallning.Status.AVSLUTAD));
            default -> EnumSet.of(Bestallning.Status.valueOf(vald));
        };
        long antalVisade = visas.stream().mapToLong(antal::get).sum();
        int antalSidor = (int) Math.max(1, (antalVisade + PER_SIDA - 1) / PER_SIDA);
        int sidan = Math.max(0, Math.min(sida, antalSidor - 1));
        List<Bestallning> pasidan = bestallningar.utforarens(visas, sidan, PER_SIDA);
        Map<UUID, Person> personerna =
                personer.hittaAlla(pasidan.stream().map(Bestallning::personId).toList());
        List<Rad> rader = pasidan.stream()
                .map(b -> new Rad(b, vem(personerna.get(b.personId()), anvandare)))
                .toList();
        Set<List<UUID>> loggade = new LinkedHashSet<>();
        for (Rad rad : rader) {
            if (loggade.add(
                    List.of(rad.bestallning().arendeId(), rad.bestallning().personId()))) {
                atkomstlogg.logga(
                        Atkomstlogg.Handling.LAS,
                        rad.bestallning().arendeId(),
                        rad.bestallning().personId(),
                        "Utförarens beställningar");
            }
        }
        long totalt = antal.values().stream().mapToLong(Long::longValue).sum();
        model.addAttribute("rader", rader);
        model.addAttribute("antal", antal);
        model.addAttribute("aktuella", totalt - antal.get(Bestallning.Status.AVSLUTAD));
        model.addAttribute("totalt", totalt);
        model.addAttribute("vald", vald);
        model.addAttribute("sida", sidan);
        model.addAttribute("antalSidor", antalSidor);
        model.addAttribute(
                "flerEnheter", anvandare.enheterMedRoll(Roll.UTFORARE).size() > 1);
        return "bestallningar";
    }

    @GetMapping("/bestallningar/{id}")
    String bestallning(@PathVariable UUID id, Model model) {
        Bestallning bestallning = bestallningar.utforarens(id);
        return visa(bestallning, model, new Formulardata(Map.of(), texter), null);
    }

    @PostMapping("/bestallningar/{id}/acceptans")
    String acceptera(@PathVariable UUID id, Skickat skickat) {
        return steg(
                id,
                skickat,
                "acceptans",
                form -> new Steg(
                        () -> verkstalligheter.acceptera(id), "bestallning.accepterad", b -> b.accepterad() != null));
    }

    @PostMapping("/bestallningar/{id}/plats-bokad")
    String platsBokad(@PathVariable UUID id, Skickat skickat) {
        return datumsteg(
                id,
                skickat,
                "plats",
                "datum",
                verkstalligheter::registreraBokadPlats,
                "bestallning.platsBokad",
                Bestallning::platsBokad);
    }

    @PostMapping("/bestallningar/{id}/verkstallighet")
    String verkstalld(@PathVariable UUID id, Skickat skickat) {
        return datumsteg(
                id,
                skickat,
                "start",
                "verkstalld",
                verkstalligheter::rapporteraVerkstalld,
                "bestallning.verkstalld",
                Bestallning::verkstalld);
    }

    @PostMapping("/bestallningar/{id}/avbrott")
    String avbrott(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "avbrott", form -> {
            LocalDate fran = form.datum("fran", true);
            String orsak = form.kravdText("orsak");
            form.langd(400, "orsak");
            return new Steg(
                    () -> verkstalligheter.registreraAvbrott(id, fran, orsak),
                    "bestallning.avbruten",
                    b -> b.pagaendeAvbrott() != null
                            && b.pagaendeAvbrott().fran().equals(fran)
                            && b.pagaendeAvbrott().orsak().equals(orsak));
        });
    }

    @PostMapping("/bestallningar/{id}/aterupptagande")
    String aterupptagande(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "aterupptagande", form -> {
            LocalDate datum = form.datum("datum", true);
            return new Steg(
                    () -> verkstalligheter.registreraAterupptagande(id, datum),
                    "bestallning.aterupptagen",
                    b -> !b.avbrott().isEmpty()
                            && Objects.equals(
                                    b.avbrott().get(b.avbrott().size() - 1).till(), datum));
        });
    }

    @PostMapping("/bestallningar/{id}/hinder")
    String hinder(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "hinder", form -> {
            Drojsmalsorsak orsak = form.val(Drojsmalsorsak.class, "orsak", true);
            String text = form.text("orsakText");
            if (orsak == Drojsmalsorsak.ANNAN && text == null) {
                form.fel("orsakText", "bestallning.fel.annanUtanText");
            }
            form.langd(2000, "orsakText");
            return new Steg(
                    () -> verkstalligheter.angeHinder(id, orsak, text),
                    "bestallning.hinderSparat",
                    b -> b.aktuelltHinder() != null
                            && b.aktuelltHinder().orsak() == orsak
                            && Objects.equals(b.aktuelltHinder().orsakText(), text));
        });
    }

    /** A step: the use case to run, the status line when done, and how to see that it was already done. */
    private record Steg(Runnable utfor, String klart, Predicate<Bestallning> redanGjort) {}

    /** A step that records a day of the order, required in the form's field {@code falt}; done once it holds that day. */
    private String datumsteg(
            UUID id,
            Skickat skickat,
            String formular,
            String datumfalt,
            BiConsumer<UUID, LocalDate> registrera,
            String klart,
            Function<Bestallning, LocalDate> registrerat) {
        return steg(id, skickat, formular, form -> {
            LocalDate datum = form.datum(datumfalt, true);
            return new Steg(
                    () -> registrera.accept(id, datum), klart, b -> Objects.equals(registrerat.apply(b), datum));
        });
    }

    /**
     * The order must be one of the user's own provider units before the form is read (404 otherwise); the form's own
     * errors show it again with 400; a step whose effect is already there (sent twice, another user first) says so
     * instead of failing; one the use case refuses, or lost to another request, shows the page again with 400, nothing
     * saved.
     */
    private String steg(UUID id, Skickat skickat, String formular, Function<Formulardata, Steg> tolka) {
        bestallningar.utforarens(id);
        Formulardata form = new Formulardata(skickat.falt(), texter);
        Steg steg = tolka.apply(form);
        if (form.harFel()) {
            return Formularsteg.visaIgen(
                    skickat.response(), () -> visa(bestallningar.utforarens(id), skickat.model(), form, formular));
        }
        return Formularsteg.kor(() -> {
                    steg.utfor().run();
                    return id;
                })
                .klart(skickat.redirect(), steg.klart(), "/bestallningar/" + id)
                .redanGjort(() -> steg.redanGjort().test(bestallningar.utforarens(id)), "bestallning.redanRegistrerat")
                .samtidigtFel("formular", form.meddelande("steg.fel.samtidigt"))
                .nekat(skickat.response(), fel -> {
                    form.fran(fel);
                    return visa(bestallningar.utforarens(id), skickat.model(), form, formular);
                });
    }

    private String visa(Bestallning bestallning, Model model, Formulardata form, String formular) {
        InloggadAnvandare anvandare = anvandare();
        atkomstlogg.logga(
                Atkomstlogg.Handling.LAS, bestallning.arendeId(), bestallning.personId(), "Beställning hos utföraren");
        model.addAttribute("b", bestallning);
        model.addAttribute("vem", vem(bestallning.personId(), anvandare));
        model.addAttribute("kontakt", kontakt(bestallning));
        model.addAttribute("orsaker", Drojsmalsorsak.values());
        model.addAttribute("formular", formular);
        model.addAttribute("varden", form.varden());
        model.addAttribute("fel", form.fel());
        return "bestallning";
    }

    /** The user who placed the order, or the decision maker when the process placed it: name and e-mail. */
    private Kontakt kontakt(Bestallning b) {
        String anvandarnamn =
                b.bestalldAv() == null || b.bestalldAv().contains(":") ? b.beslutsfattare() : b.bestalldAv();
        String namn = enheter.medRoll(b.bestallandeEnhet(), Roll.HANDLAGGARE).get(anvandarnamn);
        if (namn == null) {
            namn = enheter.medRoll(b.bestallandeEnhet(), Roll.CHEF).getOrDefault(anvandarnamn, anvandarnamn);
        }
        return new Kontakt(namn, enheter.epost(List.of(anvandarnamn)).get(anvandarnamn));
    }

    private Vem vem(UUID personId, InloggadAnvandare lasare) {
        return vem(personer.hitta(personId).orElse(null), lasare);
    }

    private static Vem vem(Person personen, InloggadAnvandare lasare) {
        return java.util.Optional.ofNullable(personen)
                .map(person -> person.skyddsniva().arSkyddad() && !lasare.farSeSkyddadeUppgifter()
                        ? new Vem(null, null)
                        : new Vem(namn(person), person.personnummer().formaterat()))
                .orElse(new Vem(null, null));
    }

    private static String namn(Person person) {
        String namn = ((person.fornamn() == null ? "" : person.fornamn()) + " "
                        + (person.efternamn() == null ? "" : person.efternamn()))
                .strip();
        return namn.isEmpty() ? person.personnummer().formaterat() : namn;
    }

    private InloggadAnvandare anvandare() {
        return aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
    }
}
