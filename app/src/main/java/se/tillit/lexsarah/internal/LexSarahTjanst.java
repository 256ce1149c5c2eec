package se.tillit.lexsarah.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.lexsarah.IvoAnmalanSkickad;
import se.tillit.lexsarah.LexSarahAvslutad;
import se.tillit.lexsarah.LexSarahBedomd;
import se.tillit.lexsarah.LexSarahRapporterad;
import se.tillit.lexsarah.LexSarahUtredd;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The use cases of lex Sarah: a report from anyone working in the service, then the lex Sarah-ansvarig's
 * investigation, assessment, anmälan to IVO, measures and closing. Each writes its rows and publishes the event that
 * moves the process in the same transaction (ADR 5); a step the report is not at is refused with 400 and nothing
 * written. Nothing is deleted or rewritten: the investigation is saved as new rows, the report's status moves with
 * who and when (the database refuses the rest, V17).
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(LexSarahInstallningar.class)
class LexSarahTjanst {

    static final int MAX_TEXT = 8000;
    private static final Pattern DIARIENUMMER = Pattern.compile("[\\p{L}0-9 .:/\\-]{3,40}");

    @Schema(
            example =
                    "{\"enhet\":\"UTF-SOLROSEN\",\"intraffade\":\"2026-11-20\",\"klockslag\":\"23:40\",\"omedelbaraAtgarder\":\"Extra personal insatt samma kväll; den enskilde erbjöds läkarkontakt.\",\"personnummer\":\"19780214-9810\",\"plats\":\"Gruppbostaden Lärkan, gemensamma köket\",\"typ\":\"MISSFORHALLANDE\",\"vadHande\":\"Den enskilde fick vänta över en timme på hjälp efter att ha larmat på natten.\"}")
    record NyRapport(
            String enhet,
            Rapporttyp typ,
            String vadHande,
            LocalDate intraffade,
            LocalTime klockslag,
            String plats,
            String personnummer,
            String omedelbaraAtgarder) {}

    @Schema(
            name = "NyLexSarahUtredning",
            description =
                    "Lex Sarah-ansvarigs utredning: vad som hänt, den enskildes uppfattning, konsekvenser och orsaker.",
            example =
                    "{\"dokumentation\":\"Samtal med personal och den enskilde den 20 november; larmloggen genomgången.\",\"enskildesUppfattning\":\"Den enskilde upplevde att ingen kom när hon larmade.\",\"konsekvenser\":\"Den enskilde var orolig och sov dåligt i flera nätter efteråt.\",\"orsaker\":\"Bemanningen en helg var för låg och rutinen för överlämning följdes inte.\"}")
    record Utredning(String dokumentation, String enskildesUppfattning, String konsekvenser, String orsaker) {}

    @Schema(
            name = "NyLexSarahBedomning",
            description = "Om missförhållandet är allvarligt, med motivering.",
            example =
                    "{\"allvarligt\":true,\"motivering\":\"Bristen kunde ha lett till allvarlig skada och ska anmälas till IVO.\"}")
    record Bedomning(Boolean allvarligt, String motivering) {}

    @Schema(
            name = "NyLexSarahAtgard",
            description = "En åtgärd: vad, vem som ansvarar och när.",
            example =
                    "{\"nar\":\"2026-12-15\",\"vad\":\"Rutinen för nattens överlämning skrivs om och gås igenom med all personal.\",\"vem\":\"Enhetschef Solrosens omsorg\"}")
    record Atgard(String vad, String vem, LocalDate nar) {}

    @Schema(
            name = "NyLexSarahIvoAnmalan",
            description = "När anmälan till IVO skickades, och IVO:s diarienummer.",
            example = "{\"diarienummer\":\"3.1.2-12345/2026\",\"skickad\":\"2026-12-03\"}")
    record IvoAnmalan(LocalDate skickad, String diarienummer) {}

    @Schema(example = "{\"id\":\"4f035f6a-30be-5804-88ac-fc62c0fe8fef\",\"nummer\":\"LS-2026-0007\"}")
    record Mottagen(UUID id, String nummer) {}

    /** What the writes need to know of a report, locked for the transaction. */
    record Lage(
            UUID id,
            String nummer,
            String enhet,
            String namnd,
            String rapportor,
            Status status,
            OffsetDateTime rapporterad,
            Boolean allvarligt) {}

    private final JdbcClient jdbc;
    private final Enhetsregister enheter;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LexSarahInstallningar installningar;

    /**
     * A report, genast (27 kap. 2 §): from a handläggare or chef about any unit of the service, from a provider's
     * staff about their own unit. An unknown personnummer is kept as given, unlinked: whether someone is in the
     * register is not for the author to learn.
     */
    @Transactional
    Mottagen rapportera(NyRapport ny) {
        InloggadAnvandare anvandare = anvandare();
        Set<String> mojliga = rapporterbaraEnheter(anvandare);
        List<Faltfel> fel = new ArrayList<>();
        if (ny.enhet() == null || ny.enhet().isBlank()) {
            fel.add(new Faltfel("enhet", "lexsarah.fel.valjDenVerksamhetSomRapportenGaller"));
        } else if (!mojliga.contains(ny.enhet())) {
            fel.add(new Faltfel(
                    "enhet",
                    anvandare.harRoll(Roll.HANDLAGGARE) || anvandare.harRoll(Roll.CHEF)
                            ? "lexsarah.fel.okandVerksamhetValjEnAvSocialtjanstensEnheter"
                            : Texter.text("lexsarah.fel.egnaVerksamheten", String.join(", ", mojliga))));
        }
        if (ny.typ() == null) {
            fel.add(new Faltfel("typ", "lexsarah.fel.missforhallandeEllerPatagligRisk"));
        }
        text(fel, "vadHande", ny.vadHande(), 10, MAX_TEXT, "lexsarah.fel.beskrivVadSomHantEllerKanHanda");
        LocalDate idag = LocalDate.now(clock);
        if (ny.intraffade() == null) {
            fel.add(new Faltfel("intraffade", "lexsarah.fel.datumDaDetIntraffadeSaknasAaaaMm"));
        } else if (ny.intraffade().isAfter(idag)) {
            fel.add(new Faltfel("intraffade", "fel.datumetKanInteLiggaIFramtiden"));
        }
        text(fel, "plats", ny.plats(), 2, 300, "lexsarah.fel.varDetIntraffadeSaknas");
        Personnummer personnummer = null;
        if (ny.personnummer() != null && !ny.personnummer().isBlank()) {
            try {
                personnummer = Personnummer.tolka(ny.personnummer());
            } catch (OgiltigtPersonnummerException e) {
                fel.add(new Faltfel(
                        "personnummer", Texter.text("lexsarah.fel.ellerLamnaTomt", Texter.text(e.getMessage()))));
            }
        }
        valfriText(fel, "omedelbaraAtgarder", ny.omedelbaraAtgarder(), 4000);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        Enhet namndEnhet = enheter.hitta(installningar.namnd())
                .filter(e -> e.typ() == Enhetstyp.NAMND)
                .orElseThrow(() -> new IllegalStateException(
                        "tillit.lexsarah.namnd (" + installningar.namnd() + ") is not a unit of type NAMND"));
        UUID personId = personnummer == null
                ? null
                : personer.hitta(personnummer).map(Person::id).orElse(null);
        OffsetDateTime nu = OffsetDateTime.now(clock);
        Mottagen mottagen = jdbc.sql("""
                        insert into lexsarah_rapport (nummer, rapportor, rapportor_roll, enhet_kod, namnd_kod, typ, vad_hande,
                                                      intraffade, klockslag, plats, personnummer, person_id,
                                                      omedelbara_atgarder, rapporterad)
                        values ('LS-' || :ar || '-' || lpad(nextval('lexsarah_nummer_seq')::text, 6, '0'), :rapportor, :roll,
                                :enhet, :namnd, :typ, :vad, :intraffade, :klockslag, :plats, :pnr, :person, :omedelbara, :nu)
                        returning id, nummer
                        """)
                .param("ar", String.valueOf(idag.getYear()))
                .param("rapportor", anvandare.anvandarnamn())
                .param("roll", rapportorRoll(anvandare, ny.enhet()).name())
                .param("enhet", ny.enhet())
                .param("namnd", namndEnhet.kod())
                .param("typ", ny.typ().name())
                .param("vad", ny.vadHande().strip())
                .param("intraffade", ny.intraffade())
                .param("klockslag", ny.klockslag())
                .param("plats", ny.plats().strip())
                .param("pnr", personnummer == null ? null : personnummer.tolvSiffror())
                .param("person", personId)
                .param("omedelbara", tom(ny.omedelbaraAtgarder()))
                .param("nu", nu)
                .query((rs, n) -> new Mottagen(rs.getObject("id", UUID.class), rs.getString("nummer")))
                .single();
        events.publishEvent(new LexSarahRapporterad(mottagen.id(), mottagen.nummer(), ny.enhet(), namndEnhet.kod()));
        return mottagen;
    }

    /** The units the user may report about: any of the service's for its staff, the own unit for a provider's. */
    Set<String> rapporterbaraEnheter(InloggadAnvandare anvandare) {
        Set<String> mojliga = new TreeSet<>(anvandare.enheterMedRoll(Roll.UTFORARE));
        if (anvandare.harRoll(Roll.HANDLAGGARE) || anvandare.harRoll(Roll.CHEF)) {
            enheter.alla().stream().filter(e -> e.typ() != Enhetstyp.NAMND).forEach(e -> mojliga.add(e.kod()));
        }
        if (mojliga.isEmpty()) {
            throw new AccessDeniedException("lexsarah.fel.rapporterasAv");
        }
        return mojliga;
    }

    /** The investigation (SOSFS 2011:5 5 kap.): the first completes the step; a later one is a correction, kept beside it. */
    @Transactional
    void dokumenteraUtredning(UUID id, Utredning utredning) {
        Lage lage = ansvarigFor(id);
        if (lage.status() == Status.AVSLUTAD) {
            throw new Valideringsfel("status", "lexsarah.fel.rapportenArAvslutadUtredningenKanInteLangre");
        }
        List<Faltfel> fel = new ArrayList<>();
        text(fel, "dokumentation", utredning.dokumentation(), 10, 20000, "Dokumentera vad utredningen visat");
        text(
                fel,
                "enskildesUppfattning",
                utredning.enskildesUppfattning(),
                2,
                MAX_TEXT,
                "lexsarah.fel.denEnskildesUppfattningEllerVarforDenInte");
        text(
                fel,
                "konsekvenser",
                utredning.konsekvenser(),
                2,
                MAX_TEXT,
                "lexsarah.fel.konsekvensernaForDenEnskildeSaknas");
        text(fel, "orsaker", utredning.orsaker(), 2, MAX_TEXT, "Orsakerna saknas");
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        String av = anvandare().anvandarnamn();
        jdbc.sql("""
                        insert into lexsarah_utredning (rapport_id, dokumentation, enskildes_uppfattning, konsekvenser, orsaker,
                                                        registrerad, registrerad_av)
                        values (:id, :dok, :uppfattning, :konsekvenser, :orsaker, :nu, :av)
                        """)
                .param("id", id)
                .param("dok", utredning.dokumentation().strip())
                .param("uppfattning", utredning.enskildesUppfattning().strip())
                .param("konsekvenser", utredning.konsekvenser().strip())
                .param("orsaker", utredning.orsaker().strip())
                .param("nu", OffsetDateTime.now(clock))
                .param("av", av)
                .update();
        if (lage.status() == Status.MOTTAGEN) {
            flytta(lage, Status.UTREDD, av);
            events.publishEvent(new LexSarahUtredd(id, av));
        }
    }

    /** Whether it is allvarligt, with reasoning (C50): once; it decides whether IVO is told. */
    @Transactional
    void bedom(UUID id, Bedomning bedomning) {
        Lage lage = ansvarigFor(id);
        kravStatus(
                lage,
                Status.UTREDD,
                lage.status() == Status.MOTTAGEN
                        ? "lexsarah.fel.dokumenteraUtredningenInnanRapportenBedoms"
                        : "lexsarah.fel.rapportenArRedanBedomd");
        List<Faltfel> fel = new ArrayList<>();
        if (bedomning.allvarligt() == null) {
            fel.add(new Faltfel("allvarligt", "lexsarah.fel.angeOmMissforhallandetArAllvarligtTrueEller"));
        }
        text(fel, "motivering", bedomning.motivering(), 10, MAX_TEXT, "lexsarah.fel.motiveraBedomningen");
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        String av = anvandare().anvandarnamn();
        jdbc.sql("""
                        insert into lexsarah_bedomning (rapport_id, allvarligt, motivering, registrerad, registrerad_av)
                        values (:id, :allvarligt, :motivering, :nu, :av)
                        """)
                .param("id", id)
                .param("allvarligt", bedomning.allvarligt())
                .param("motivering", bedomning.motivering().strip())
                .param("nu", OffsetDateTime.now(clock))
                .param("av", av)
                .update();
        flytta(lage, Status.BEDOMD, av);
        events.publishEvent(new LexSarahBedomd(id, bedomning.allvarligt(), av));
    }

    /** A measure (what, who, when): at any time until the report closes, done or planned. */
    @Transactional
    void registreraAtgard(UUID id, Atgard atgard) {
        Lage lage = ansvarigFor(id);
        if (lage.status() == Status.AVSLUTAD) {
            throw new Valideringsfel("status", "lexsarah.fel.rapportenArAvslutad");
        }
        List<Faltfel> fel = new ArrayList<>();
        text(fel, "vad", atgard.vad(), 5, 4000, "lexsarah.fel.beskrivAtgarden");
        text(fel, "vem", atgard.vem(), 2, 200, "lexsarah.fel.vemSomAnsvararForAtgardenSaknas");
        if (atgard.nar() == null) {
            fel.add(new Faltfel("nar", "lexsarah.fel.datumDaAtgardenVidtogsEllerSkaVara"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        insert into lexsarah_atgard (rapport_id, vad, vem, nar, registrerad, registrerad_av)
                        values (:id, :vad, :vem, :nar, :nu, :av)
                        """)
                .param("id", id)
                .param("vad", atgard.vad().strip())
                .param("vem", atgard.vem().strip())
                .param("nar", atgard.nar())
                .param("nu", OffsetDateTime.now(clock))
                .param("av", anvandare().anvandarnamn())
                .update();
    }

    /** The anmälan to IVO of an allvarligt missförhållande, as sent: its date and IVO's diarienummer (27 kap. 6 §). */
    @Transactional
    void registreraIvoAnmalan(UUID id, IvoAnmalan anmalan) {
        Lage lage = ansvarigFor(id);
        if (lage.status() == Status.BEDOMD && Boolean.FALSE.equals(lage.allvarligt())) {
            throw new Valideringsfel("status", "lexsarah.fel.rapportenArInteBedomdSomAllvarligIngen");
        }
        kravStatus(
                lage,
                Status.BEDOMD,
                lage.status() == Status.ANMALD_TILL_IVO || lage.status() == Status.AVSLUTAD
                        ? "lexsarah.fel.anmalanTillIvoArRedanRegistrerad"
                        : "lexsarah.fel.rapportenArInteBedomdAn");
        List<Faltfel> fel = new ArrayList<>();
        LocalDate rapporterad =
                lage.rapporterad().atZoneSameInstant(clock.getZone()).toLocalDate();
        if (anmalan.skickad() == null) {
            fel.add(new Faltfel("skickad", "lexsarah.fel.datumDaAnmalanSkickadesTillIvoSaknas"));
        } else if (anmalan.skickad().isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel("skickad", "lexsarah.fel.datumetKanInteLiggaIFramtidenRegistrera"));
        } else if (anmalan.skickad().isBefore(rapporterad)) {
            fel.add(new Faltfel("skickad", Texter.text("lexsarah.fel.datumetLiggerForeRapporten", rapporterad)));
        }
        if (anmalan.diarienummer() == null || anmalan.diarienummer().isBlank()) {
            fel.add(new Faltfel("diarienummer", "lexsarah.fel.ivoSDiarienummerSaknas"));
        } else if (!DIARIENUMMER.matcher(anmalan.diarienummer().strip()).matches()) {
            fel.add(new Faltfel("diarienummer", "lexsarah.fel.340TeckenBokstaverSiffrorMellanslagOch"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        String av = anvandare().anvandarnamn();
        jdbc.sql("""
                        insert into lexsarah_ivo_anmalan (rapport_id, skickad, diarienummer, skickad_av, registrerad)
                        values (:id, :skickad, :dnr, :av, :nu)
                        """)
                .param("id", id)
                .param("skickad", anmalan.skickad())
                .param("dnr", anmalan.diarienummer().strip())
                .param("av", av)
                .param("nu", OffsetDateTime.now(clock))
                .update();
        flytta(lage, Status.ANMALD_TILL_IVO, av);
        events.publishEvent(new IvoAnmalanSkickad(id, av));
    }

    /** Closes the report: only assessed, reported to IVO when allvarligt, and with at least one measure recorded. */
    @Transactional
    void avsluta(UUID id) {
        Lage lage = ansvarigFor(id);
        switch (lage.status()) {
            case MOTTAGEN, UTREDD ->
                throw new Valideringsfel("status", "lexsarah.fel.rapportenArInteUtreddOchBedomdAn");
            case AVSLUTAD -> throw new Valideringsfel("status", "lexsarah.fel.rapportenArRedanAvslutad");
            case BEDOMD -> {
                if (Boolean.TRUE.equals(lage.allvarligt())) {
                    throw new Valideringsfel(
                            "ivoAnmalan", "lexsarah.fel.ettAllvarligtMissforhallandeAnmalsTillIvoInnan");
                }
            }
            case ANMALD_TILL_IVO -> {
                // ready, given its measures
            }
        }
        long atgarder = jdbc.sql("select count(*) from lexsarah_atgard where rapport_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        if (atgarder == 0) {
            throw new Valideringsfel("atgarder", "lexsarah.fel.registreraMinstEnAtgardInnanRapportenAvslutas");
        }
        String av = anvandare().anvandarnamn();
        int andrade = jdbc.sql("""
                        update lexsarah_rapport set status = 'AVSLUTAD', avslutad = :nu, avslutad_av = :av, andrad = :nu,
                                                    andrad_av = :av
                         where id = :id and status = :fran
                        """)
                .param("nu", OffsetDateTime.now(clock))
                .param("av", av)
                .param("id", id)
                .param("fran", lage.status().name())
                .update();
        if (andrade != 1) {
            throw new Valideringsfel("status", "lexsarah.fel.rapportenHarJustAndratsAvNagonAnnan");
        }
        events.publishEvent(new LexSarahAvslutad(id, av));
    }

    /** The report, locked, for its lex Sarah-ansvarig: 404 for who may not see it, 403 for who may see but not act. */
    private Lage ansvarigFor(UUID id) {
        Lage lage = jdbc.sql("""
                        select r.id, r.nummer, r.enhet_kod, r.namnd_kod, r.rapportor, r.status, r.rapporterad, b.allvarligt
                          from lexsarah_rapport r left join lexsarah_bedomning b on b.rapport_id = r.id
                         where r.id = :id for update of r
                        """)
                .param("id", id)
                .query((rs, n) -> new Lage(
                        rs.getObject("id", UUID.class),
                        rs.getString("nummer"),
                        rs.getString("enhet_kod"),
                        rs.getString("namnd_kod"),
                        rs.getString("rapportor"),
                        Status.valueOf(rs.getString("status")),
                        rs.getObject("rapporterad", OffsetDateTime.class),
                        (Boolean) rs.getObject("allvarligt")))
                .optional()
                .orElseThrow(LexSarahTjanst::finnsInte);
        InloggadAnvandare anvandare = anvandare();
        Atkomst atkomst = Atkomst.bestam(anvandare, lage.enhet(), lage.namnd(), lage.rapportor());
        if (atkomst == Atkomst.INGEN) {
            throw finnsInte();
        }
        if (!Atkomst.arAnsvarig(anvandare, lage.enhet(), lage.namnd())) {
            throw new AccessDeniedException(Texter.text("lexsarah.fel.utredsAv", lage.enhet()));
        }
        return lage;
    }

    private void flytta(Lage lage, Status till, String av) {
        int andrade = jdbc.sql("""
                        update lexsarah_rapport set status = :till, andrad = :nu, andrad_av = :av where id = :id and status = :fran
                        """)
                .param("till", till.name())
                .param("nu", OffsetDateTime.now(clock))
                .param("av", av)
                .param("id", lage.id())
                .param("fran", lage.status().name())
                .update();
        if (andrade != 1) {
            throw new Valideringsfel("status", "lexsarah.fel.rapportenHarJustAndratsAvNagonAnnan");
        }
    }

    private static void kravStatus(Lage lage, Status kravd, String annars) {
        if (lage.status() != kravd) {
            throw new Valideringsfel("status", annars);
        }
    }

    private static Rapportorroll rapportorRoll(InloggadAnvandare anvandare, String enhet) {
        if (anvandare.harRollIEnhet(enhet, Roll.UTFORARE)) {
            return Rapportorroll.UTFORARE;
        }
        return anvandare.harRoll(Roll.HANDLAGGARE)
                ? Rapportorroll.HANDLAGGARE
                : anvandare.harRoll(Roll.CHEF) ? Rapportorroll.CHEF : Rapportorroll.UTFORARE;
    }

    /** In which capacity the author reported: staff of a provider or of the municipality's own units. */
    enum Rapportorroll {
        HANDLAGGARE,
        CHEF,
        UTFORARE
    }

    private static void text(List<Faltfel> fel, String falt, String varde, int min, int max, String saknas) {
        if (varde == null || varde.isBlank()) {
            fel.add(new Faltfel(falt, saknas));
        } else if (varde.strip().length() < min) {
            fel.add(new Faltfel(falt, Texter.text("lexsarah.fel.minstTecken", min)));
        } else if (varde.strip().length() > max) {
            fel.add(new Faltfel(falt, Texter.text("fel.hogstTecken", max)));
        }
    }

    private static void valfriText(List<Faltfel> fel, String falt, String varde, int max) {
        if (varde != null && varde.strip().length() > max) {
            fel.add(new Faltfel(falt, Texter.text("fel.hogstTecken", max)));
        }
    }

    private static String tom(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static HittadesInte finnsInte() {
        return new HittadesInte("lexsarah.fel.lexSarahRapportenFinnsInte");
    }

    private InloggadAnvandare anvandare() {
        return aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
    }
}
