package se.tillit.beslut.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.BeslutDelgivet;
import se.tillit.beslut.BeslutEnligtDomFattat;
import se.tillit.beslut.BeslutFattat;
import se.tillit.beslut.Beslutsakt;
import se.tillit.beslut.Beslutsbrev;
import se.tillit.beslut.Beslutsforslag;
import se.tillit.beslut.BeslutsforslagLamnat;
import se.tillit.beslut.Beslutsregister;
import se.tillit.beslut.Beslutsresultat;
import se.tillit.beslut.Beslutstillfalle;
import se.tillit.beslut.Beslutsutfall;
import se.tillit.beslut.Delegationsordning;
import se.tillit.beslut.Delegationsordning.Beslutsniva;
import se.tillit.beslut.Delgivningssatt;
import se.tillit.beslut.DomslutRegistrerat;
import se.tillit.beslut.Domstolsutfall;
import se.tillit.beslut.Insats;
import se.tillit.beslut.Lagrum;
import se.tillit.beslut.NyttBeslut;
import se.tillit.beslut.OmprovningRegistrerad;
import se.tillit.beslut.Omprovningsutfall;
import se.tillit.beslut.OverklagandeInkommit;
import se.tillit.beslut.OverklagandeOverlamnat;
import se.tillit.beslut.Overklagandeakt;
import se.tillit.beslut.Registrering;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.pris.Prislista;
import se.tillit.pris.Prisregler;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

@Service
@RequiredArgsConstructor
class BeslutTjanst implements Beslutsregister {

    private final PlaceringTjanst placeringar;
    private final JdbcClient jdbc;
    private final Arenden arenden;
    private final Enhetsregister enheter;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Prislista prislista;
    private final Delegationsordning delegationsordning;
    private final Beslutsbrevskrivare brevskrivare;
    private final jakarta.validation.Validator validator;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    @Override
    @Transactional
    public Beslut fatta(UUID arendeId, NyttBeslut nytt) {
        Arende arende = arenden.hitta(arendeId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)));
        InloggadAnvandare handlaggare =
                handlaggareI(arende.enhet(), () -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)));
        kontrollera(arende, nytt);
        return hitta(infoga(arende, nytt, handlaggare, null, null)).orElseThrow();
    }

    @Override
    @Transactional
    public Beslutsresultat fattaFlera(Beslutstillfalle tillfalle) {
        UUID arendeId = tillfalle.arendeId();
        Arende arende = arenden.hitta(arendeId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)));
        InloggadAnvandare anvandare = aktuellAnvandare.kravRollIEnhet(
                arende.enhet(),
                () -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)),
                Roll.HANDLAGGARE,
                Roll.CHEF);
        Optional<Beslutsresultat> tidigare = redanInskickat(tillfalle.formularId());
        if (tidigare.isPresent()) {
            return tidigare.get();
        }
        List<Faltfel> fel = new ArrayList<>();
        if (tillfalle.beslut().isEmpty()) {
            fel.add(new Faltfel("beslut", "beslut.fel.laggTillMinstEnInsatsAttBesluta"));
        }
        List<NyttBeslut> beslut = new ArrayList<>();
        Beslutsniva kravs = Beslutsniva.HANDLAGGARE;
        for (int i = 0; i < tillfalle.beslut().size(); i++) {
            NyttBeslut rad = tillfalle.beslut().get(i);
            String prefix = "beslut[" + i + "].";
            List<Faltfel> radfel = new ArrayList<>();
            validator.validate(rad).stream()
                    .filter(brott ->
                            !"delegationspunkt".equals(brott.getPropertyPath().toString()))
                    .forEach(brott ->
                            radfel.add(new Faltfel(brott.getPropertyPath().toString(), brott.getMessage())));
            Optional<Insats> insats = Optional.ofNullable(rad.insatstyp()).flatMap(Insats::hitta);
            if (rad.insatstyp() != null && insats.isEmpty()) {
                radfel.add(new Faltfel("insatstyp", "beslut.fel.valjEnInsatsUrListan"));
            }
            if (insats.isPresent()
                    && rad.lagrum() != null
                    && !insats.get().lagrum().contains(normaliserat(rad.lagrum()))) {
                radfel.add(new Faltfel("lagrum", "beslut.fel.valjEttLagrumSomHorTillInsatsen"));
            }
            individuellPlanSaknas(rad).ifPresent(radfel::add);
            if (radfel.isEmpty()) {
                try {
                    kontrollera(arende, rad);
                } catch (Valideringsfel e) {
                    radfel.addAll(e.fel());
                }
            }
            if (radfel.isEmpty()) {
                Delegationsordning.Delegering delegering =
                        delegationsordning.vem(arende.arendetyp().name(), rad.insatstyp(), rad.utfall());
                kravs = delegering.niva().racker(kravs) ? delegering.niva() : kravs;
                beslut.add(medDelegationspunkt(rad, delegering.delegationspunkt()));
            }
            radfel.forEach(f -> fel.add(new Faltfel(prefix + f.falt(), f.orsak())));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        Beslutsniva anvandarensNiva =
                anvandare.harRollIEnhet(arende.enhet(), Roll.CHEF) ? Beslutsniva.CHEF : Beslutsniva.HANDLAGGARE;
        if (!anvandarensNiva.racker(kravs) && !(kravs == Beslutsniva.UTSKOTT && anvandarensNiva == Beslutsniva.CHEF)) {
            return foreslaa(arende, beslut, kravs, anvandare, tillfalle.formularId());
        }
        String protokoll = tillfalle.utskottsprotokoll() == null
                        || tillfalle.utskottsprotokoll().isBlank()
                ? null
                : tillfalle.utskottsprotokoll().strip();
        if (kravs == Beslutsniva.UTSKOTT && protokoll == null) {
            throw new Valideringsfel(
                    "utskottsprotokoll", "beslut.fel.beslutetFattasAvSocialaUtskottetAngeProtokollets");
        }
        List<UUID> ids = new ArrayList<>();
        for (NyttBeslut rad : beslut) {
            ids.add(infoga(arende, rad, anvandare, kravs, kravs == Beslutsniva.UTSKOTT ? protokoll : null));
        }
        jdbc.sql(
                        "update beslutsforslag set beslutat = now(), beslutat_av = :av where arende_id = :arende and beslutat is null")
                .param("av", anvandare.anvandarnamn())
                .param("arende", arendeId)
                .update();
        byte[] pdf = brevskrivare.skriv(arende, beslut, anvandare.namn(), kravs, protokoll);
        UUID brevId = jdbc.sql("""
                        insert into beslutsbrev (arende_id, pdf, sha256, skapad_av, formular_id)
                        values (:arende, :pdf, :sha, :av, :formular) returning id""")
                .param("arende", arendeId)
                .param("pdf", pdf)
                .param("sha", sha256(pdf))
                .param("av", anvandare.anvandarnamn())
                .param("formular", tillfalle.formularId())
                .query(UUID.class)
                .single();
        jdbc.sql("update beslut set beslutsbrev_id = :brev where id in (:ids)")
                .param("brev", brevId)
                .param("ids", ids)
                .update();
        return new Beslutsresultat(brevId, null, kravs, false);
    }

    private Optional<Beslutsresultat> redanInskickat(UUID formularId) {
        Optional<UUID> brev = jdbc.sql("select id from beslutsbrev where formular_id = :f")
                .param("f", formularId)
                .query(UUID.class)
                .optional();
        if (brev.isPresent()) {
            return Optional.of(new Beslutsresultat(brev.get(), null, null, true));
        }
        return jdbc.sql("select id, beslutsniva from beslutsforslag where formular_id = :f")
                .param("f", formularId)
                .query((rs, n) -> new Beslutsresultat(
                        null, rs.getObject("id", UUID.class), Beslutsniva.valueOf(rs.getString("beslutsniva")), true))
                .optional();
    }

    private Beslutsresultat foreslaa(
            Arende arende, List<NyttBeslut> beslut, Beslutsniva kravs, InloggadAnvandare av, UUID formularId) {
        String rader;
        try {
            rader = json.writeValueAsString(beslut);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        UUID id = jdbc.sql("""
                        insert into beslutsforslag (arende_id, rader, beslutsniva, lamnat_av, formular_id)
                        values (:arende, cast(:rader as jsonb), :niva, :av, :formular) returning id""")
                .param("arende", arende.id())
                .param("rader", rader)
                .param("niva", kravs.name())
                .param("av", av.anvandarnamn())
                .param("formular", formularId)
                .query(UUID.class)
                .single();
        events.publishEvent(new BeslutsforslagLamnat(arende.id(), arende.arendenummer(), id, kravs));
        return new Beslutsresultat(null, id, kravs, false);
    }

    @Override
    public Optional<Beslutsforslag> oppetForslag(UUID arendeId) {
        return jdbc.sql("""
                        select id, arende_id, rader, beslutsniva, lamnat_av, lamnat from beslutsforslag
                         where arende_id = :arende and beslutat is null order by lamnat desc limit 1""")
                .param("arende", arendeId)
                .query((rs, n) -> {
                    try {
                        List<NyttBeslut> rader = json.readValue(
                                rs.getString("rader"),
                                json.getTypeFactory().constructCollectionType(List.class, NyttBeslut.class));
                        return new Beslutsforslag(
                                rs.getObject("id", UUID.class),
                                rs.getObject("arende_id", UUID.class),
                                rader,
                                Beslutsniva.valueOf(rs.getString("beslutsniva")),
                                rs.getString("lamnat_av"),
                                rs.getObject("lamnat", java.time.OffsetDateTime.class));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .optional();
    }

    @Override
    public List<Beslutsbrev> brevForArende(UUID arendeId) {
        return jdbc.sql(
                        "select id, arende_id, skapad, skapad_av, sha256 from beslutsbrev where arende_id = :a order by skapad")
                .param("a", arendeId)
                .query(BeslutTjanst::brev)
                .list();
    }

    @Override
    public Optional<Beslutsbrev> brev(UUID brevId) {
        return jdbc.sql("select id, arende_id, skapad, skapad_av, sha256 from beslutsbrev where id = :id")
                .param("id", brevId)
                .query(BeslutTjanst::brev)
                .optional();
    }

    @Override
    public List<Beslut> forBrev(UUID brevId) {
        return jdbc
                .sql("select id from beslut where beslutsbrev_id = :brev order by skapad")
                .param("brev", brevId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> hitta(id).orElseThrow())
                .toList();
    }

    @Override
    public byte[] brevetsPdf(UUID brevId) {
        return jdbc.sql("select pdf from beslutsbrev where id = :id")
                .param("id", brevId)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new HittadesInte(Texter.text("beslut.fel.beslutsbrevetFinnsInte2", brevId)));
    }

    private static Beslutsbrev brev(ResultSet rs, int n) throws SQLException {
        return new Beslutsbrev(
                rs.getObject("id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getObject("skapad", java.time.OffsetDateTime.class),
                rs.getString("skapad_av"),
                rs.getString("sha256"));
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's lagrum as the catalogue writes it (a paragraph typed with other spacing is the same lagrum). */
    private static Lagrum normaliserat(Lagrum lagrum) {
        return new Lagrum(
                lagrum.lag(),
                lagrum.lagversion(),
                lagrum.kapitel(),
                lagrum.paragraf() == null ? null : lagrum.paragraf().strip());
    }

    private static NyttBeslut medDelegationspunkt(NyttBeslut rad, String punkt) {
        return new NyttBeslut(
                rad.insatstyp(),
                rad.utfall(),
                rad.lagrum(),
                rad.omfattning(),
                rad.niva(),
                rad.giltigFrom(),
                rad.giltigTom(),
                rad.motivering(),
                rad.overklagandehanvisning(),
                punkt,
                rad.beslutsdatum(),
                rad.utforare(),
                rad.utforartyp(),
                rad.onskadStart(),
                rad.placering(),
                rad.individuellPlan());
    }

    /** Records one checked decision and starts its process (the BeslutFattat event, in this transaction). */
    private UUID infoga(
            Arende arende,
            NyttBeslut nytt,
            InloggadAnvandare beslutsfattare,
            Beslutsniva niva,
            String utskottsprotokoll) {
        UUID id = jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, omfattning,
                                            niva, giltig_from, giltig_tom, motivering, overklagandehanvisning,
                                            beslutsfattare, delegationspunkt, beslutsdatum, skapad_av, beslutsniva,
                                            utskottsprotokoll, individuell_plan_information)
                        values (:arende, :insatstyp, :utfall, :lag, :lagversion, :kapitel, :paragraf, :omfattning,
                                :niva, :giltigFrom, :giltigTom, :motivering, :hanvisning,
                                :beslutsfattare, :delegationspunkt, :beslutsdatum, :av, :beslutsniva, :protokoll,
                                :individuellPlan)
                        returning id""")
                .param("arende", arende.id())
                .param("insatstyp", nytt.insatstyp())
                .param("utfall", nytt.utfall().name())
                .param("lag", nytt.lagrum().lag().name())
                .param("lagversion", nytt.lagrum().lagversion())
                .param("kapitel", nytt.lagrum().kapitel())
                .param("paragraf", nytt.lagrum().paragraf().strip())
                .param("omfattning", nytt.omfattning())
                .param("niva", nytt.niva())
                .param("giltigFrom", nytt.giltigFrom())
                .param("giltigTom", nytt.giltigTom())
                .param("motivering", nytt.motivering().strip())
                .param("hanvisning", nytt.overklagandehanvisning())
                .param("beslutsfattare", beslutsfattare.anvandarnamn())
                .param("delegationspunkt", nytt.delegationspunkt())
                .param("beslutsdatum", nytt.beslutsdatum())
                .param("av", beslutsfattare.anvandarnamn())
                .param("beslutsniva", niva == null ? null : niva.name())
                .param("protokoll", utskottsprotokoll)
                .param(
                        "individuellPlan",
                        nytt.individuellPlan() == null
                                ? null
                                : nytt.individuellPlan().name())
                .query(UUID.class)
                .single();
        placeringar.registrera(id, arende, nytt, beslutsfattare.anvandarnamn());
        events.publishEvent(new BeslutFattat(
                id,
                arende.id(),
                arende.arendenummer(),
                arende.enhet(),
                nytt.utfall(),
                nytt.beslutsdatum(),
                nytt.giltigTom(),
                nytt.utforare(),
                nytt.utforartyp(),
                nytt.onskadStart()));
        return id;
    }

    /**
     * R21, LSS 10 §: the right to an individuell plan is offered when an LSS insats is granted, and the decision records
     * how the person was told. The same rule for the decision page and the API (issue 17).
     */
    static Optional<Faltfel> individuellPlanSaknas(NyttBeslut rad) {
        if (rad.lagrum() != null
                && rad.lagrum().lag() == Lagrum.Lag.LSS
                && rad.utfall() != null
                && rad.utfall().gynnande()
                && rad.individuellPlan() == null) {
            return Optional.of(new Faltfel("individuellPlan", "beslut.fel.angeHurPersonenInformeradesOmRattenTill"));
        }
        return Optional.empty();
    }

    private void kontrollera(Arende arende, NyttBeslut nytt) {
        List<Faltfel> fel = new ArrayList<>();
        if (!arende.oppet()) {
            fel.add(new Faltfel("arendeId", "beslut.fel.arendetArAvslutat"));
        }
        Lagrum lagrum = nytt.lagrum();
        boolean sol = lagrum.lag() == Lagrum.Lag.SOL;
        if (sol && !List.of("2001:453", "2025:400").contains(lagrum.lagversion())) {
            fel.add(new Faltfel("lagrum.lagversion", "beslut.fel.solFinnsIVersionerna2001453Och"));
        }
        if (lagrum.lag() == Lagrum.Lag.LSS && !"1993:387".equals(lagrum.lagversion())) {
            fel.add(new Faltfel("lagrum.lagversion", "beslut.fel.lssArLag1993387"));
        }
        if (lagrum.lag() == Lagrum.Lag.LVU && !"1990:52".equals(lagrum.lagversion())) {
            fel.add(new Faltfel("lagrum.lagversion", "beslut.fel.lvuArLag199052"));
        }
        if (sol && lagrum.kapitel() == null) {
            fel.add(new Faltfel("lagrum.kapitel", "beslut.fel.solAngesMedKapitelOchParagraf"));
        }
        if (!sol && lagrum.kapitel() != null) {
            fel.add(new Faltfel("lagrum.kapitel", Texter.text("beslut.fel.harIngaKapitel", lagrum.lag())));
        }
        if (lagrum.lag() != Lagrum.Lag.LSS && nytt.individuellPlan() != null) {
            fel.add(new Faltfel("individuellPlan", "beslut.fel.individuellPlanEnligt10LssHorTill"));
        }
        individuellPlanSaknas(nytt).ifPresent(fel::add);
        fel.addAll(PlaceringTjanst.kontrollera(arende, nytt));
        if (nytt.giltigTom() != null && nytt.giltigTom().isBefore(nytt.giltigFrom())) {
            fel.add(new Faltfel("giltigTom", "fel.giltigTillOchMedKanInteVara"));
        }
        if (nytt.utfall() != Beslutsutfall.BIFALL && !nytt.overklagandehanvisning()) {
            fel.add(new Faltfel("overklagandehanvisning", "beslut.fel.ettBeslutSomInteHeltBifallerSka"));
        }
        if (nytt.utfall().gynnande()) {
            Optional<Enhet> utforare = enheter.hitta(nytt.utforare());
            if (utforare.isEmpty() || utforare.get().typ() != Enhet.Enhetstyp.UTFORARE) {
                fel.add(new Faltfel("utforare", "beslut.fel.ettBifallBestallsAvEnUtforareAnge"));
            }
            if (nytt.utforartyp() == null) {
                fel.add(new Faltfel("utforartyp", "beslut.fel.valjRegiformEgenRegiExternEllerLov"));
            }
            if (nytt.onskadStart() == null) {
                fel.add(new Faltfel("onskadStart", "beslut.fel.onskatStartdatumSaknas"));
            }
            // R27: what the price list needs is checked now, not discovered when the month is costed
            fel.addAll(Prisregler.kontrollera(nytt.insatstyp(), nytt.niva(), nytt.omfattning(), prislista));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
    }

    @Override
    @Transactional
    public Registrering registreraDelgivning(UUID beslutId, LocalDate delgivningsdatum, Delgivningssatt satt) {
        Beslut beslut =
                lasForSkrivning(beslutId, () -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)));
        if (beslut.delgivningsdatum() != null) {
            Delgivningssatt registrerat = jdbc.sql("select delgivningssatt from beslut where id = :id")
                    .param("id", beslutId)
                    .query(String.class)
                    .optional()
                    .map(Delgivningssatt::valueOf)
                    .orElse(null);
            if (beslut.delgivningsdatum().equals(delgivningsdatum) && (satt == null || satt == registrerat)) {
                return Registrering.REDAN_REGISTRERAD; // the same message twice
            }
            throw new Valideringsfel(
                    "delgivningsdatum", Texter.text("beslut.fel.beslutetArRedanDelgivet", beslut.delgivningsdatum()));
        }
        if (delgivningsdatum.isBefore(beslut.beslutsdatum())) {
            throw new Valideringsfel(
                    "delgivningsdatum",
                    Texter.text("beslut.fel.delgivningKanInteSkeForeBeslutsdatum", beslut.beslutsdatum()));
        }
        if (delgivningsdatum.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel("delgivningsdatum", "beslut.fel.delgivningsdatumKanInteLiggaIFramtiden");
        }
        jdbc.sql("""
                        update beslut set delgivningsdatum = :datum, delgivningssatt = :satt, delgivning_registrerad_av = :av
                         where id = :id""")
                .param("datum", delgivningsdatum)
                .param("satt", satt == null ? null : satt.name())
                .param("av", anvandarnamn())
                .param("id", beslutId)
                .update();
        events.publishEvent(new BeslutDelgivet(beslutId, delgivningsdatum));
        return Registrering.REGISTRERAD;
    }

    /** A new appeal, or the one already recorded for the same day (a repeated request). */
    record NyttOverklagande(Overklagande overklagande, Registrering registrering) {}

    @Override
    @Transactional
    public Overklagande registreraOverklagande(UUID beslutId, LocalDate inkom) {
        return overklaga(beslutId, inkom).overklagande();
    }

    @Transactional
    public NyttOverklagande overklaga(UUID beslutId, LocalDate inkom) {
        Beslut beslut =
                lasForSkrivning(beslutId, () -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)));
        if (beslut.overklagandefrist() == null) {
            throw new Valideringsfel("inkom", "beslut.fel.registreraDelgivningenForstOverklagandetidenRaknasFranDen");
        }
        if (inkom.isBefore(beslut.beslutsdatum()) || inkom.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel("inkom", "beslut.fel.datumetMasteLiggaMellanBeslutsdatumOchI");
        }
        Optional<Overklagandeakt> sammaDag = overklaganden(beslutId).stream()
                .filter(o -> o.inkom().equals(inkom))
                .findFirst();
        if (sammaDag.isPresent()) {
            return new NyttOverklagande(
                    new Overklagande(
                            sammaDag.get().id(),
                            beslutId,
                            inkom,
                            sammaDag.get().iRattTid(),
                            beslut.overklagandefrist()),
                    Registrering.REDAN_REGISTRERAD);
        }
        boolean iRattTid = !inkom.isAfter(beslut.overklagandefrist());
        if (iRattTid && overklaganden(beslutId).stream().anyMatch(Overklagandeakt::iRattTid)) {
            throw new Valideringsfel("inkom", "beslut.fel.beslutetArRedanOverklagat");
        }
        UUID id = jdbc.sql("""
                        insert into overklagande (beslut_id, inkom, i_ratt_tid, skapad_av)
                        values (:beslut, :inkom, :iRattTid, :av) returning id""")
                .param("beslut", beslutId)
                .param("inkom", inkom)
                .param("iRattTid", iRattTid)
                .param("av", anvandarnamn())
                .query(UUID.class)
                .single();
        if (iRattTid) {
            events.publishEvent(new OverklagandeInkommit(beslutId, id, inkom));
        }
        return new NyttOverklagande(
                new Overklagande(id, beslutId, inkom, iRattTid, beslut.overklagandefrist()), Registrering.REGISTRERAD);
    }

    @Override
    @Transactional
    public Registrering avvisaOverklagande(UUID overklagandeId, LocalDate datum) {
        Overklagandeakt overklagande = lasOverklagande(overklagandeId);
        if (overklagande.avvisat() != null) {
            return Registrering.REDAN_REGISTRERAD;
        }
        if (overklagande.iRattTid()) {
            throw new Valideringsfel("avvisat", "beslut.fel.overklagandetKomInIRattTidOch");
        }
        inomIntervall(datum, overklagande.inkom(), "avvisat", "beslut.fel.datumetMasteLiggaMellanDaOverklagandetKom");
        jdbc.sql("update overklagande set avvisat = :datum, avvisat_av = :av where id = :id")
                .param("datum", datum)
                .param("av", anvandarnamn())
                .param("id", overklagandeId)
                .update();
        return Registrering.REGISTRERAD;
    }

    @Override
    @Transactional
    public Registrering registreraOmprovning(
            UUID overklagandeId, Omprovningsutfall utfall, String motivering, LocalDate datum) {
        Overklagandeakt overklagande = lasOverklagande(overklagandeId);
        if (overklagande.omprovning() != null) {
            if (overklagande.omprovning() == utfall) {
                return Registrering.REDAN_REGISTRERAD;
            }
            throw new Valideringsfel("omprovning", "beslut.fel.omprovningenArRedanRegistrerad");
        }
        if (!overklagande.iRattTid()) {
            throw new Valideringsfel("omprovning", "beslut.fel.ettForSentInkommetOverklagandeOmprovasInte");
        }
        if (motivering == null || motivering.isBlank() || motivering.strip().length() > 4000) {
            throw new Valideringsfel("motivering", "beslut.fel.motiveringSaknasHogst4000Tecken");
        }
        inomIntervall(datum, overklagande.inkom(), "omprovad", "beslut.fel.datumetMasteLiggaMellanDaOverklagandetKom");
        jdbc.sql("""
                        update overklagande set omprovning = :utfall, omprovning_motivering = :motivering, omprovad = :datum,
                                                omprovad_av = :av
                         where id = :id""")
                .param("utfall", utfall.name())
                .param("motivering", motivering.strip())
                .param("datum", datum)
                .param("av", anvandarnamn())
                .param("id", overklagandeId)
                .update();
        events.publishEvent(new OmprovningRegistrerad(overklagande.beslutId(), overklagandeId, utfall));
        return Registrering.REGISTRERAD;
    }

    @Override
    @Transactional
    public void registreraOmprovningFranProcessen(UUID overklagandeId, String omprovning) {
        uppdatera(
                "update overklagande set omprovning = ? where id = ? and omprovning is null",
                omprovning,
                overklagandeId);
    }

    @Override
    @Transactional
    public void sattOverklagandefrist(UUID beslutId, LocalDate overklagandefrist) {
        uppdatera("update beslut set overklagandefrist = ? where id = ?", overklagandefrist, beslutId);
    }

    @Override
    @Transactional
    public void registreraLagaKraft(UUID beslutId, LocalDate lagaKraft) {
        uppdatera("update beslut set laga_kraft = ? where id = ? and laga_kraft is null", lagaKraft, beslutId);
    }

    @Override
    @Transactional
    public void sattOverlamnandefrist(UUID overklagandeId, LocalDate frist) {
        uppdatera("update overklagande set overlamnas_senast = ? where id = ?", frist, overklagandeId);
    }

    @Override
    @Transactional
    public Registrering registreraOverlamnande(UUID overklagandeId, LocalDate overlamnat, String malnummer) {
        Overklagandeakt overklagande = lasOverklagande(overklagandeId);
        if (overklagande.overlamnat() != null) {
            if (overklagande.overlamnat().equals(overlamnat)) {
                return Registrering.REDAN_REGISTRERAD;
            }
            throw new Valideringsfel(
                    "overlamnat", Texter.text("beslut.fel.overklagandetArRedanOverlamnat", overklagande.overlamnat()));
        }
        if (!overklagande.tillDomstolen()) {
            throw new Valideringsfel("overlamnat", "beslut.fel.overklagandetOverlamnasEfterOmprovningenOmBeslutetInte");
        }
        inomIntervall(
                overlamnat, overklagande.inkom(), "overlamnat", "beslut.fel.datumetMasteLiggaMellanDaOverklagandetKom");
        jdbc.sql(
                        "update overklagande set overlamnat = :datum, overlamnat_av = :av, malnummer = :malnummer where id = :id")
                .param("datum", overlamnat)
                .param("av", anvandarnamn())
                .param("malnummer", text(malnummer))
                .param("id", overklagandeId)
                .update();
        events.publishEvent(new OverklagandeOverlamnat(overklagande.beslutId(), overklagandeId, overlamnat));
        return Registrering.REGISTRERAD;
    }

    @Override
    @Transactional
    public Registrering registreraDomslut(UUID overklagandeId, String utfall, LocalDate domDatum, String malnummer) {
        Overklagandeakt overklagande = lasOverklagande(overklagandeId);
        if (!List.of("BIFALLET", "AVSLAGET", "UNDANROJT").contains(utfall)) {
            throw new Valideringsfel("utfall", "beslut.fel.bifalletAvslagetEllerUndanrojt");
        }
        if (overklagande.domstolensUtfall() != null) {
            if (overklagande.domstolensUtfall().name().equals(utfall)
                    && overklagande.domDatum().equals(domDatum)) {
                return Registrering.REDAN_REGISTRERAD;
            }
            throw new Valideringsfel("utfall", "beslut.fel.domstolensAvgorandeArRedanRegistrerat");
        }
        if (overklagande.overlamnat() != null) {
            inomIntervall(
                    domDatum,
                    overklagande.overlamnat(),
                    "domDatum",
                    "beslut.fel.domensDatumMasteLiggaMellanOverlamnandetOch");
        }
        jdbc.sql("""
                        update overklagande set domstolens_utfall = :utfall, dom_datum = :datum, dom_registrerad_av = :av,
                                                malnummer = coalesce(:malnummer, malnummer)
                         where id = :id""")
                .param("utfall", utfall)
                .param("datum", domDatum)
                .param("av", anvandarnamn())
                .param("malnummer", text(malnummer))
                .param("id", overklagandeId)
                .update();
        events.publishEvent(new DomslutRegistrerat(overklagande.beslutId(), overklagandeId, utfall));
        return Registrering.REGISTRERAD;
    }

    @Override
    @Transactional
    public Registrering registreraBeslutEnligtDom(UUID overklagandeId, UUID nyttBeslutId) {
        Overklagandeakt overklagande = lasOverklagande(overklagandeId);
        if (overklagande.nyttBeslutId() != null) {
            if (overklagande.nyttBeslutId().equals(nyttBeslutId)) {
                return Registrering.REDAN_REGISTRERAD;
            }
            throw new Valideringsfel("nyttBeslut", "beslut.fel.ettNyttBeslutEnligtDomenArRedan");
        }
        if (overklagande.domstolensUtfall() != Domstolsutfall.BIFALLET) {
            throw new Valideringsfel("nyttBeslut", "beslut.fel.ettNyttBeslutFattasNarDomstolenBifallit");
        }
        Beslut overklagat = hittaEllerFel(overklagande.beslutId());
        Optional<Beslut> nytt = hitta(nyttBeslutId);
        if (nytt.isEmpty()
                || !nytt.get().arendeId().equals(overklagat.arendeId())
                || nytt.get().id().equals(overklagat.id())
                || nytt.get().beslutsdatum().isBefore(overklagande.domDatum())) {
            throw new Valideringsfel("nyttBeslut", "beslut.fel.valjEttBeslutISammaArendeSom");
        }
        jdbc.sql("update overklagande set nytt_beslut_id = :nytt, nytt_beslut_registrerat_av = :av where id = :id")
                .param("nytt", nyttBeslutId)
                .param("av", anvandarnamn())
                .param("id", overklagandeId)
                .update();
        events.publishEvent(new BeslutEnligtDomFattat(overklagande.beslutId(), overklagandeId, nyttBeslutId));
        return Registrering.REGISTRERAD;
    }

    @Override
    public Optional<Beslutsakt> akt(UUID beslutId) {
        return hitta(beslutId)
                .map(beslut -> jdbc.sql("""
                        select motivering, overklagandehanvisning, delgivningssatt, delgivning_registrerad_av,
                               individuell_plan_information, skapad
                          from beslut where id = :id""")
                        .param("id", beslutId)
                        .query((rs, rad) -> new Beslutsakt(
                                beslut,
                                rs.getString("motivering"),
                                rs.getBoolean("overklagandehanvisning"),
                                rs.getString("delgivningssatt") == null
                                        ? null
                                        : Delgivningssatt.valueOf(rs.getString("delgivningssatt")),
                                rs.getString("delgivning_registrerad_av"),
                                overklaganden(beslutId),
                                rs.getString("individuell_plan_information") == null
                                        ? null
                                        : se.tillit.beslut.IndividuellPlanInformation.valueOf(
                                                rs.getString("individuell_plan_information")),
                                se.tillit.drift.Svensktid.svensk(
                                        rs.getObject("skapad", java.time.OffsetDateTime.class))))
                        .single());
    }

    @Override
    public Optional<UUID> beslutForOverklagande(UUID overklagandeId) {
        return jdbc.sql("select beslut_id from overklagande where id = :id")
                .param("id", overklagandeId)
                .query(UUID.class)
                .optional();
    }

    private List<Overklagandeakt> overklaganden(UUID beslutId) {
        return jdbc.sql("select * from overklagande where beslut_id = :beslut order by inkom, skapad")
                .param("beslut", beslutId)
                .query(BeslutTjanst::overklagandeakt)
                .list();
    }

    /**
     * The decision, for a write by a handläggare of its unit, locked until the transaction ends: two requests on one
     * decision (a double click, two users) run one after the other, the second seeing what the first recorded.
     */
    private Beslut lasForSkrivning(UUID beslutId, java.util.function.Supplier<HittadesInte> finnsInte) {
        Beslut beslut = hitta(beslutId).orElseThrow(finnsInte);
        handlaggareI(arenden.hitta(beslut.arendeId()).orElseThrow().enhet(), finnsInte);
        jdbc.sql("select id from beslut where id = :id for update")
                .param("id", beslutId)
                .query(UUID.class)
                .single();
        return hitta(beslutId).orElseThrow();
    }

    /** An appeal, for a write by a handläggare of its decision's unit, its decision locked (as above). */
    private Overklagandeakt lasOverklagande(UUID overklagandeId) {
        java.util.function.Supplier<HittadesInte> finnsInte =
                () -> new HittadesInte(Texter.text("beslut.fel.overklagandetFinnsInte", overklagandeId));
        UUID beslutId = beslutForOverklagande(overklagandeId).orElseThrow(finnsInte);
        lasForSkrivning(beslutId, finnsInte);
        return jdbc.sql("select * from overklagande where id = :id")
                .param("id", overklagandeId)
                .query(BeslutTjanst::overklagandeakt)
                .single();
    }

    private void inomIntervall(LocalDate datum, LocalDate tidigast, String falt, String fel) {
        if (datum.isBefore(tidigast) || datum.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel(falt, fel);
        }
    }

    private String anvandarnamn() {
        return aktuellAnvandare.hamta().orElseThrow().anvandarnamn();
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The columns {@link #beslut} reads, for every query that answers with decisions. */
    private static final String BESLUTETS_KOLUMNER = """
            select id, arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, omfattning, niva,
                   giltig_from, giltig_tom, beslutsfattare, delegationspunkt, beslutsdatum, delgivningsdatum,
                   overklagandefrist, laga_kraft
              from beslut""";

    @Override
    public Optional<Beslut> hitta(UUID beslutId) {
        return dar(" where id = :id", "id", beslutId).optional();
    }

    @Override
    public List<Beslut> forArende(UUID arendeId) {
        return dar(" where arende_id = :arende order by beslutsdatum, skapad", "arende", arendeId)
                .list();
    }

    @Override
    public List<Beslut> hittaAlla(Collection<UUID> beslutIds) {
        if (beslutIds.isEmpty()) {
            return List.of();
        }
        return dar(" where id in (:ids)", "ids", Set.copyOf(beslutIds)).list();
    }

    @Override
    public List<Beslut> forArenden(Collection<UUID> arendeIds) {
        if (arendeIds.isEmpty()) {
            return List.of();
        }
        return dar(
                        " where arende_id in (:arenden) order by arende_id, beslutsdatum, skapad",
                        "arenden",
                        Set.copyOf(arendeIds))
                .list();
    }

    @Override
    public java.util.Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arendeIds) {
        if (arendeIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, LocalDate> senast = new java.util.HashMap<>();
        // greatest() skips nulls: a date not yet recorded does not count; times as the day in Sweden
        jdbc.sql("""
                        select arende_id, max(dag) as dag from (
                          select b.arende_id, greatest((b.skapad at time zone 'Europe/Stockholm')::date, b.beslutsdatum,
                                 b.delgivningsdatum, b.laga_kraft) as dag
                            from beslut b where b.arende_id in (:arenden)
                          union all
                          select b.arende_id, greatest((o.skapad at time zone 'Europe/Stockholm')::date, o.inkom, o.dom_datum)
                            from overklagande o join beslut b on b.id = o.beslut_id where b.arende_id in (:arenden)
                          union all
                          select arende_id, (skapad at time zone 'Europe/Stockholm')::date
                            from beslutsbrev where arende_id in (:arenden)
                          union all
                          select p.arende_id, greatest((p.skapad at time zone 'Europe/Stockholm')::date, p.avslutad,
                                 (p.avslut_registrerat at time zone 'Europe/Stockholm')::date)
                            from placering p where p.arende_id in (:arenden)
                          union all
                          select p.arende_id, greatest(v.datum, (v.registrerat at time zone 'Europe/Stockholm')::date)
                            from placeringsovervagande v join placering p on p.id = v.placering_id where p.arende_id in (:arenden)
                          union all
                          select b.arende_id, greatest(i.datum, (i.registrerad at time zone 'Europe/Stockholm')::date)
                            from insatsavslut i join beslut b on b.id = i.beslut_id where b.arende_id in (:arenden)
                          union all
                          select b.arende_id, greatest(ip.begard, ip.upprattad, ip.avslutad,
                                 (ip.skapad at time zone 'Europe/Stockholm')::date)
                            from individuell_plan ip join beslut b on b.id = ip.beslut_id where b.arende_id in (:arenden)
                          union all
                          select b.arende_id, greatest(o.datum, (o.registrerad at time zone 'Europe/Stockholm')::date)
                            from individuell_plan_omprovning o join individuell_plan ip on ip.id = o.plan_id
                            join beslut b on b.id = ip.beslut_id where b.arende_id in (:arenden)
                        ) anteckningar group by arende_id""")
                .param("arenden", Set.copyOf(arendeIds))
                .query((rs, n) -> java.util.Map.entry(
                        rs.getObject("arende_id", UUID.class), rs.getObject("dag", LocalDate.class)))
                .list()
                .forEach(rad -> senast.put(rad.getKey(), rad.getValue()));
        return senast;
    }

    @Override
    public java.util.Set<UUID> personerMedGynnandeBeslut(
            LocalDate datum, java.util.Collection<String> enheter, Collection<UUID> bland) {
        if (enheter.isEmpty() || bland.isEmpty()) {
            return java.util.Set.of();
        }
        // the persons as one array parameter (a list of bind parameters stops at 65 535); by the index arende_person
        return Set.copyOf(jdbc.sql("""
                        select distinct a.person_id from arende a join beslut b on b.arende_id = a.id
                         where a.person_id = any(:personer) and a.enhet_kod in (:enheter) and b.utfall <> 'AVSLAG'
                           and b.beslutsdatum <= :datum and b.giltig_from <= :datum
                           and (b.giltig_tom is null or b.giltig_tom >= :datum)
                           and (a.avslutat is null or a.avslutat >= cast(cast(:datum as date) as timestamp) at time zone 'Europe/Stockholm')""")
                .param("personer", bland.toArray(UUID[]::new))
                .param("enheter", enheter)
                .param("datum", datum)
                .query(UUID.class)
                .list());
    }

    private Beslut hittaEllerFel(UUID beslutId) {
        return hitta(beslutId).orElseThrow(() -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)));
    }

    /** A handläggare of the unit; to whoever may not read the unit the object does not exist (404). */
    private InloggadAnvandare handlaggareI(String enhet, java.util.function.Supplier<HittadesInte> finnsInte) {
        return aktuellAnvandare.kravRollIEnhet(enhet, finnsInte, Roll.HANDLAGGARE);
    }

    private static Overklagandeakt overklagandeakt(ResultSet rs, int rowNum) throws SQLException {
        String omprovning = rs.getString("omprovning");
        String utfall = rs.getString("domstolens_utfall");
        return new Overklagandeakt(
                rs.getObject("id", UUID.class),
                rs.getObject("beslut_id", UUID.class),
                rs.getObject("inkom", LocalDate.class),
                rs.getBoolean("i_ratt_tid"),
                rs.getString("skapad_av"),
                rs.getObject("avvisat", LocalDate.class),
                rs.getString("avvisat_av"),
                omprovning == null ? null : Omprovningsutfall.valueOf(omprovning),
                rs.getObject("omprovad", LocalDate.class),
                rs.getString("omprovning_motivering"),
                rs.getString("omprovad_av"),
                rs.getObject("overlamnas_senast", LocalDate.class),
                rs.getObject("overlamnat", LocalDate.class),
                rs.getString("overlamnat_av"),
                rs.getString("malnummer"),
                utfall == null ? null : Domstolsutfall.valueOf(utfall),
                rs.getObject("dom_datum", LocalDate.class),
                rs.getString("dom_registrerad_av"),
                rs.getObject("nytt_beslut_id", UUID.class));
    }

    private static Beslut beslut(ResultSet rs, int rowNum) throws SQLException {
        Integer kapitel = (Integer) rs.getObject("kapitel");
        Integer niva = (Integer) rs.getObject("niva");
        return new Beslut(
                rs.getObject("id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getString("insatstyp"),
                Beslutsutfall.valueOf(rs.getString("utfall")),
                new Lagrum(
                        Lagrum.Lag.valueOf(rs.getString("lag")),
                        rs.getString("lagversion"),
                        kapitel,
                        rs.getString("paragraf")),
                rs.getString("omfattning"),
                niva,
                rs.getObject("giltig_from", LocalDate.class),
                rs.getObject("giltig_tom", LocalDate.class),
                rs.getString("beslutsfattare"),
                rs.getString("delegationspunkt"),
                rs.getObject("beslutsdatum", LocalDate.class),
                rs.getObject("delgivningsdatum", LocalDate.class),
                rs.getObject("overklagandefrist", LocalDate.class),
                rs.getObject("laga_kraft", LocalDate.class));
    }

    /** {@link #BESLUTETS_KOLUMNER} with the rest of the query, its one named parameter bound, read by {@code beslut}. */
    private JdbcClient.MappedQuerySpec<Beslut> dar(String resten, String namn, Object varde) {
        return jdbc.sql(BESLUTETS_KOLUMNER + resten).param(namn, varde).query(BeslutTjanst::beslut);
    }

    /** One update with positional parameters, inside the caller's transaction. */
    private void uppdatera(String sql, Object... varden) {
        jdbc.sql(sql).params(varden).update();
    }
}
