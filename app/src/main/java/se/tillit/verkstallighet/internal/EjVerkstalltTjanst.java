package se.tillit.verkstallighet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.ArendeAvslutat;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.Drojsmalsorsak;
import se.tillit.verkstallighet.EjVerkstalldaBeslut;
import se.tillit.verkstallighet.EjVerkstallt;
import se.tillit.verkstallighet.Stangningsorsak;

/**
 * The handläggare's side of an ej-verkställt record: the reason for the delay, offers and answers, closing for
 * another reason than execution; and closing every open record of a case that is closed (R22, C21, C36).
 */
@Service
@RequiredArgsConstructor
class EjVerkstalltTjanst implements EjVerkstalldaBeslut {

    private final JdbcClient jdbc;
    private final EjVerkstalltLasning lasning;
    private final Beslutsregister beslut;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock clock;

    @Override
    public List<EjVerkstallt> under(LocalDate fran, LocalDate tom) {
        return lasning.under(fran, tom);
    }

    @Override
    public List<EjVerkstallt> forBeslut(UUID beslutId) {
        return lasning.forBeslut(beslutId);
    }

    @Override
    @Transactional
    public EjVerkstallt angeSkal(UUID beslutId, UUID postId, NyttSkal skal) {
        InloggadAnvandare handlaggare = handlaggare(beslutId);
        EjVerkstallt post = lastPost(beslutId, postId);
        String orsakText = text(skal.orsakText());
        if (skal.orsak() == Drojsmalsorsak.ANNAN && orsakText == null) {
            throw new Valideringsfel("orsakText", "verkstallighet.fel.beskrivOrsakenNarDenArAnnan");
        }
        if (post.skal() != null
                && post.skal().orsak() == skal.orsak()
                && java.util.Objects.equals(post.skal().orsakText(), orsakText)
                && java.util.Objects.equals(post.skal().konsekvenser(), text(skal.konsekvenser()))
                && java.util.Objects.equals(post.skal().tillfalligaInsatser(), text(skal.tillfalligaInsatser()))) {
            return post; // the statement in force, sent again (a double click): nothing new to keep
        }
        jdbc.sql("""
                        insert into ej_verkstallt_skal (ej_verkstallt_id, orsak, orsak_text, konsekvenser, tillfalliga_insatser,
                                                        registrerad_av)
                        values (:post, :orsak, :text, :konsekvenser, :tillfalliga, :av)""")
                .param("post", post.id())
                .param("orsak", skal.orsak().name())
                .param("text", orsakText)
                .param("konsekvenser", text(skal.konsekvenser()))
                .param("tillfalliga", text(skal.tillfalligaInsatser()))
                .param("av", handlaggare.anvandarnamn())
                .update();
        return post(beslutId, postId);
    }

    @Override
    @Transactional
    public EjVerkstallt registreraErbjudande(UUID beslutId, UUID postId, NyttErbjudande erbjudande) {
        InloggadAnvandare handlaggare = handlaggare(beslutId);
        EjVerkstallt post = lastPost(beslutId, postId);
        if (post.erbjudanden().stream().anyMatch(e -> samma(e, erbjudande))) {
            return post; // the same offer sent again (a double click): recorded once
        }
        List<Faltfel> fel = new ArrayList<>();
        LocalDate idag = LocalDate.now(clock);
        if (erbjudande.erbjudet().isBefore(post.raknasFran())) {
            fel.add(new Faltfel(
                    "erbjudet",
                    Texter.text(
                            post.grund().equals("AVBROTT")
                                    ? "verkstallighet.fel.erbjudandetForeAvbrottet"
                                    : "verkstallighet.fel.erbjudandetForeBeslutet",
                            post.raknasFran())));
        }
        if (text(erbjudande.vad()) == null) {
            fel.add(new Faltfel("vad", "verkstallighet.fel.angeVadSomErbjods"));
        }
        if (erbjudande.erbjudet().isAfter(idag)) {
            fel.add(new Faltfel("erbjudet", "fel.datumetKanInteLiggaIFramtiden"));
        }
        if (post.stangd() != null && erbjudande.erbjudet().isAfter(post.stangd())) {
            fel.add(new Faltfel(
                    "erbjudet",
                    Texter.text("verkstallighet.fel.postenAvslutadesEttSenareErbjudandeHorInte", post.stangd())));
        }
        if (erbjudande.svar() == null && (erbjudande.svarDatum() != null || text(erbjudande.skal()) != null)) {
            fel.add(new Faltfel("svar", "verkstallighet.fel.angeSvaretAvbojtEllerAccepteratNarDatum"));
        }
        if (erbjudande.svar() != null) {
            fel.addAll(svarsfel(
                    erbjudande.erbjudet(),
                    new SvarPaErbjudande(erbjudande.svar(), erbjudande.svarDatum(), erbjudande.skal()),
                    idag,
                    "svarDatum"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        boolean besvarat = erbjudande.svar() != null;
        jdbc.sql("""
                        insert into ej_verkstallt_erbjudande (ej_verkstallt_id, erbjudet, vad, svar, svar_datum, skal, skapad_av,
                                                              besvarat_registrerat, besvarat_registrerat_av)
                        values (:post, :erbjudet, :vad, :svar, :svarDatum, :skal, :av, :besvaratTid, :besvaratAv)""")
                .param("post", post.id())
                .param("erbjudet", erbjudande.erbjudet())
                .param("vad", text(erbjudande.vad()))
                .param("svar", besvarat ? erbjudande.svar().name() : null)
                .param("svarDatum", erbjudande.svarDatum())
                .param("skal", besvarat ? text(erbjudande.skal()) : null)
                .param("av", handlaggare.anvandarnamn())
                .param("besvaratTid", besvarat ? java.time.OffsetDateTime.now(clock) : null)
                .param("besvaratAv", besvarat ? handlaggare.anvandarnamn() : null)
                .update();
        return post(beslutId, postId);
    }

    @Override
    @Transactional
    public EjVerkstallt registreraSvar(UUID beslutId, UUID postId, UUID erbjudandeId, SvarPaErbjudande svar) {
        InloggadAnvandare handlaggare = handlaggare(beslutId);
        EjVerkstallt post = lastPost(beslutId, postId);
        EjVerkstallt.Erbjudande erbjudande = post.erbjudanden().stream()
                .filter(e -> e.id().equals(erbjudandeId))
                .findFirst()
                .orElseThrow(
                        () -> new HittadesInte(Texter.text("verkstallighet.fel.erbjudandetFinnsInte", erbjudandeId)));
        if (erbjudande.svar() != null) {
            throw new Valideringsfel(
                    "svar", Texter.text("verkstallighet.fel.redanBesvarat", erbjudande.svar(), erbjudande.svarDatum()));
        }
        List<Faltfel> fel = svarsfel(erbjudande.erbjudet(), svar, LocalDate.now(clock), "datum");
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        update ej_verkstallt_erbjudande
                           set svar = :svar, svar_datum = :datum, skal = :skal, besvarat_registrerat = now(),
                               besvarat_registrerat_av = :av
                         where id = :id and svar is null""")
                .param("svar", svar.svar().name())
                .param("datum", svar.datum())
                .param("skal", text(svar.skal()))
                .param("av", handlaggare.anvandarnamn())
                .param("id", erbjudandeId)
                .update();
        return post(beslutId, postId);
    }

    @Override
    @Transactional
    public EjVerkstallt avsluta(UUID beslutId, UUID postId, Avslut avslut) {
        InloggadAnvandare handlaggare = handlaggare(beslutId);
        EjVerkstallt post = lastPost(beslutId, postId);
        List<Faltfel> fel = new ArrayList<>();
        if (avslut.orsak() == Stangningsorsak.VERKSTALLT) {
            fel.add(new Faltfel("orsak", Texter.text("verkstallighet.fel.rapporterasMedPost", beslutId)));
        }
        if (!post.oppen()) {
            fel.add(new Faltfel(
                    "orsak", Texter.text("verkstallighet.fel.postenRedanAvslutad", post.stangd(), post.stangdOrsak())));
        }
        if (avslut.datum().isBefore(post.raknasFran()) || avslut.datum().isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel(
                    "datum", Texter.text("verkstallighet.fel.datumetSkaLiggaMellanOchIDag", post.raknasFran())));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        update ej_verkstallt set stangd = :datum, stangd_orsak = :orsak, stangd_av = :av, stangd_registrerad = now()
                         where id = :id and stangd is null""")
                .param("datum", avslut.datum())
                .param("orsak", avslut.orsak().name())
                .param("av", handlaggare.anvandarnamn())
                .param("id", postId)
                .update();
        return post(beslutId, postId);
    }

    /**
     * A closed case executes none of its decisions: their open records close the same day, with the case's reason
     * (a death, a move, a withdrawn application), in the closing transaction.
     */
    @EventListener
    void arendeAvslutat(ArendeAvslutat avslutat) {
        Stangningsorsak orsak = switch (avslutat.orsak()) {
            case AVLIDEN -> Stangningsorsak.AVLIDEN;
            case FLYTT_TILL_ANNAN_KOMMUN -> Stangningsorsak.FLYTTAT;
            case ANSOKAN_ATERKALLAD -> Stangningsorsak.ATERKALLAT;
            default -> Stangningsorsak.BESLUTET_UPPHORT;
        };
        String av =
                aktuellAnvandare.hamta().map(InloggadAnvandare::anvandarnamn).orElse("system");
        jdbc.sql("""
                        update ej_verkstallt set stangd = :idag, stangd_orsak = :orsak, stangd_av = :av, stangd_registrerad = now()
                         where stangd is null and beslut_id in (select id from beslut where arende_id = :arende)""")
                .param("idag", LocalDate.now(clock))
                .param("orsak", orsak.name())
                .param("av", av)
                .param("arende", avslutat.arendeId())
                .update();
    }

    private static List<Faltfel> svarsfel(LocalDate erbjudet, SvarPaErbjudande svar, LocalDate idag, String datumfalt) {
        List<Faltfel> fel = new ArrayList<>();
        if (svar.datum() == null) {
            fel.add(new Faltfel(datumfalt, "verkstallighet.fel.datumForSvaretSaknas"));
        } else if (svar.datum().isBefore(erbjudet) || svar.datum().isAfter(idag)) {
            fel.add(new Faltfel(
                    datumfalt, Texter.text("verkstallighet.fel.svaretSkaHaKommitMellanErbjudandetOch", erbjudet)));
        }
        if (svar.svar() == EjVerkstallt.Svar.AVBOJT && text(svar.skal()) == null) {
            fel.add(new Faltfel("skal", "verkstallighet.fel.angeDenEnskildesSkalTillAttTacka"));
        }
        return fel;
    }

    /**
     * The record, locked until the transaction ends: two writes to it (a double click, two colleagues) take turns, and
     * the second sees what the first committed.
     */
    private EjVerkstallt lastPost(UUID beslutId, UUID postId) {
        jdbc.sql("select id from ej_verkstallt where id = :id and beslut_id = :beslut for update")
                .param("id", postId)
                .param("beslut", beslutId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() ->
                        new HittadesInte(Texter.text("verkstallighet.fel.beslutetHarIngenSadanPostOmEj", postId)));
        return post(beslutId, postId);
    }

    private static boolean samma(EjVerkstallt.Erbjudande finns, NyttErbjudande nytt) {
        return finns.erbjudet().equals(nytt.erbjudet())
                && java.util.Objects.equals(finns.vad(), text(nytt.vad()))
                && finns.svar() == nytt.svar()
                && java.util.Objects.equals(finns.svarDatum(), nytt.svarDatum());
    }

    private EjVerkstallt post(UUID beslutId, UUID postId) {
        return lasning.forBeslut(beslutId).stream()
                .filter(post -> post.id().equals(postId))
                .findFirst()
                .orElseThrow(() ->
                        new HittadesInte(Texter.text("verkstallighet.fel.beslutetHarIngenSadanPostOmEj", postId)));
    }

    /** A handläggare of the case's unit (or a service account); to whoever may not read the unit, 404. */
    private InloggadAnvandare handlaggare(UUID beslutId) {
        Beslut fattat = beslut.hitta(beslutId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)));
        String enhet = arenden.hitta(fattat.arendeId()).orElseThrow().enhet();
        return aktuellAnvandare.kravRollIEnhet(
                enhet, () -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)), Roll.HANDLAGGARE);
    }

    /** Stripped, without control characters other than line breaks and tabs (they break the reports' PDF and CSV). */
    private static String text(String text) {
        String rensad = text == null
                ? null
                : text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").strip();
        return rensad == null || rensad.isEmpty() ? null : rensad;
    }
}
