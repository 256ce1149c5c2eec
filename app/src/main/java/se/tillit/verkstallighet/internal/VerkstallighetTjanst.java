package se.tillit.verkstallighet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.InsatsAterupptagen;
import se.tillit.verkstallighet.InsatsAvbruten;
import se.tillit.verkstallighet.InsatsVerkstalld;
import se.tillit.verkstallighet.Verkstalligheter;

@Service
class VerkstallighetTjanst implements Verkstalligheter {

    private final JdbcClient jdbc;
    private final Beslutsregister beslut;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VerkstallighetTjanst(JdbcClient jdbc, Beslutsregister beslut, Arenden arenden, AktuellAnvandare aktuellAnvandare,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.beslut = beslut;
        this.arenden = arenden;
        this.aktuellAnvandare = aktuellAnvandare;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public java.util.Optional<se.tillit.verkstallighet.Verkstallighetsstatus> status(UUID beslutId) {
        return jdbc.sql("""
                        select b.utforare, b.utforartyp, b.onskad_start, b.verkstalld,
                               (select fran from avbrott a where a.beslut_id = b.beslut_id and a.till is null) as avbruten,
                               (select oppnad from ej_verkstallt e where e.beslut_id = b.beslut_id and e.stangd is null) as ej
                          from bestallning b where b.beslut_id = :beslut""")
                .param("beslut", beslutId)
                .query((rs, n) -> new se.tillit.verkstallighet.Verkstallighetsstatus(rs.getString("utforare"),
                        rs.getString("utforartyp"), rs.getObject("onskad_start", LocalDate.class),
                        rs.getObject("verkstalld", LocalDate.class), rs.getObject("avbruten", LocalDate.class),
                        rs.getObject("ej", LocalDate.class)))
                .optional();
    }

    @Override
    @Transactional
    public void bestall(UUID beslutId, String bestallandeEnhet, String utforare, String utforartyp, LocalDate onskadStart,
            String av) {
        jdbc.sql("""
                        insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, skapad_av)
                        values (:beslut, :enhet, :utforare, :typ, :start, :av) on conflict (beslut_id) do nothing""")
                .param("beslut", beslutId).param("enhet", bestallandeEnhet).param("utforare", utforare).param("typ", utforartyp)
                .param("start", onskadStart).param("av", av).update();
    }

    @Override
    public long antalEjVerkstallda(String bestallandeEnhet) {
        return jdbc.sql("""
                        select count(*) from ej_verkstallt e join bestallning b on b.beslut_id = e.beslut_id
                         where e.stangd is null and b.bestallande_enhet = :enhet""")
                .param("enhet", bestallandeEnhet).query(Long.class).single();
    }

    @Override
    @Transactional
    public void rapporteraVerkstalld(UUID beslutId, LocalDate verkstalld) {
        Beslut fattat = behorig(beslutId);
        if (verkstalld.isBefore(fattat.beslutsdatum())) {
            throw new Valideringsfel("verkstalld", "Verkställighetsdatum kan inte vara före beslutsdatum " + fattat.beslutsdatum());
        }
        if (verkstalld.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel("verkstalld", "Verkställighetsdatum kan inte ligga i framtiden");
        }
        int andrade = jdbc.sql("update bestallning set verkstalld = :datum where beslut_id = :beslut and verkstalld is null")
                .param("datum", verkstalld).param("beslut", beslutId).update();
        if (andrade == 0) {
            throw new Valideringsfel("verkstalld", "Beslutet har ingen beställning som väntar på verkställighet");
        }
        stangEjVerkstallt(beslutId, verkstalld);
        events.publishEvent(new InsatsVerkstalld(beslutId, verkstalld));
    }

    @Override
    @Transactional
    public void registreraAvbrott(UUID beslutId, LocalDate fran, String orsak) {
        behorig(beslutId);
        if (orsak == null || orsak.isBlank()) {
            throw new Valideringsfel("orsak", "Orsaken till avbrottet saknas");
        }
        Long pagaende = jdbc.sql("select count(*) from avbrott where beslut_id = :beslut and till is null")
                .param("beslut", beslutId).query(Long.class).single();
        if (pagaende > 0) {
            throw new Valideringsfel("fran", "Insatsen är redan avbruten");
        }
        jdbc.sql("insert into avbrott (beslut_id, fran, orsak, skapad_av) values (:beslut, :fran, :orsak, :av)")
                .param("beslut", beslutId).param("fran", fran).param("orsak", orsak.strip())
                .param("av", aktuellAnvandare.hamta().orElseThrow().anvandarnamn()).update();
        events.publishEvent(new InsatsAvbruten(beslutId, fran));
    }

    @Override
    @Transactional
    public void registreraAterupptagande(UUID beslutId, LocalDate datum) {
        behorig(beslutId);
        int andrade = jdbc.sql("update avbrott set till = :datum where beslut_id = :beslut and till is null and fran <= :datum")
                .param("datum", datum).param("beslut", beslutId).update();
        if (andrade == 0) {
            throw new Valideringsfel("datum", "Insatsen har inget pågående avbrott som börjat före " + datum);
        }
        stangEjVerkstallt(beslutId, datum);
        events.publishEvent(new InsatsAterupptagen(beslutId, datum));
    }

    @Override
    @Transactional
    public void oppnaEjVerkstallt(UUID beslutId, String grund, LocalDate raknasFran, LocalDate oppnad) {
        jdbc.sql("""
                        insert into ej_verkstallt (beslut_id, grund, raknas_fran, oppnad)
                        values (:beslut, :grund, :fran, :oppnad) on conflict (beslut_id) where stangd is null do nothing""")
                .param("beslut", beslutId).param("grund", grund).param("fran", raknasFran).param("oppnad", oppnad)
                .update();
    }

    private void stangEjVerkstallt(UUID beslutId, LocalDate datum) {
        jdbc.sql("update ej_verkstallt set stangd = :datum, stangd_orsak = 'VERKSTALLT' where beslut_id = :beslut and stangd is null")
                .param("datum", datum).param("beslut", beslutId).update();
    }

    /** The ordered provider's staff or a handläggare of the case's unit. */
    private Beslut behorig(UUID beslutId) {
        Beslut fattat = beslut.hitta(beslutId).orElseThrow(() -> new HittadesInte("Beslutet finns inte: " + beslutId));
        String enhet = arenden.hitta(fattat.arendeId()).orElseThrow().enhet();
        String utforare = jdbc.sql("select utforare from bestallning where beslut_id = :beslut").param("beslut", beslutId)
                .query(String.class).optional().orElse(null);
        boolean utforaren = utforare != null && aktuellAnvandare.hamta()
                .map(anvandare -> anvandare.harRollIEnhet(utforare, Roll.UTFORARE)).orElse(false);
        if (!utforaren) {
            aktuellAnvandare.kravRollIEnhet(enhet, Roll.HANDLAGGARE);
        }
        return fattat;
    }
}
