package se.tillit.verkstallighet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.pris.Manadskostnad;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.BestalldInsats;
import se.tillit.verkstallighet.Drojsmalsorsak;
import se.tillit.verkstallighet.InsatsAterupptagen;
import se.tillit.verkstallighet.InsatsAvbruten;
import se.tillit.verkstallighet.InsatsVerkstalld;
import se.tillit.verkstallighet.Narvarodag;
import se.tillit.verkstallighet.Verkstalligheter;

@Service
@RequiredArgsConstructor
class VerkstallighetTjanst implements Verkstalligheter {

    static final ZoneId SVENSK_TID = Svensktid.ZON;

    private final JdbcClient jdbc;
    private final Beslutsregister beslut;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Bestallningstillstand tillstand;
    private final Clock clock;

    @Override
    public java.util.Optional<se.tillit.verkstallighet.Verkstallighetsstatus> status(UUID beslutId) {
        return jdbc.sql("""
                        select b.utforare, b.utforartyp, b.onskad_start, b.verkstalld, b.accepterad, b.plats_bokad,
                               b.verkstalld_registrerad, b.verkstalld_registrerad_av,
                               (select fran from avbrott a where a.beslut_id = b.beslut_id and a.till is null) as avbruten,
                               (select oppnad from ej_verkstallt e where e.beslut_id = b.beslut_id and e.stangd is null) as ej,
                               h.orsak as hinder, h.orsak_text as hinder_text, h.registrerad as hinder_registrerad
                          from bestallning b
                          left join lateral (select x.orsak, x.orsak_text, x.registrerad from bestallning_hinder x
                                              where x.beslut_id = b.beslut_id order by x.registrerad desc limit 1) h on true
                         where b.beslut_id = :beslut""")
                .param("beslut", beslutId)
                .query((rs, n) -> {
                    LocalDate verkstalld = rs.getObject("verkstalld", LocalDate.class);
                    LocalDate avbruten = rs.getObject("avbruten", LocalDate.class);
                    OffsetDateTime accepterad = rs.getObject("accepterad", OffsetDateTime.class);
                    OffsetDateTime hinderRegistrerat = rs.getObject("hinder_registrerad", OffsetDateTime.class);
                    // the provider's reason counts while the order waits to start, or to resume after the avbrott
                    boolean hinderGaller = hinderRegistrerat != null
                            && (verkstalld == null
                                    || avbruten != null
                                            && !dag(hinderRegistrerat).isBefore(avbruten));
                    return new se.tillit.verkstallighet.Verkstallighetsstatus(
                            rs.getString("utforare"),
                            rs.getString("utforartyp"),
                            rs.getObject("onskad_start", LocalDate.class),
                            verkstalld,
                            avbruten,
                            rs.getObject("ej", LocalDate.class),
                            accepterad == null ? null : dag(accepterad),
                            rs.getObject("plats_bokad", LocalDate.class),
                            hinderGaller ? Drojsmalsorsak.valueOf(rs.getString("hinder")) : null,
                            hinderGaller ? rs.getString("hinder_text") : null,
                            Svensktid.svensk(rs.getObject("verkstalld_registrerad", OffsetDateTime.class)),
                            rs.getString("verkstalld_registrerad_av"));
                })
                .optional();
    }

    /** The day of a moment, in the municipality's time. */
    static LocalDate dag(OffsetDateTime tid) {
        return tid.atZoneSameInstant(SVENSK_TID).toLocalDate();
    }

    @Override
    @Transactional
    public void bestall(
            UUID beslutId,
            String bestallandeEnhet,
            String utforare,
            String utforartyp,
            LocalDate onskadStart,
            String av) {
        // only a favourable decision is ordered (the process's gateway says so too): the provider's list counts the
        // orders without reading their decisions
        jdbc.sql("""
                        insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, skapad_av, tillstand)
                        select id, :enhet, :utforare, :typ, :start, :av, 'NY' from beslut where id = :beslut and utfall <> 'AVSLAG'
                        on conflict (beslut_id) do nothing""")
                .param("beslut", beslutId)
                .param("enhet", bestallandeEnhet)
                .param("utforare", utforare)
                .param("typ", utforartyp)
                .param("start", onskadStart)
                .param("av", av)
                .update();
        // ended already when the decision's validity ran out before it was ordered
        tillstand.skriv(beslutId);
    }

    @Override
    public long antalEjVerkstallda(String bestallandeEnhet) {
        return jdbc.sql("""
                        select count(*) from ej_verkstallt e join bestallning b on b.beslut_id = e.beslut_id
                         where e.stangd is null and b.bestallande_enhet = :enhet""").param("enhet", bestallandeEnhet).query(Long.class).single();
    }

    @Override
    @Transactional
    public void rapporteraVerkstalld(UUID beslutId, LocalDate verkstalld) {
        Beslut fattat = behorig(beslutId);
        if (verkstalld.isBefore(fattat.beslutsdatum())) {
            throw new Valideringsfel(
                    "verkstalld",
                    Texter.text(
                            "verkstallighet.fel.verkstallighetsdatumKanInteVaraForeBeslutsdatum",
                            fattat.beslutsdatum()));
        }
        if (verkstalld.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel("verkstalld", "verkstallighet.fel.verkstallighetsdatumKanInteLiggaIFramtiden");
        }
        // who and when on the order itself: the provider's page, its API and a handläggare all come through here
        int andrade = jdbc.sql("""
                        update bestallning set verkstalld = :datum, verkstalld_registrerad = :nu, verkstalld_registrerad_av = :av
                         where beslut_id = :beslut and verkstalld is null""")
                .param("datum", verkstalld)
                .param("nu", OffsetDateTime.now(clock))
                .param("av", aktuellAnvandare.hamta().orElseThrow().anvandarnamn())
                .param("beslut", beslutId)
                .update();
        if (andrade == 0) {
            throw new Valideringsfel("verkstalld", "verkstallighet.fel.beslutetHarIngenBestallningSomVantarPa");
        }
        tillstand.skriv(beslutId);
        stangEjVerkstallt(beslutId, verkstalld);
        events.publishEvent(new InsatsVerkstalld(beslutId, verkstalld));
    }

    @Override
    @Transactional
    public void registreraAvbrott(UUID beslutId, LocalDate fran, String orsak) {
        behorig(beslutId);
        if (orsak == null || orsak.isBlank()) {
            throw new Valideringsfel("orsak", "verkstallighet.fel.orsakenTillAvbrottetSaknas");
        }
        Long pagaende = jdbc.sql("select count(*) from avbrott where beslut_id = :beslut and till is null")
                .param("beslut", beslutId)
                .query(Long.class)
                .single();
        if (pagaende > 0) {
            throw new Valideringsfel("fran", "verkstallighet.fel.insatsenArRedanAvbruten");
        }
        jdbc.sql("insert into avbrott (beslut_id, fran, orsak, skapad_av) values (:beslut, :fran, :orsak, :av)")
                .param("beslut", beslutId)
                .param("fran", fran)
                .param("orsak", orsak.strip())
                .param("av", aktuellAnvandare.hamta().orElseThrow().anvandarnamn())
                .update();
        tillstand.skriv(beslutId);
        events.publishEvent(new InsatsAvbruten(beslutId, fran));
    }

    @Override
    @Transactional
    public void registreraAterupptagande(UUID beslutId, LocalDate datum) {
        behorig(beslutId);
        int andrade = jdbc.sql(
                        "update avbrott set till = :datum where beslut_id = :beslut and till is null and fran <= :datum")
                .param("datum", datum)
                .param("beslut", beslutId)
                .update();
        if (andrade == 0) {
            throw new Valideringsfel(
                    "datum", Texter.text("verkstallighet.fel.insatsenHarIngetPagaendeAvbrottSomBorjat", datum));
        }
        tillstand.skriv(beslutId);
        stangEjVerkstallt(beslutId, datum);
        events.publishEvent(new InsatsAterupptagen(beslutId, datum));
    }

    @Override
    @Transactional
    public void oppnaEjVerkstallt(UUID beslutId, String grund, LocalDate raknasFran, LocalDate oppnad) {
        // the duty to report an unexecuted decision covers decisions under SoL (34 kap. 1 §) and LSS 9 § (28 f §), not
        // a
        // care decision under LVU, which the committee carries out itself (law-and-peers.md A2): no record for IVO
        if ("LVU"
                .equals(jdbc.sql("select lag from beslut where id = :beslut")
                        .param("beslut", beslutId)
                        .query(String.class)
                        .optional()
                        .orElse(null))) {
            return;
        }
        Optional<UUID> oppnat = jdbc.sql("""
                        insert into ej_verkstallt (beslut_id, grund, raknas_fran, oppnad)
                        values (:beslut, :grund, :fran, :oppnad) on conflict (beslut_id) where stangd is null do nothing
                        returning id""")
                .param("beslut", beslutId)
                .param("grund", grund)
                .param("fran", raknasFran)
                .param("oppnad", oppnad)
                .query(UUID.class)
                .optional();
        // the provider's current reason, given since the decision (or the avbrott), is the record's first statement
        oppnat.ifPresent(post -> jdbc.sql("""
                        insert into ej_verkstallt_skal (ej_verkstallt_id, orsak, orsak_text, registrerad, registrerad_av, kalla)
                        select :post, h.orsak, h.orsak_text, h.registrerad, h.registrerad_av, 'UTFORARE'
                          from bestallning_hinder h
                         where h.beslut_id = :beslut and h.registrerad >= :fran
                         order by h.registrerad desc limit 1""")
                .param("post", post)
                .param("beslut", beslutId)
                .param("fran", raknasFran.atStartOfDay(SVENSK_TID).toOffsetDateTime())
                .update());
    }

    @Override
    @Transactional
    public void acceptera(UUID beslutId) {
        InloggadAnvandare utforaren = utforaren(beslutId);
        Orderlage order = orderlage(beslutId);
        if (order.accepterad() != null && order.verkstalld() == null) {
            return; // accepted before (a double click, a provider's system sending again): nothing new
        }
        if (order.verkstalld() != null) {
            throw new Valideringsfel(
                    "accepterad",
                    Texter.text("verkstallighet.fel.redanVerkstalldBehoverInteAccepteras", order.verkstalld()));
        }
        if (order.avslutad()) {
            throw new Valideringsfel("accepterad", "verkstallighet.fel.bestallningenArAvslutadOchKanInteAccepteras");
        }
        jdbc.sql(
                        "update bestallning set accepterad = :nu, accepterad_av = :av where beslut_id = :beslut and accepterad is null")
                .param("nu", OffsetDateTime.now(clock))
                .param("av", utforaren.anvandarnamn())
                .param("beslut", beslutId)
                .update();
        tillstand.skriv(beslutId);
    }

    @Override
    @Transactional
    public void angeHinder(UUID beslutId, Drojsmalsorsak orsak, String orsakText) {
        InloggadAnvandare utforaren = utforaren(beslutId);
        Orderlage order = orderlage(beslutId);
        String text = text(orsakText);
        List<Faltfel> fel = new ArrayList<>();
        if (orsak == null) {
            fel.add(new Faltfel(
                    "orsak",
                    Texter.text(
                            "verkstallighet.fel.orsakSaknas2", se.tillit.verkstallighet.EjVerkstalldaBeslut.ORSAKER)));
        } else if (orsak == Drojsmalsorsak.ANNAN && text == null) {
            fel.add(new Faltfel("orsakText", "verkstallighet.fel.beskrivOrsakenNarDenArAnnan"));
        }
        if (text != null && text.length() > 2000) {
            fel.add(new Faltfel("orsakText", Texter.text("fel.hogstTecken", 2000)));
        }
        if (order.avslutad()) {
            fel.add(new Faltfel("orsak", "verkstallighet.fel.bestallningenArAvslutad"));
        } else if (order.verkstalld() != null && order.avbrutenSedan() == null) {
            fel.add(new Faltfel("orsak", Texter.text("verkstallighet.fel.verkstalldOchPagar", order.verkstalld())));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        Optional<Hinder> nuvarande = jdbc.sql("""
                        select orsak, orsak_text, registrerad from bestallning_hinder where beslut_id = :beslut
                         order by registrerad desc limit 1""")
                .param("beslut", beslutId)
                .query((rs, n) -> new Hinder(
                        Drojsmalsorsak.valueOf(rs.getString("orsak")),
                        rs.getString("orsak_text"),
                        rs.getObject("registrerad", OffsetDateTime.class)))
                .optional();
        boolean sammaSomGaller = nuvarande
                .filter(h -> h.orsak() == orsak
                        && java.util.Objects.equals(h.orsakText(), text)
                        && (order.avbrutenSedan() == null
                                || !dag(h.registrerad()).isBefore(order.avbrutenSedan())))
                .isPresent();
        if (sammaSomGaller) {
            return; // the statement in force, sent again (a double click): nothing new to keep
        }
        jdbc.sql(
                        "insert into bestallning_hinder (beslut_id, orsak, orsak_text, registrerad_av) values (:beslut, :orsak, :text, :av)")
                .param("beslut", beslutId)
                .param("orsak", orsak.name())
                .param("text", text)
                .param("av", utforaren.anvandarnamn())
                .update();
        // an open ej-verkställt record takes the provider's reason at once, keeping the handläggare's consequences and
        // interim insatser of the statement it replaces
        jdbc.sql("""
                        insert into ej_verkstallt_skal (ej_verkstallt_id, orsak, orsak_text, konsekvenser, tillfalliga_insatser,
                                                        registrerad_av, kalla)
                        select e.id, :orsak, :text, s.konsekvenser, s.tillfalliga_insatser, :av, 'UTFORARE'
                          from ej_verkstallt e
                          left join lateral (select x.konsekvenser, x.tillfalliga_insatser from ej_verkstallt_skal x
                                              where x.ej_verkstallt_id = e.id order by x.registrerad desc limit 1) s on true
                         where e.beslut_id = :beslut and e.stangd is null""")
                .param("orsak", orsak.name())
                .param("text", text)
                .param("av", utforaren.anvandarnamn())
                .param("beslut", beslutId)
                .update();
    }

    private record Hinder(Drojsmalsorsak orsak, String orsakText, OffsetDateTime registrerad) {}

    /** What the provider's steps need to know of the order, its row locked until the transaction ends. */
    private record Orderlage(
            OffsetDateTime accepterad, LocalDate verkstalld, LocalDate avbrutenSedan, boolean avslutad) {}

    private Orderlage orderlage(UUID beslutId) {
        LocalDate idag = LocalDate.now(clock);
        return jdbc.sql("""
                        select o.accepterad, o.verkstalld, o.avslutad, b.giltig_tom, a.avslutat,
                               (select fran from avbrott x where x.beslut_id = o.beslut_id and x.till is null) as avbruten
                          from bestallning o join beslut b on b.id = o.beslut_id join arende a on a.id = b.arende_id
                         where o.beslut_id = :beslut for update of o""")
                .param("beslut", beslutId)
                .query((rs, n) -> {
                    LocalDate avslutad = rs.getObject("avslutad", LocalDate.class);
                    LocalDate giltigTom = rs.getObject("giltig_tom", LocalDate.class);
                    boolean slut = avslutad != null && !avslutad.isAfter(idag)
                            || giltigTom != null && giltigTom.isBefore(idag)
                            || rs.getObject("avslutat") != null;
                    return new Orderlage(
                            rs.getObject("accepterad", OffsetDateTime.class),
                            rs.getObject("verkstalld", LocalDate.class),
                            rs.getObject("avbruten", LocalDate.class),
                            slut);
                })
                .single();
    }

    /**
     * The ordered provider's staff, or a service account (the provider's own system); a handläggare who may read the
     * case gets 403 (these steps are the provider's), anyone else 404, as for a decision without an order.
     */
    private InloggadAnvandare utforaren(UUID beslutId) {
        Beslut fattat = beslut.hitta(beslutId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)));
        String utforare = jdbc.sql("select utforare from bestallning where beslut_id = :beslut")
                .param("beslut", beslutId)
                .query(String.class)
                .optional()
                .orElseThrow(() ->
                        new HittadesInte(Texter.text("verkstallighet.fel.beslutetHarIngenBestallning", beslutId)));
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        if (anvandare.harRollIEnhet(utforare, Roll.UTFORARE) || anvandare.harRoll(Roll.INTEGRATION)) {
            return anvandare;
        }
        if (aktuellAnvandare.kanLasaEnhet(
                arenden.hitta(fattat.arendeId()).orElseThrow().enhet())) {
            throw new AccessDeniedException("verkstallighet.fel.detArUtforarenSomAccepterarBestallningenOch");
        }
        throw new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId));
    }

    /** Stripped, without control characters other than line breaks and tabs (they break the reports' PDF and CSV). */
    private static String text(String text) {
        String rensad = text == null
                ? null
                : text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").strip();
        return rensad == null || rensad.isEmpty() ? null : rensad;
    }

    @Override
    public List<BestalldInsats> bestalldaInsatser(LocalDate fran, LocalDate tom) {
        Map<UUID, List<BestalldInsats.Avbrottstid>> avbrott = new HashMap<>();
        jdbc.sql("select beslut_id, fran, till from avbrott where fran <= :tom and (till is null or till >= :fran)")
                .param("fran", fran)
                .param("tom", tom)
                .query(rs -> {
                    avbrott.computeIfAbsent(rs.getObject("beslut_id", UUID.class), id -> new ArrayList<>())
                            .add(new BestalldInsats.Avbrottstid(
                                    rs.getObject("fran", LocalDate.class), rs.getObject("till", LocalDate.class)));
                });
        Map<UUID, Set<LocalDate>> narvaro = new HashMap<>();
        jdbc.sql("select beslut_id, dag from narvaro where narvarande and dag between :fran and :tom")
                .param("fran", fran)
                .param("tom", tom)
                .query(rs -> {
                    narvaro.computeIfAbsent(rs.getObject("beslut_id", UUID.class), id -> new HashSet<>())
                            .add(rs.getObject("dag", LocalDate.class));
                });
        // least() skips nulls: the end is the earlier of the order's closing and the decision's giltig tom
        return jdbc.sql("""
                        select b.id, a.arendenummer, a.person_id, b.insatstyp, b.niva, b.omfattning, o.utforare,
                               o.utforartyp, coalesce(o.bestallande_enhet, a.enhet_kod) as bestallande_enhet,
                               o.plats_bokad, o.verkstalld, least(o.avslutad, b.giltig_tom) as slut
                          from bestallning o
                          join beslut b on b.id = o.beslut_id
                          join arende a on a.id = b.arende_id
                         where b.utfall <> 'AVSLAG'
                           and ((o.verkstalld is not null and o.verkstalld <= :tom)
                                or (b.insatstyp = :bostad and o.plats_bokad <= :tom))
                           and (least(o.avslutad, b.giltig_tom) is null or least(o.avslutad, b.giltig_tom) >= :fran)""")
                .param("fran", fran)
                .param("tom", tom)
                .param("bostad", Manadskostnad.BOSTAD_MED_SARSKILD_SERVICE)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new BestalldInsats(
                            id,
                            rs.getString("arendenummer"),
                            rs.getObject("person_id", UUID.class),
                            rs.getString("insatstyp"),
                            (Integer) rs.getObject("niva"),
                            rs.getString("omfattning"),
                            rs.getString("utforare"),
                            rs.getString("utforartyp"),
                            rs.getString("bestallande_enhet"),
                            rs.getObject("plats_bokad", LocalDate.class),
                            rs.getObject("verkstalld", LocalDate.class),
                            rs.getObject("slut", LocalDate.class),
                            avbrott.getOrDefault(id, List.of()),
                            narvaro.getOrDefault(id, Set.of()));
                })
                .list();
    }

    @Override
    @Transactional
    public void registreraNarvaro(List<Narvarodag> dagar) {
        List<Faltfel> fel = new ArrayList<>();
        LocalDate idag = LocalDate.now(clock);
        Map<UUID, Optional<Order>> ordrar = new HashMap<>();
        for (Narvarodag dag : dagar) {
            Optional<Order> order = ordrar.computeIfAbsent(dag.beslutId(), id -> {
                behorig(id);
                return jdbc.sql("""
                                select o.utforartyp, o.verkstalld, b.insatstyp from bestallning o join beslut b on b.id = o.beslut_id
                                 where o.beslut_id = :beslut""")
                        .param("beslut", id)
                        .query((rs, n) -> new Order(
                                rs.getString("insatstyp"),
                                rs.getString("utforartyp"),
                                rs.getObject("verkstalld", LocalDate.class)))
                        .optional();
            });
            if (order.isEmpty()
                    || !Manadskostnad.raknarNarvaro(
                            order.get().insatstyp(), order.get().utforartyp())) {
                fel.add(new Faltfel("beslutId", Texter.text("verkstallighet.fel.narvaroEgenRegi", dag.beslutId())));
            } else if (order.get().verkstalld() == null
                    || dag.dag().isBefore(order.get().verkstalld())) {
                fel.add(new Faltfel("dag", Texter.text("verkstallighet.fel.foreInsatsensStart", dag.dag())));
            } else if (dag.dag().isAfter(idag)) {
                fel.add(new Faltfel("dag", Texter.text("verkstallighet.fel.harInteVaritAn", dag.dag())));
            }
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        String av = aktuellAnvandare.hamta().orElseThrow().anvandarnamn();
        for (Narvarodag dag : dagar) {
            jdbc.sql("""
                            insert into narvaro (beslut_id, dag, narvarande, registrerad_av) values (:beslut, :dag, :narvarande, :av)
                            on conflict (beslut_id, dag) do update
                               set narvarande = excluded.narvarande, registrerad = now(), registrerad_av = excluded.registrerad_av""")
                    .param("beslut", dag.beslutId())
                    .param("dag", dag.dag())
                    .param("narvarande", dag.narvarande())
                    .param("av", av)
                    .update();
        }
    }

    @Override
    @Transactional
    public void registreraBokadPlats(UUID beslutId, LocalDate datum) {
        Beslut fattat = behorig(beslutId);
        if (!Manadskostnad.BOSTAD_MED_SARSKILD_SERVICE.equals(fattat.insatstyp())) {
            throw new Valideringsfel("beslutId", "verkstallighet.fel.enBokadPlatsRegistrerasForBostadMed");
        }
        if (datum.isBefore(fattat.beslutsdatum())) {
            throw new Valideringsfel(
                    "datum",
                    Texter.text("verkstallighet.fel.platsenKanInteHaBokatsForeBeslutet", fattat.beslutsdatum()));
        }
        if (datum.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel("datum", "verkstallighet.fel.datumForBokadPlatsKanInteLigga");
        }
        int andrade =
                jdbc.sql("""
                        update bestallning set plats_bokad = :datum
                         where beslut_id = :beslut and (verkstalld is null or verkstalld >= :datum)""").param("datum", datum).param("beslut", beslutId).update();
        if (andrade == 0) {
            throw new Valideringsfel(
                    "datum",
                    Texter.text("verkstallighet.fel.beslutetHarIngenBestallningEllerInsatsenVerkstalldes", datum));
        }
    }

    private record Order(String insatstyp, String utforartyp, LocalDate verkstalld) {}

    private void stangEjVerkstallt(UUID beslutId, LocalDate datum) {
        jdbc.sql(
                        "update ej_verkstallt set stangd = :datum, stangd_orsak = 'VERKSTALLT' where beslut_id = :beslut and stangd is null")
                .param("datum", datum)
                .param("beslut", beslutId)
                .update();
    }

    /** The ordered provider's staff or a handläggare of the case's unit; to whoever may not read the unit, 404. */
    private Beslut behorig(UUID beslutId) {
        Beslut fattat = beslut.hitta(beslutId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)));
        String enhet = arenden.hitta(fattat.arendeId()).orElseThrow().enhet();
        String utforare = jdbc.sql("select utforare from bestallning where beslut_id = :beslut")
                .param("beslut", beslutId)
                .query(String.class)
                .optional()
                .orElse(null);
        boolean utforaren = utforare != null
                && aktuellAnvandare
                        .hamta()
                        .map(anvandare -> anvandare.harRollIEnhet(utforare, Roll.UTFORARE))
                        .orElse(false);
        if (!utforaren) {
            aktuellAnvandare.kravRollIEnhet(
                    enhet, () -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)), Roll.HANDLAGGARE);
        }
        return fattat;
    }
}
