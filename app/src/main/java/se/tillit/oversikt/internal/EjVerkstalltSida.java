package se.tillit.oversikt.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.Drojsmalsorsak;
import se.tillit.verkstallighet.EjVerkstalldaBeslut;
import se.tillit.verkstallighet.EjVerkstallt;
import se.tillit.verkstallighet.Stangningsorsak;

/**
 * One ej-verkställt record of a decision (R22, C21, C36), reached from the case page: why the decision is not executed,
 * the consequences and interim measures, offers and the person's answers, and closing for another reason than
 * execution. Read by whoever may read the case (logged); written by a handläggare of its unit through the same use cases
 * as the API. A form sent twice records once.
 */
@Controller
@RequiredArgsConstructor
class EjVerkstalltSida {

    /** Execution is reported as verkställighet, which closes the record itself; it is not a reason chosen here. */
    static final List<Stangningsorsak> STANGNINGSORSAKER = Arrays.stream(Stangningsorsak.values())
            .filter(o -> o != Stangningsorsak.VERKSTALLT)
            .toList();

    private final EjVerkstalldaBeslut ejVerkstallda;
    private final Beslutsregister beslut;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final MessageSource texter;

    @GetMapping("/beslut/{id}/ej-verkstallt/{postId}")
    String post(@PathVariable UUID id, @PathVariable UUID postId, Model model) {
        Arende arende = lasbart(id);
        EjVerkstallt post = post(id, postId);
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Ej verkställt beslut");
        return visa(arende, post, model, new Formulardata(Map.of(), texter));
    }

    @PostMapping("/beslut/{id}/ej-verkstallt/{postId}/orsak")
    String orsak(@PathVariable UUID id, @PathVariable UUID postId, Skickat skickat) {
        return steg(id, postId, skickat, "orsak", form -> {
            Drojsmalsorsak orsak = form.val(Drojsmalsorsak.class, "orsak", true);
            EjVerkstalldaBeslut.NyttSkal skal = new EjVerkstalldaBeslut.NyttSkal(
                    orsak, form.text("orsakText"), form.text("konsekvenser"), form.text("tillfalligaInsatser"));
            form.langd(2000, "orsakText", "konsekvenser", "tillfalligaInsatser");
            return new Steg(
                    () -> ejVerkstallda.angeSkal(id, postId, skal),
                    "ejVerkstallt.orsakSparad",
                    post -> post.skal() != null
                            && post.skal().orsak() == skal.orsak()
                            && Objects.equals(post.skal().orsakText(), skal.orsakText())
                            && Objects.equals(post.skal().konsekvenser(), skal.konsekvenser())
                            && Objects.equals(post.skal().tillfalligaInsatser(), skal.tillfalligaInsatser()));
        });
    }

    @PostMapping("/beslut/{id}/ej-verkstallt/{postId}/erbjudanden")
    String erbjudande(@PathVariable UUID id, @PathVariable UUID postId, Skickat skickat) {
        return steg(id, postId, skickat, "erbjudande", form -> {
            LocalDate erbjudet = form.datum("erbjudet", true);
            String vad = form.kravdText("vad");
            EjVerkstallt.Svar svar = form.val(EjVerkstallt.Svar.class, "svar", false);
            LocalDate svarDatum = form.datum("svarDatum", false);
            form.langd(400, "vad");
            form.langd(1000, "skal");
            EjVerkstalldaBeslut.NyttErbjudande nytt =
                    new EjVerkstalldaBeslut.NyttErbjudande(erbjudet, vad, svar, svarDatum, form.text("skal"));
            return new Steg(
                    () -> ejVerkstallda.registreraErbjudande(id, postId, nytt),
                    "ejVerkstallt.erbjudandeSparat",
                    post -> post.erbjudanden().stream()
                            .anyMatch(e -> e.erbjudet().equals(erbjudet)
                                    && e.vad().equals(vad)
                                    && e.svar() == svar
                                    && Objects.equals(e.svarDatum(), svarDatum)));
        });
    }

    @PostMapping("/beslut/{id}/ej-verkstallt/{postId}/erbjudanden/{erbjudandeId}/svar")
    String svar(@PathVariable UUID id, @PathVariable UUID postId, @PathVariable UUID erbjudandeId, Skickat skickat) {
        return steg(id, postId, skickat, "svar-" + erbjudandeId, form -> {
            EjVerkstallt.Svar svar = form.val(EjVerkstallt.Svar.class, "svar", true);
            LocalDate datum = form.datum("datum", true);
            form.langd(1000, "skal");
            EjVerkstalldaBeslut.SvarPaErbjudande nytt =
                    new EjVerkstalldaBeslut.SvarPaErbjudande(svar, datum, form.text("skal"));
            return new Steg(
                    () -> ejVerkstallda.registreraSvar(id, postId, erbjudandeId, nytt),
                    "ejVerkstallt.svarSparat",
                    post -> post.erbjudanden().stream()
                            .anyMatch(e -> e.id().equals(erbjudandeId)
                                    && e.svar() == svar
                                    && Objects.equals(e.svarDatum(), datum)));
        });
    }

    @PostMapping("/beslut/{id}/ej-verkstallt/{postId}/avslut")
    String avslut(@PathVariable UUID id, @PathVariable UUID postId, Skickat skickat) {
        return steg(id, postId, skickat, "avslut", form -> {
            LocalDate datum = form.datum("datum", true);
            Stangningsorsak orsak = form.val(Stangningsorsak.class, "stangningsorsak", true);
            if (orsak == Stangningsorsak.VERKSTALLT) {
                form.fel("stangningsorsak", "steg.fel.val");
            }
            return new Steg(
                    () -> ejVerkstallda.avsluta(id, postId, new EjVerkstalldaBeslut.Avslut(datum, orsak)),
                    "ejVerkstallt.avslutSparat",
                    post -> !post.oppen()
                            && post.stangdOrsak() == orsak
                            && post.stangd().equals(datum));
        });
    }

    /** A step: the use case to run, the status line when done, and how to see that it was already done. */
    private record Steg(Runnable utfor, String klart, java.util.function.Predicate<EjVerkstallt> redanGjort) {}

    /**
     * Checks the writer (404 outside the unit, 403 for a reader without the role) and the record (404) before reading
     * the form; the form's own errors show it again with 400; a step whose effect is already there (sent twice) says so
     * instead of failing; one the use case refuses, or lost to another request, shows the page again with 400.
     */
    private String steg(UUID id, UUID postId, Skickat skickat, String formular, Function<Formulardata, Steg> tolka) {
        Arende arende = lasbart(id);
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.beslutetFinnsInte"), Roll.HANDLAGGARE);
        post(id, postId);
        Formulardata form = new Formulardata(skickat.falt(), texter);
        Steg steg = tolka.apply(form);
        Supplier<String> formularet = () -> {
            skickat.model().addAttribute("formular", formular);
            return visa(arende, post(id, postId), skickat.model(), form);
        };
        if (form.harFel()) {
            return Formularsteg.visaIgen(skickat.response(), formularet);
        }
        return Formularsteg.kor(() -> {
                    steg.utfor().run();
                    return postId;
                })
                .klart(skickat.redirect(), steg.klart(), "/beslut/" + id + "/ej-verkstallt/" + postId)
                .redanGjort(() -> steg.redanGjort().test(post(id, postId)), "ejVerkstallt.redanRegistrerat")
                .samtidigtFel("formular", form.meddelande("steg.fel.samtidigt"))
                .nekat(skickat.response(), fel -> {
                    form.fran(fel);
                    return formularet.get();
                });
    }

    private String visa(Arende arende, EjVerkstallt post, Model model, Formulardata form) {
        model.addAttribute("arende", arende);
        model.addAttribute("post", post);
        model.addAttribute(
                "kanSkriva",
                aktuellAnvandare
                        .hamta()
                        .map(a -> a.harRollIEnhet(arende.enhet(), Roll.HANDLAGGARE))
                        .orElse(false));
        model.addAttribute("orsaker", Drojsmalsorsak.values());
        model.addAttribute("svarsalternativ", EjVerkstallt.Svar.values());
        model.addAttribute("stangningsorsaker", STANGNINGSORSAKER);
        model.addAttribute("varden", form.varden());
        model.addAttribute("fel", form.fel());
        return "ej-verkstallt";
    }

    /** The decision's case, if this user may read its unit; otherwise the decision does not exist (404). */
    private Arende lasbart(UUID beslutId) {
        Beslut fattat = beslut.hitta(beslutId).orElseThrow(() -> new HittadesInte("fel.beslutetFinnsInte"));
        Arende arende = arenden.hitta(fattat.arendeId()).orElseThrow();
        if (!aktuellAnvandare.kanLasaEnhet(arende.enhet())) {
            throw new HittadesInte("fel.beslutetFinnsInte");
        }
        return arende;
    }

    private EjVerkstallt post(UUID beslutId, UUID postId) {
        return ejVerkstallda.forBeslut(beslutId).stream()
                .filter(p -> p.id().equals(postId))
                .findFirst()
                .orElseThrow(() -> new HittadesInte("oversikt.fel.postenFinnsInte"));
    }
}
