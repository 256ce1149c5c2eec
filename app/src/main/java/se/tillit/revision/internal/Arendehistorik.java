package se.tillit.revision.internal;

import static se.tillit.revision.Tidslinjepost.vid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.tillit.drift.Svensktid;
import se.tillit.revision.Atkomstlogg;
import se.tillit.revision.Historikrad;
import se.tillit.revision.Motorhistorik;
import se.tillit.revision.Revisionsunderlag;
import se.tillit.revision.Revisionsunderlag.Arendet;
import se.tillit.revision.Tidslinjepost;
import se.tillit.revision.Tidslinjepost.Handelse;

/**
 * A case's whole history as the auditor reads it (RevisorSida's page and CSV, RevisorApi's JSON): the engine's steps and
 * user operations, our records and e-mails sent (from {@link Revisionsunderlag}, which oversikt implements) and every
 * read, in one timeline.
 */
@Component
@RequiredArgsConstructor
class Arendehistorik {

    private static final java.time.format.DateTimeFormatter KLOCKSLAG =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Svensktid.ZON);

    private final Motorhistorik motorhistorik;
    private final Revisionsunderlag underlag;
    private final Atkomstlogg atkomstlogg;
    private final MessageSource meddelanden;

    /**
     * The timeline in words: every code (an operation type of the engine, an insats, an outcome, a unit) by its name
     * from the message files or the unit register, in the page, the CSV and the JSON alike. Who did each step comes
     * from where it is recorded: the record's own column (registered by, decided by, delivered by, who reported the
     * start, who registered the follow-up, the plan, the end of the investigation), the engine for its own rows (who
     * took or completed a task); "the system" only for what the system does of itself (the engine's own steps, timers,
     * jobs, e-mail), and "not recorded" where nothing records a person (a step recorded before its record kept who).
     * Every row is shown: a long case pages nothing away.
     */
    List<Handelse> handelser(Arendet arende) {
        List<Tidslinjepost> poster = new ArrayList<>();
        motorhistorik.forArende(arende.arendenummer()).forEach(h -> {
            String vem = h.vem() != null
                    ? h.vem()
                    : !h.uppgift()
                            ? systemet()
                            : text(h.klar() == null ? "revision.vem.ejTilldelad" : "revision.vem.ejRegistrerat");
            poster.add(
                    h.slag() == Historikrad.Slag.STEG
                            ? vid(
                                    h.tid(),
                                    vem,
                                    text("revision.h.steg", h.process(), h.namn()),
                                    h.klar() == null
                                            ? text("revision.h.pagar")
                                            : text("revision.h.klar", KLOCKSLAG.format(h.klar())))
                            : vid(
                                    h.tid(),
                                    vem,
                                    text("revision.h.atgard", h.process(), namn("revision.operation.", h.namn())),
                                    h.egenskap() == null
                                            ? ""
                                            : text(
                                                    "revision.h.andring",
                                                    namn("revision.egenskap.", h.egenskap()),
                                                    h.fran() == null ? "–" : h.fran(),
                                                    h.till() == null ? "–" : h.till())));
        });
        poster.addAll(underlag.poster(arende));
        atkomstlogg
                .forArende(arende.id())
                .forEach(r -> poster.add(vid(
                        r.tidpunkt(),
                        r.anvandarnamn(),
                        text(
                                "revision.h.atkomst",
                                namn("revision.atkomst.", r.handling().name())),
                        r.beskrivning() + " (" + r.roller() + ")")));
        // stable: what happened on one day in one moment keeps the order it was added in (a decision before its
        // delgivning)
        poster.sort(Comparator.comparing(Tidslinjepost::ordning));
        return poster.stream().map(Tidslinjepost::handelse).toList();
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
