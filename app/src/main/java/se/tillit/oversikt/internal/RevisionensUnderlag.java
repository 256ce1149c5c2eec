package se.tillit.oversikt.internal;

import static se.tillit.revision.Tidslinjepost.pa;
import static se.tillit.revision.Tidslinjepost.vid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.tillit.arende.Aktualisering;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsakt;
import se.tillit.beslut.Beslutsregister;
import se.tillit.beslut.IndividuellaPlaner;
import se.tillit.beslut.Insatsavslutningar;
import se.tillit.motor.Beslutprocessen;
import se.tillit.notifiering.Utskickshistorik;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.revision.Motorhistorik;
import se.tillit.revision.Revisionsunderlag;
import se.tillit.revision.Tidslinjepost;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.uppfoljning.Uppfoljningar;
import se.tillit.uppgift.Handlingar;
import se.tillit.utredning.Utredningar;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * The records' part of the auditor's timeline (revision's port {@link Revisionsunderlag}): oversikt reads the modules
 * that keep them, as it does for the case page. Every code (an insats, an outcome, a unit) is named from the message
 * files or the unit register. Who did each step comes from where it is recorded: the record's own column (registered
 * by, decided by, delivered by, who reported the start, who registered the follow-up, the plan, the end of the
 * investigation); "the system" only for what the system does of itself (timers, jobs, e-mail), and "not recorded"
 * where nothing records a person.
 */
@Component
@RequiredArgsConstructor
class RevisionensUnderlag implements Revisionsunderlag {

    private final Arenden arenden;
    private final Personregister personer;
    private final Utredningar utredningar;
    private final Beslutsregister beslut;
    private final Verkstalligheter verkstalligheter;
    private final Uppfoljningar uppfoljningar;
    private final Motorhistorik motorhistorik;
    private final Utskickshistorik utskick;
    private final Handlingar handlingar;
    private final MessageSource meddelanden;
    private final Enhetsregister enheter;
    private final Insatsavslutningar insatsavslutningar;
    private final IndividuellaPlaner individuellaPlaner;

    @Override
    public Optional<Arendet> arende(UUID id) {
        return arenden.hitta(id).map(RevisionensUnderlag::arendet);
    }

    @Override
    public Optional<Arendet> medNummer(String arendenummer) {
        return arenden.hittaMedNummer(arendenummer).map(RevisionensUnderlag::arendet);
    }

    @Override
    public Optional<UUID> person(String personnummer) {
        try {
            return personer.hitta(Personnummer.tolka(personnummer)).map(Person::id);
        } catch (OgiltigtPersonnummerException e) {
            throw new OgiltigtPersonnummer(e);
        }
    }

    @Override
    public List<Arendet> forPerson(UUID personId) {
        return arenden.hittaForPerson(personId).stream()
                .map(RevisionensUnderlag::arendet)
                .toList();
    }

    private static Arendet arendet(Arende arende) {
        return new Arendet(
                arende.id(),
                arende.arendenummer(),
                arende.personId(),
                arende.arendetyp().name(),
                arende.enhet());
    }

    @Override
    public List<Tidslinjepost> poster(Arendet arende) {
        List<Tidslinjepost> poster = new ArrayList<>();
        for (Aktualisering a : arenden.aktualiseringar(arende.id())) {
            poster.add(vid(
                    a.inkom(),
                    vem(a.registreradAv()),
                    text(
                            "revision.h.aktualisering",
                            namn("aktualiseringstyp.", a.typ().name())),
                    text("revision.h.orsak", namn("orsakskod.", a.orsakskod()))
                            + (a.tidigareArendeId() == null ? "" : text("revision.h.lankad"))));
            if (a.utfall() != null) {
                poster.add(vid(
                        a.utfallRegistrerat(),
                        vem(a.utfallAv()),
                        text("revision.h.utfall", namn("utfall.", a.utfall().name())),
                        ""));
            }
        }
        utredningar.forArende(arende.id()).forEach(u -> {
            poster.add(pa(
                    u.inledd(),
                    u.registrerad(),
                    vem(u.registreradAv()),
                    text("revision.h.utredningInledd"),
                    text("revision.h.frist", u.frist(), namn("fristkalla.", u.fristKalla()))));
            utredningar
                    .forlangningar(u.id())
                    .forEach(f -> poster.add(pa(
                            f.beslutsdatum(),
                            null,
                            vem(f.beslutadAv()),
                            text("revision.h.forlangning"),
                            text("revision.h.nyFrist", f.nyFrist(), f.skal()))));
            if (u.avslutad() != null) {
                // recorded when the investigation's task is done: by whoever did it (signed)
                poster.add(pa(
                        u.avslutad(),
                        u.avslutadRegistrerad(),
                        vem(u.avslutadAv()),
                        text("revision.h.utredningAvslutad"),
                        ""));
            }
        });
        for (Beslut b : beslut.forArende(arende.id())) {
            Optional<Beslutsakt> akt = beslut.akt(b.id());
            poster.add(pa(
                    b.beslutsdatum(),
                    akt.map(Beslutsakt::registrerad).orElse(null),
                    vem(b.beslutsfattare()),
                    text(
                            "revision.h.beslut",
                            namn("insats.", b.insatstyp()),
                            namn("beslutsutfall.", b.utfall().name())),
                    text(
                            "revision.h.lagrum",
                            !b.lagrum().lag().name().equals("SOL")
                                    ? text(
                                            "lagrum." + b.lagrum().lag().name(),
                                            b.lagrum().paragraf(),
                                            b.lagrum().lagversion())
                                    : text(
                                            "lagrum.SOL",
                                            b.lagrum().kapitel(),
                                            b.lagrum().paragraf(),
                                            b.lagrum().lagversion()),
                            b.delegationspunkt())));
            if (b.delgivningsdatum() != null) {
                // registered when the decision's process received it
                poster.add(pa(
                        b.delgivningsdatum(),
                        motorhistorik.slutforda(Beslutprocessen.RECEIVE_DELGIVNING, b.id()).stream()
                                .map(Motorhistorik.Slutford::klar)
                                .findFirst()
                                .orElse(null),
                        vem(akt.map(Beslutsakt::delgivningRegistreradAv).orElse(null)),
                        text("revision.h.delgivet"),
                        text("revision.h.overklagandetid", b.overklagandefrist())));
            }
            if (b.lagaKraft() != null) {
                // registered by the engine's timer when the time to appeal has run out
                poster.add(pa(b.lagaKraft(), null, systemet(), text("revision.h.lagaKraft"), ""));
            }
            verkstalligheter.status(b.id()).ifPresent(v -> {
                if (v.verkstalld() != null) {
                    poster.add(pa(
                            v.verkstalld(),
                            v.verkstalldRegistrerad(),
                            vem(v.verkstalldAv()),
                            text("revision.h.verkstalld"),
                            text("revision.h.utforare", enheter.namn(v.utforare()))));
                }
                if (v.ejVerkstalltSedan() != null) {
                    // opened by the engine's timer three months after the decision or the avbrott
                    poster.add(pa(v.ejVerkstalltSedan(), null, systemet(), text("revision.h.ejVerkstallt"), ""));
                }
            });
            uppfoljningar.forBeslut(b.id()).stream()
                    .filter(u -> u.genomford() != null)
                    .forEach(u -> poster.add(pa(
                            u.genomford(),
                            u.registrerad(),
                            vem(u.registreradAv()),
                            text("revision.h.uppfoljning"),
                            namn("revision.uppfoljningsresultat.", u.resultat()))));
            // issue 17: the avslut of the insats and the individuell plan (LSS 10 §)
            insatsavslutningar
                    .avslut(b.id())
                    .ifPresent(a -> poster.add(vid(
                            a.registrerad(),
                            vem(a.registreradAv()),
                            text("revision.h.insatsavslut", namn("insats.", b.insatstyp())),
                            text(
                                    "revision.h.insatsavslutOrsak",
                                    a.datum(),
                                    namn("insatsslut.", a.orsak().name())))));
            individuellaPlaner.forBeslut(b.id()).ifPresent(p -> {
                poster.add(pa(p.begard(), null, vem(p.begardAv()), text("revision.h.planBegard"), ""));
                if (p.upprattad() != null) {
                    poster.add(pa(
                            p.upprattad(),
                            p.upprattadRegistrerad(),
                            vem(p.upprattadAv()),
                            text("revision.h.planUpprattad"),
                            ""));
                }
                p.omprovningar()
                        .forEach(o -> poster.add(pa(
                                o.datum(),
                                o.registrerad(),
                                vem(o.registreradAv()),
                                text("revision.h.planOmprovad"),
                                "")));
                if (p.avslutad() != null) {
                    poster.add(pa(
                            p.avslutad(),
                            null,
                            vem(p.avslutadAv()),
                            text("revision.h.planAvslutad"),
                            namn(
                                    "individuellPlan.avslutsorsak.",
                                    p.avslutsorsak().name())));
                }
            });
        }
        // a document's content is on the case page; the history records that it was written, by whom and when
        handlingar
                .forArende(arende.id())
                .forEach(h -> poster.add(vid(
                        h.upprattad(),
                        vem(h.upprattadAv()),
                        text("revision.h.handling", h.rubrik()),
                        text("revision.h.falt", h.innehall().size()))));
        utskick.forArende(arende.id())
                .forEach(e -> poster.add(vid(
                        e.skickad(),
                        systemet(),
                        text("revision.h.epost", namn("revision.epost.", e.slag())),
                        text("revision.h.till", e.mottagare()))));
        return poster;
    }

    /** A person a record names: the user, the system for the engine's and the jobs' own name, or not recorded. */
    private String vem(String anvandarnamn) {
        if (anvandarnamn == null || anvandarnamn.isBlank()) {
            return text("revision.vem.ejRegistrerat");
        }
        return anvandarnamn.toLowerCase(java.util.Locale.ROOT).startsWith("system") ? systemet() : anvandarnamn;
    }

    private String systemet() {
        return text("revision.systemet");
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, LocaleContextHolder.getLocale());
    }

    /** A code's name from the message files, or the code itself where none is written (an orsakskod typed by hand). */
    private String namn(String prefix, String kod) {
        return kod == null ? "" : meddelanden.getMessage(prefix + kod, null, kod, LocaleContextHolder.getLocale());
    }
}
