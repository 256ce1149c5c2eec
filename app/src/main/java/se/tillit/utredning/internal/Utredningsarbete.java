package se.tillit.utredning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.utredning.Forslag;
import se.tillit.utredning.Kommunicering;
import se.tillit.utredning.KommuniceringBesvarad;
import se.tillit.utredning.KommuniceringSkickad;
import se.tillit.utredning.Utredning;
import se.tillit.utredning.UtredningSignerad;
import se.tillit.utredning.Utredningar;
import se.tillit.utredning.Utredningsprocess;
import se.tillit.utredning.Utredningstext;

/**
 * Writing the investigation (issue 14): drafts saved as new versions, the signature that completes it, and the
 * kommunicering of the basis before an unfavourable decision (förvaltningslagen 25 §). Every step locks the
 * investigation's row first, so a double submit or two colleagues at once run one after the other: the second sees
 * what the first did. Errors carry message keys (the page shows them in the user's language).
 */
@Service
@RequiredArgsConstructor
class Utredningsarbete {

    enum Sparat {
        NY_VERSION,
        OFORANDRAT
    }

    static final int MAX_TEXT = 20_000;
    static final int MAX_KORT = 4_000;

    private final JdbcClient jdbc;
    private final UtredningstextRepository texter;
    private final Utredningar utredningar;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final Utredningsprocess process;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Saves the form as a new version, unless it is the latest version unchanged (a double click saves once). */
    @Transactional
    Sparat sparaUtkast(UUID utredningId, Utkast utkast) {
        Oppen oppen = oppen(utredningId);
        Optional<Utredningstext> senaste = texter.senaste(utredningId);
        if (senaste.map(s -> sammaInnehall(s, utkast)).orElse(utkast.tomt())) {
            if (senaste.isEmpty()) {
                throw new Valideringsfel("begaran", "utredning.fel.tomt");
            }
            return Sparat.OFORANDRAT;
        }
        List<Faltfel> fel = new ArrayList<>();
        langd(utkast, fel);
        grundversion(senaste, utkast, fel);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        texter.sparaVersion(
                utredningId,
                senaste.map(Utredningstext::version).orElse(0) + 1,
                utkast,
                OffsetDateTime.now(clock),
                oppen.anvandare().anvandarnamn());
        return Sparat.NY_VERSION;
    }

    /**
     * Signs the form as the investigation's final version: every section written, at least one proposal, a reasoning
     * per proposal, no kommunicering waiting for its reply, and an unfavourable proposal communicated first (or the
     * reason it need not be). Only the handläggare who has taken the task Utreda signs; the process goes on at once.
     */
    @Transactional
    void signera(UUID utredningId, Utkast utkast) {
        Oppen oppen = oppen(utredningId);
        List<Faltfel> fel = new ArrayList<>();
        String anvandare = oppen.anvandare().anvandarnamn();
        Optional<Utredningsprocess.Processuppgift> utreda = process.utreda(utredningId);
        if (utreda.isEmpty()) {
            fel.add(new Faltfel("signera", "utredning.fel.processenVantarInte"));
        } else if (!anvandare.equals(utreda.get().tilldelad())) {
            fel.add(new Faltfel("signera", "utredning.fel.taUppgiften"));
        }
        kravText("begaran", utkast.begaran(), fel);
        kravText("bakgrund", utkast.bakgrund(), fel);
        kravText("enskildesSyn", utkast.enskildesSyn(), fel);
        kravText("bedomning", utkast.bedomning(), fel);
        if (utkast.forslag().isEmpty()) {
            fel.add(new Faltfel("forslag", "utredning.fel.ingetForslag"));
        }
        for (int i = 0; i < utkast.forslag().size(); i++) {
            if (utkast.forslag().get(i).motivering().isBlank()) {
                fel.add(new Faltfel("motivering" + i, "utredning.fel.saknas"));
            }
        }
        langd(utkast, fel);
        grundversion(texter.senaste(utredningId), utkast, fel);
        List<Kommunicering> kommuniceringar = texter.kommuniceringar(utredningId);
        if (kommuniceringar.stream().anyMatch(Kommunicering::vantarPaSvar)) {
            fel.add(new Faltfel("kommunicering", "utredning.fel.kommuniceringVantar"));
        } else if (utkast.forslag().stream().anyMatch(Forslag::ogynnsamt)
                && kommuniceringar.isEmpty()
                && utkast.kommuniceringUndantag() == null) {
            fel.add(new Faltfel("kommuniceringUndantag", "utredning.fel.kommuniceringSaknas"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        OffsetDateTime nu = OffsetDateTime.now(clock);
        int version = texter.senaste(utredningId).map(Utredningstext::version).orElse(0) + 1;
        UUID text = texter.sparaVersion(utredningId, version, utkast, nu, anvandare);
        texter.signera(text, utredningId, nu, anvandare);
        events.publishEvent(new UtredningSignerad(utredningId, anvandare));
    }

    /** Records the basis sent to the person; the process computes the reply deadline and waits for the reply. */
    @Transactional
    void kommunicera(UUID utredningId, NyKommunicering ny) {
        Oppen oppen = oppen(utredningId);
        if (texter.kommuniceringar(utredningId).stream().anyMatch(Kommunicering::vantarPaSvar)) {
            throw new RedanGjort("utredning.kommuniceringVantarRedan");
        }
        List<Faltfel> fel = new ArrayList<>();
        LocalDate idag = LocalDate.now(clock);
        if (ny.skickad() != null && ny.skickad().isAfter(idag)) {
            fel.add(new Faltfel("skickad", "utredning.fel.framtid"));
        } else if (ny.skickad() != null
                && ny.skickad().isBefore(oppen.utredning().inledd())) {
            fel.add(new Faltfel("skickad", "utredning.fel.foreInledd"));
        }
        if (ny.vad() == null || ny.vad().isBlank()) {
            fel.add(new Faltfel("vad", "utredning.fel.saknas"));
        } else if (ny.vad().length() > MAX_KORT) {
            fel.add(new Faltfel("vad", "utredning.fel.forLangKort"));
        }
        if (ny.skickad() == null) {
            fel.add(new Faltfel("skickad", "utredning.fel.datum"));
        }
        if (ny.satt() == null) {
            fel.add(new Faltfel("satt", "utredning.fel.valj"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        UUID id = texter.nyKommunicering(
                utredningId, ny, OffsetDateTime.now(clock), oppen.anvandare().anvandarnamn());
        events.publishEvent(new KommuniceringSkickad(utredningId, id, ny.skickad(), ny.satt()));
    }

    /** Records the person's reply to the waiting kommunicering. */
    @Transactional
    void registreraSvar(UUID utredningId, LocalDate besvarad, String sammanfattning) {
        Oppen oppen = oppen(utredningId);
        Kommunicering vantande = vantande(utredningId);
        List<Faltfel> fel = new ArrayList<>();
        if (besvarad == null) {
            fel.add(new Faltfel("besvarad", "utredning.fel.datum"));
        } else if (besvarad.isBefore(vantande.skickad())) {
            fel.add(new Faltfel("besvarad", "utredning.fel.foreSkickad"));
        } else if (besvarad.isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel("besvarad", "utredning.fel.framtid"));
        }
        if (sammanfattning == null || sammanfattning.isBlank()) {
            fel.add(new Faltfel("sammanfattning", "utredning.fel.saknas"));
        } else if (sammanfattning.length() > MAX_KORT) {
            fel.add(new Faltfel("sammanfattning", "utredning.fel.forLangKort"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        texter.svar(
                vantande.id(),
                besvarad,
                sammanfattning.strip(),
                OffsetDateTime.now(clock),
                oppen.anvandare().anvandarnamn());
        events.publishEvent(new KommuniceringBesvarad(utredningId, vantande.id()));
    }

    /** Records that no reply came: allowed only once the reply deadline has passed. */
    @Transactional
    void registreraUteblivetSvar(UUID utredningId) {
        Oppen oppen = oppen(utredningId);
        Kommunicering vantande = vantande(utredningId);
        if (vantande.svarsfrist() == null || !LocalDate.now(clock).isAfter(vantande.svarsfrist())) {
            throw new Valideringsfel("utebliven", "utredning.fel.fristenInteUte");
        }
        texter.svar(
                vantande.id(),
                null,
                null,
                OffsetDateTime.now(clock),
                oppen.anvandare().anvandarnamn());
        events.publishEvent(new KommuniceringBesvarad(utredningId, vantande.id()));
    }

    private record Oppen(Utredning utredning, Arende arende, InloggadAnvandare anvandare) {}

    /**
     * Locks the investigation for this transaction and checks that the user is a handläggare of its unit (to whoever
     * may not read the unit it does not exist) and that it is still being written.
     */
    private Oppen oppen(UUID utredningId) {
        jdbc.sql("select id from utredning where id = :id for update")
                .param("id", utredningId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new HittadesInte("utredning.fel.utredningenFinnsInte"));
        Utredning utredning = utredningar.hitta(utredningId).orElseThrow();
        Arende arende = arenden.hitta(utredning.arendeId()).orElseThrow();
        InloggadAnvandare anvandare = aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("utredning.fel.utredningenFinnsInte"), Roll.HANDLAGGARE);
        if (texter.signerad(utredningId).isPresent()) {
            throw new RedanGjort("utredning.redanSignerad");
        }
        if (utredning.avslutad() != null) {
            throw new RedanGjort("utredning.redanAvslutad");
        }
        return new Oppen(utredning, arende, anvandare);
    }

    private Kommunicering vantande(UUID utredningId) {
        List<Kommunicering> kommuniceringar = texter.kommuniceringar(utredningId);
        if (kommuniceringar.isEmpty()) {
            // nothing was ever communicated: a refusal, not the second click of a reply already recorded
            throw new Valideringsfel("kommunicering", "utredning.ingetSvarVantas");
        }
        return kommuniceringar.stream()
                .filter(Kommunicering::vantarPaSvar)
                .findFirst()
                .orElseThrow(() -> new RedanGjort("utredning.ingetSvarVantas"));
    }

    /** A colleague saved a version after the one this form was opened on: the form is not saved over it. */
    private static void grundversion(Optional<Utredningstext> senaste, Utkast utkast, List<Faltfel> fel) {
        int version = senaste.map(Utredningstext::version).orElse(0);
        if (version != utkast.grundversion()) {
            fel.add(new Faltfel("version", "utredning.fel.andradAvAnnan"));
        }
    }

    private static void langd(Utkast utkast, List<Faltfel> fel) {
        for (String[] falt : new String[][] {
            {"begaran", utkast.begaran()},
            {"bakgrund", utkast.bakgrund()},
            {"enskildesSyn", utkast.enskildesSyn()},
            {"bedomning", utkast.bedomning()}
        }) {
            if (falt[1].length() > MAX_TEXT) {
                fel.add(new Faltfel(falt[0], "utredning.fel.forLang"));
            }
        }
        for (int i = 0; i < utkast.forslag().size(); i++) {
            if (utkast.forslag().get(i).motivering().length() > MAX_KORT) {
                fel.add(new Faltfel("motivering" + i, "utredning.fel.forLangKort"));
            }
        }
    }

    private static void kravText(String falt, String text, List<Faltfel> fel) {
        if (text.isBlank()) {
            fel.add(new Faltfel(falt, "utredning.fel.saknas"));
        }
    }

    private static boolean sammaInnehall(Utredningstext text, Utkast utkast) {
        return text.begaran().equals(utkast.begaran())
                && text.bakgrund().equals(utkast.bakgrund())
                && text.enskildesSyn().equals(utkast.enskildesSyn())
                && text.bedomning().equals(utkast.bedomning())
                && text.forslag().equals(utkast.forslag())
                && Objects.equals(
                        text.kommuniceringUndantag(),
                        utkast.kommuniceringUndantag() == null
                                ? null
                                : utkast.kommuniceringUndantag().name());
    }
}
