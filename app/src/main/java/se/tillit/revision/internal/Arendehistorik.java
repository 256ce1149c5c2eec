package se.tillit.revision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
import se.tillit.drift.Svensktid;
import se.tillit.motor.Beslutprocessen;
import se.tillit.notifiering.Utskickshistorik;
import se.tillit.revision.Atkomstlogg;
import se.tillit.revision.Historikrad;
import se.tillit.revision.Motorhistorik;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.uppfoljning.Uppfoljningar;
import se.tillit.uppgift.Handlingar;
import se.tillit.utredning.Utredningar;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * A case's whole history as the auditor reads it (RevisorSida's page, CSV and JSON): the engine's steps and user
 * operations, our records, e-mails sent and every read, in one timeline.
 */
@Component
class Arendehistorik {

    private static final java.time.format.DateTimeFormatter KLOCKSLAG = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Svensktid.ZON);

    /**
     * One entry of the timeline: at a moment ({@code tid}, in Swedish time), or on a day ({@code datum}) for what the
     * records keep as a day only (a decision's date, the day an insats started); never both.
     *
     * @param vem who, in words: a user name, the system, or that no one is recorded
     */
    record Handelse(OffsetDateTime tid, LocalDate datum, String vem, String vad, String detalj) {
    }

    private final Arenden arenden;
    private final Utredningar utredningar;
    private final Beslutsregister beslut;
    private final Verkstalligheter verkstalligheter;
    private final Uppfoljningar uppfoljningar;
    private final Motorhistorik motorhistorik;
    private final Utskickshistorik utskick;
    private final Atkomstlogg atkomstlogg;
    private final Handlingar handlingar;
    private final MessageSource meddelanden;
    private final Enhetsregister enheter;
    private final Insatsavslutningar insatsavslutningar;
    private final IndividuellaPlaner individuellaPlaner;

    Arendehistorik(Arenden arenden, Utredningar utredningar, Beslutsregister beslut, Verkstalligheter verkstalligheter,
            Uppfoljningar uppfoljningar, Motorhistorik motorhistorik, Utskickshistorik utskick, Atkomstlogg atkomstlogg,
            Handlingar handlingar, MessageSource meddelanden, Enhetsregister enheter, Insatsavslutningar insatsavslutningar,
            IndividuellaPlaner individuellaPlaner) {
        this.arenden = arenden;
        this.utredningar = utredningar;
        this.beslut = beslut;
        this.verkstalligheter = verkstalligheter;
        this.uppfoljningar = uppfoljningar;
        this.motorhistorik = motorhistorik;
        this.utskick = utskick;
        this.atkomstlogg = atkomstlogg;
        this.handlingar = handlingar;
        this.meddelanden = meddelanden;
        this.enheter = enheter;
        this.insatsavslutningar = insatsavslutningar;
        this.individuellaPlaner = individuellaPlaner;
    }

    /**
     * The timeline in words: every code (an operation type of the engine, an insats, an outcome, a unit) by its name
     * from the message files or the unit register, in the page, the CSV and the JSON alike. Who did each step comes
     * from where it is recorded: the record's own column (registered by, decided by, delivered by, who reported the
     * start, who registered the follow-up, the plan, the end of the investigation), the engine for its own rows (who
     * took or completed a task); "the system" only for what the system does of itself (the engine's own steps, timers,
     * jobs, e-mail), and "not recorded" where nothing records a person (a step recorded before its record kept who).
     * Every row is shown: a long case pages nothing away.
     */
    List<Handelse> handelser(Arende arende) {
        List<Post> poster = new ArrayList<>();
        motorhistorik.forArende(arende.arendenummer()).forEach(h -> {
            String vem = h.vem() != null ? h.vem()
                    : !h.uppgift() ? systemet() : text(h.klar() == null ? "revision.vem.ejTilldelad" : "revision.vem.ejRegistrerat");
            poster.add(h.slag() == Historikrad.Slag.STEG
                    ? vid(h.tid(), vem, text("revision.h.steg", h.process(), h.namn()), h.klar() == null
                            ? text("revision.h.pagar") : text("revision.h.klar", KLOCKSLAG.format(h.klar())))
                    : vid(h.tid(), vem, text("revision.h.atgard", h.process(), namn("revision.operation.", h.namn())),
                            h.egenskap() == null ? "" : text("revision.h.andring", namn("revision.egenskap.", h.egenskap()),
                                    h.fran() == null ? "–" : h.fran(), h.till() == null ? "–" : h.till())));
        });
        for (Aktualisering a : arenden.aktualiseringar(arende.id())) {
            poster.add(vid(a.inkom(), person(a.registreradAv()), text("revision.h.aktualisering",
                    namn("aktualiseringstyp.", a.typ().name())), text("revision.h.orsak", namn("orsakskod.", a.orsakskod()))
                            + (a.tidigareArendeId() == null ? "" : text("revision.h.lankad"))));
            if (a.utfall() != null) {
                poster.add(vid(a.utfallRegistrerat(), person(a.utfallAv()), text("revision.h.utfall",
                        namn("utfall.", a.utfall().name())), ""));
            }
        }
        utredningar.forArende(arende.id()).forEach(u -> {
            poster.add(pa(u.inledd(), u.registrerad(), person(u.registreradAv()), text("revision.h.utredningInledd"),
                    text("revision.h.frist", u.frist(), namn("fristkalla.", u.fristKalla()))));
            utredningar.forlangningar(u.id()).forEach(f -> poster.add(pa(f.beslutsdatum(), null, person(f.beslutadAv()),
                    text("revision.h.forlangning"), text("revision.h.nyFrist", f.nyFrist(), f.skal()))));
            if (u.avslutad() != null) {
                // recorded when the investigation's task is done: by whoever did it (signed)
                poster.add(pa(u.avslutad(), u.avslutadRegistrerad(), person(u.avslutadAv()), text("revision.h.utredningAvslutad"), ""));
            }
        });
        for (Beslut b : beslut.forArende(arende.id())) {
            Optional<Beslutsakt> akt = beslut.akt(b.id());
            poster.add(pa(b.beslutsdatum(), akt.map(Beslutsakt::registrerad).orElse(null),
                    person(b.beslutsfattare()), text("revision.h.beslut",
                    namn("insats.", b.insatstyp()), namn("beslutsutfall.", b.utfall().name())),
                    text("revision.h.lagrum", !b.lagrum().lag().name().equals("SOL")
                            ? text("lagrum." + b.lagrum().lag().name(), b.lagrum().paragraf(), b.lagrum().lagversion())
                            : text("lagrum.SOL", b.lagrum().kapitel(), b.lagrum().paragraf(), b.lagrum().lagversion()),
                            b.delegationspunkt())));
            if (b.delgivningsdatum() != null) {
                // registered when the decision's process received it
                poster.add(pa(b.delgivningsdatum(), motorhistorik.slutforda(Beslutprocessen.RECEIVE_DELGIVNING, b.id()).stream()
                                .map(Motorhistorik.Slutford::klar).findFirst().orElse(null),
                        person(akt.map(Beslutsakt::delgivningRegistreradAv).orElse(null)),
                        text("revision.h.delgivet"), text("revision.h.overklagandetid", b.overklagandefrist())));
            }
            if (b.lagaKraft() != null) {
                // registered by the engine's timer when the time to appeal has run out
                poster.add(pa(b.lagaKraft(), null, systemet(), text("revision.h.lagaKraft"), ""));
            }
            verkstalligheter.status(b.id()).ifPresent(v -> {
                if (v.verkstalld() != null) {
                    poster.add(pa(v.verkstalld(), v.verkstalldRegistrerad(), person(v.verkstalldAv()),
                            text("revision.h.verkstalld"), text("revision.h.utforare", enheter.namn(v.utforare()))));
                }
                if (v.ejVerkstalltSedan() != null) {
                    // opened by the engine's timer three months after the decision or the avbrott
                    poster.add(pa(v.ejVerkstalltSedan(), null, systemet(), text("revision.h.ejVerkstallt"), ""));
                }
            });
            uppfoljningar.forBeslut(b.id()).stream().filter(u -> u.genomford() != null).forEach(u -> poster.add(pa(
                    u.genomford(), u.registrerad(), person(u.registreradAv()), text("revision.h.uppfoljning"),
                    namn("revision.uppfoljningsresultat.", u.resultat()))));
            // issue 17: the avslut of the insats and the individuell plan (LSS 10 §)
            insatsavslutningar.avslut(b.id()).ifPresent(a -> poster.add(vid(a.registrerad(), person(a.registreradAv()),
                    text("revision.h.insatsavslut", namn("insats.", b.insatstyp())),
                    text("revision.h.insatsavslutOrsak", a.datum(), namn("insatsslut.", a.orsak().name())))));
            individuellaPlaner.forBeslut(b.id()).ifPresent(p -> {
                poster.add(pa(p.begard(), null, person(p.begardAv()), text("revision.h.planBegard"), ""));
                if (p.upprattad() != null) {
                    poster.add(pa(p.upprattad(), p.upprattadRegistrerad(), person(p.upprattadAv()), text("revision.h.planUpprattad"), ""));
                }
                p.omprovningar().forEach(o -> poster.add(pa(o.datum(), o.registrerad(), person(o.registreradAv()),
                        text("revision.h.planOmprovad"), "")));
                if (p.avslutad() != null) {
                    poster.add(pa(p.avslutad(), null, person(p.avslutadAv()), text("revision.h.planAvslutad"),
                            namn("individuellPlan.avslutsorsak.", p.avslutsorsak().name())));
                }
            });
        }
        // a document's content is on the case page; the history records that it was written, by whom and when
        handlingar.forArende(arende.id()).forEach(h -> poster.add(vid(h.upprattad(), person(h.upprattadAv()),
                text("revision.h.handling", h.rubrik()), text("revision.h.falt", h.innehall().size()))));
        utskick.forArende(arende.id()).forEach(e -> poster.add(vid(e.skickad(), systemet(),
                text("revision.h.epost", namn("revision.epost.", e.slag())), text("revision.h.till", e.mottagare()))));
        atkomstlogg.forArende(arende.id()).forEach(r -> poster.add(vid(r.tidpunkt(), r.anvandarnamn(),
                text("revision.h.atkomst", namn("revision.atkomst.", r.handling().name())),
                r.beskrivning() + " (" + r.roller() + ")")));
        // stable: what happened on one day in one moment keeps the order it was added in (a decision before its delgivning)
        poster.sort(Comparator.comparing(Post::ordning));
        return poster.stream().map(Post::handelse).toList();
    }

    /** An entry and where it sorts in the timeline. */
    private record Post(Instant ordning, Handelse handelse) {
    }

    /** Something that happened at a moment, shown in Swedish time. */
    private static Post vid(OffsetDateTime tid, String vem, String vad, String detalj) {
        return new Post(tid == null ? Instant.MIN : tid.toInstant(), new Handelse(Svensktid.svensk(tid), null, vem, vad, detalj));
    }

    /**
     * Something the records keep as a day (a decision's date, the day an insats started), shown as the day. It sorts at
     * the moment it was registered when that was on the day; otherwise (registered later, or when is not recorded) after
     * everything else of the day, never before the case was opened on it.
     */
    private static Post pa(LocalDate datum, OffsetDateTime registrerad, String vem, String vad, String detalj) {
        Instant ordning = registrerad != null && datum.equals(Svensktid.dag(registrerad)) ? registrerad.toInstant()
                : datum.plusDays(1).atStartOfDay(Svensktid.ZON).toInstant().minusNanos(1);
        return new Post(ordning, new Handelse(null, datum, vem, vad, detalj));
    }

    /** A person a record names: the user, the system for the engine's and the jobs' own name, or not recorded. */
    private String person(String anvandarnamn) {
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
