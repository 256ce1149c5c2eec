package se.tillit.journal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.journal.Anteckningsslag;
import se.tillit.journal.Journalanteckning;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * Writing in a case's journal (SoL 2025:400 14 kap. 3–7 §§, LSS 21 a §, SOSFS 2014:5 4 kap.): a handläggare of the
 * case's unit writes and signs a note in one step, with its attachments; a correction is a new note naming the one it
 * corrects, which stays as it was. Every write is logged as SKRIV. A form submitted twice writes one note.
 * The errors name message keys ({@code journal.fel.*}); the page shows their text.
 */
@Service
@RequiredArgsConstructor
class JournalTjanst {

    /** A note records one event; a longer document belongs in an attachment. */
    static final int MAX_TEXT = 10_000;

    static final LocalDate TIDIGAST = LocalDate.of(1900, 1, 1);
    /** Text a person typed: any character but the control characters other than tab and line breaks. */
    private static final Pattern KONTROLLTECKEN = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    record NyAnteckning(
            LocalDate handelsedatum,
            Anteckningsslag slag,
            String text,
            UUID idempotensnyckel,
            List<Bilagekontroll.Godkand> bilagor) {}

    /** @param redanSparad the form had been submitted before: this call wrote nothing */
    record Sparad(UUID id, boolean redanSparad) {}

    private final JdbcJournal journal;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    /** The case for a reader: its unit's handläggare and chef, a revisor. To anyone else it does not exist (404). */
    Arende forLasning(UUID arendeId) {
        return arenden.hitta(arendeId)
                .filter(a -> aktuellAnvandare.kanLasaEnhet(a.enhet()))
                .orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
    }

    /** The case for a writer, a handläggare of its unit: 404 to who may not read it, 403 to a reader (chef, revisor). */
    Arende forSkrivning(UUID arendeId) {
        Arende arende = forLasning(arendeId);
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), Roll.HANDLAGGARE);
        return arende;
    }

    /** Whether the current user may write in the case's journal (the form is shown only then). */
    boolean kanSkriva(Arende arende) {
        return aktuellAnvandare
                .hamta()
                .map(a -> a.harRollIEnhet(arende.enhet(), Roll.HANDLAGGARE))
                .orElse(false);
    }

    /** The note that a form with this token wrote, if one did. */
    Optional<UUID> redanSparad(UUID idempotensnyckel) {
        return idempotensnyckel == null ? Optional.empty() : journal.medNyckel(idempotensnyckel);
    }

    /**
     * Writes and signs a note, or a correction of {@code rattar} (a note of the same case) when it is not null.
     *
     * @throws Valideringsfel with message keys, nothing written
     * @throws HittadesInte when the case or the corrected note is not there for this user
     */
    @Transactional
    Sparad skriv(UUID arendeId, UUID rattar, NyAnteckning ny) {
        Arende arende = forSkrivning(arendeId);
        InloggadAnvandare forfattare = aktuellAnvandare.hamta().orElseThrow();
        Optional<UUID> tidigare = redanSparad(ny.idempotensnyckel());
        if (tidigare.isPresent()) {
            return new Sparad(tidigare.get(), true);
        }
        if (rattar != null) {
            Journalanteckning rattad = journal.anteckning(arendeId, rattar)
                    .orElseThrow(() -> new HittadesInte("journal.fel.anteckningenFinnsInte"));
            rattar = rattad.id();
        }
        List<Faltfel> fel = fel(ny);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        String text = text(ny.text());
        UUID id = UUID.randomUUID();
        boolean skriven = journal.skriv(new JdbcJournal.NyRad(
                id,
                arendeId,
                ny.handelsedatum(),
                ny.slag(),
                text,
                forfattare.anvandarnamn(),
                OffsetDateTime.now(clock),
                rattar,
                ny.idempotensnyckel(),
                ny.bilagor()));
        if (!skriven) {
            // the same form arrived twice at once; the other request wrote the note
            return new Sparad(journal.medNyckel(ny.idempotensnyckel()).orElseThrow(), true);
        }
        atkomstlogg.logga(
                Atkomstlogg.Handling.SKRIV,
                arendeId,
                arende.personId(),
                rattar == null ? "Journalanteckning skriven" : "Journalanteckning rättad");
        return new Sparad(id, false);
    }

    /** The text as it is saved: line breaks as \n, without blank lines around it. */
    static String text(String text) {
        return text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** What is wrong with the note, as message keys per field; empty when it can be written. */
    List<Faltfel> fel(NyAnteckning ny) {
        List<Faltfel> fel = new ArrayList<>();
        if (ny.idempotensnyckel() == null) {
            fel.add(new Faltfel("token", "journal.fel.token"));
        }
        LocalDate idag = LocalDate.now(clock);
        if (ny.handelsedatum() == null) {
            fel.add(new Faltfel("handelsedatum", "journal.fel.datumSaknas"));
        } else if (ny.handelsedatum().isAfter(idag)) {
            fel.add(new Faltfel("handelsedatum", "journal.fel.datumFramtid"));
        } else if (ny.handelsedatum().isBefore(TIDIGAST)) {
            fel.add(new Faltfel("handelsedatum", "journal.fel.datumForTidigt"));
        }
        if (ny.slag() == null) {
            fel.add(new Faltfel("slag", "journal.fel.slag"));
        }
        String text = text(ny.text());
        if (text.isEmpty()) {
            fel.add(new Faltfel("text", "journal.fel.textSaknas"));
        } else if (text.length() > MAX_TEXT) {
            fel.add(new Faltfel("text", "journal.fel.textForLang"));
        } else if (KONTROLLTECKEN.matcher(text).find()) {
            fel.add(new Faltfel("text", "journal.fel.textTecken"));
        }
        return fel;
    }
}
