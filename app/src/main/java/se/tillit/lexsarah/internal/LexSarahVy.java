package se.tillit.lexsarah.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * What a user sees of the lex Sarah reports: the list of those they may read, one report with its whole history, and
 * the content of IVO's anmälan form. How much of a report is shown is {@link Atkomst}'s: the author only to those who
 * must see it. Every read of a report is logged (ADR 6); a report the user may not see does not exist (404).
 */
@Service
@RequiredArgsConstructor
class LexSarahVy {

    static final ZoneId SVENSK_TID = Svensktid.ZON;

    /**
     * The affected person: masked for a protected identity unless the user may see those (A7).
     *
     * @param iPersonregistret null to the report's author, who is not told (ADR 11)
     */
    record Berord(
            String namn, String personnummer, Boolean iPersonregistret, boolean skyddad, String kon, Integer alder) {}

    @Schema(name = "LexSarahUtredning", description = "Den registrerade utredningen.")
    record Utredning(
            String dokumentation,
            String enskildesUppfattning,
            String konsekvenser,
            String orsaker,
            OffsetDateTime registrerad,
            String registreradAv) {}

    @Schema(name = "LexSarahBedomning", description = "Den registrerade bedömningen.")
    record Bedomning(boolean allvarligt, String motivering, OffsetDateTime registrerad, String registreradAv) {}

    @Schema(name = "LexSarahAtgard", description = "En registrerad åtgärd.")
    record Atgard(String vad, String vem, LocalDate nar, OffsetDateTime registrerad, String registreradAv) {}

    @Schema(name = "LexSarahIvoAnmalan", description = "Den registrerade anmälan till IVO.")
    record IvoAnmalan(LocalDate skickad, String diarienummer, String skickadAv, OffsetDateTime registrerad) {}

    /** One entry of the report's history; {@code av} is left out where it would name the author. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LexSarahHandelse", description = "En händelse i rapportens historik.")
    record Handelse(OffsetDateTime tid, String handelse, String av) {}

    /**
     * A report as the user may see it: null (absent in JSON) where the user may not see it.
     *
     * @param utredning the investigation in force (the newest); {@code tidigareUtredningar} the ones it corrected
     * @param ansvarig whether the user is a lex Sarah-ansvarig of the report and may work on it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "LexSarahRapport",
            description = "En lex Sarah-rapport så som kontot får se den.",
            example =
                    "{\"ansvarig\":true,\"atgarder\":[{\"vad\":\"Rutinen för nattens överlämning skrivs om och gås igenom med all personal.\",\"vem\":\"Enhetschef Solrosens omsorg\",\"nar\":\"2026-12-15\",\"registrerad\":\"2026-12-02T10:00:00+01:00\",\"registreradAv\":\"lexsarah\"}],\"atkomst\":\"FULL\",\"bedomning\":{\"allvarligt\":true,\"motivering\":\"Bristen kunde ha lett till allvarlig skada och ska anmälas till IVO.\",\"registrerad\":\"2026-12-01T15:30:00+01:00\",\"registreradAv\":\"lexsarah\"},\"enhet\":\"UTF-SOLROSEN\",\"enhetNamn\":\"Solrosens omsorg (utförare)\",\"historik\":[{\"tid\":\"2026-11-21T07:45:00+01:00\",\"av\":\"utforare\",\"handelse\":\"MOTTAGEN\"},{\"tid\":\"2026-11-28T16:00:00+01:00\",\"av\":\"lexsarah\",\"handelse\":\"UTREDD\"},{\"tid\":\"2026-12-01T15:30:00+01:00\",\"av\":\"lexsarah\",\"handelse\":\"BEDOMD\"},{\"tid\":\"2026-12-03T09:10:00+01:00\",\"av\":\"lexsarah\",\"handelse\":\"ANMALD_TILL_IVO\"}],\"id\":\"4f035f6a-30be-5804-88ac-fc62c0fe8fef\",\"intraffade\":\"2026-11-20\",\"ivoAnmalan\":{\"diarienummer\":\"3.1.2-12345/2026\",\"registrerad\":\"2026-12-03T09:10:00+01:00\",\"skickad\":\"2026-12-03\",\"skickadAv\":\"lexsarah\"},\"klockslag\":\"23:40\",\"nummer\":\"LS-2026-0007\",\"omedelbaraAtgarder\":\"Extra personal insatt samma kväll; den enskilde erbjöds läkarkontakt.\",\"person\":{\"alder\":48,\"iPersonregistret\":true,\"kon\":\"K\",\"namn\":\"Test Testsson\",\"personnummer\":\"19780214-9810\",\"skyddad\":false},\"plats\":\"Gruppbostaden Lärkan, gemensamma köket\",\"rapporterad\":\"2026-11-21T07:45:00+01:00\",\"rapportor\":\"Ulf Sand\",\"rapportorRoll\":\"Undersköterska\",\"status\":\"ANMALD_TILL_IVO\",\"tidigareUtredningar\":[],\"typ\":\"MISSFORHALLANDE\",\"utredning\":{\"dokumentation\":\"Samtal med personal och den enskilde den 20 november; larmloggen genomgången.\",\"enskildesUppfattning\":\"Den enskilde upplevde att ingen kom när hon larmade.\",\"konsekvenser\":\"Den enskilde var orolig och sov dåligt i flera nätter efteråt.\",\"orsaker\":\"Bemanningen en helg var för låg och rutinen för överlämning följdes inte.\",\"registrerad\":\"2026-11-28T16:00:00+01:00\",\"registreradAv\":\"lexsarah\"},\"vadHande\":\"Den enskilde fick vänta över en timme på hjälp efter att ha larmat på natten.\"}")
    record Rapport(
            UUID id,
            String nummer,
            String status,
            String enhet,
            String enhetNamn,
            String typ,
            String vadHande,
            LocalDate intraffade,
            LocalTime klockslag,
            String plats,
            Berord person,
            String omedelbaraAtgarder,
            OffsetDateTime rapporterad,
            String rapportor,
            String rapportorRoll,
            Utredning utredning,
            List<Utredning> tidigareUtredningar,
            Bedomning bedomning,
            List<Atgard> atgarder,
            IvoAnmalan ivoAnmalan,
            OffsetDateTime avslutad,
            String avslutadAv,
            List<Handelse> historik,
            String atkomst,
            boolean ansvarig) {

        public boolean allvarligt() {
            return bedomning != null && bedomning.allvarligt();
        }
    }

    /** A row of the list: no person, no author. */
    @Schema(
            name = "LexSarahRad",
            description = "En rapport i listan.",
            example =
                    "{\"allvarligt\":true,\"enhet\":\"UTF-SOLROSEN\",\"id\":\"1fdc7c93-d6bd-5cf5-8344-d459891ccc10\",\"nummer\":\"LS-2026-0007\",\"rapporterad\":\"2026-11-21T07:45:00+01:00\",\"status\":\"UTREDD\",\"typ\":\"MISSFORHALLANDE\"}")
    record Rad(
            UUID id,
            String nummer,
            OffsetDateTime rapporterad,
            String enhet,
            String typ,
            String status,
            Boolean allvarligt) {}

    /**
     * The content of IVO's form "Anmälan – lex Sarah" (SOSFS 2011:5; law-and-peers §A1; C39, C50), for the ansvarig
     * to print, send through IVO's e-tjänst with the investigation attached, and record.
     */
    record IvoDokument(
            Rapport rapport,
            String anmalare,
            String verksamhet,
            String verksamhetstyp,
            String upprattadAv,
            LocalDate upprattad) {}

    private final JdbcClient jdbc;
    private final Personregister personer;
    private final Enhetsregister enheter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    /** A report read, with what the log and the IVO document need beside it. */
    private record Last(Rapport rapport, UUID personId, String namnd) {}

    /** One report, logged as read. */
    @Transactional
    Rapport rapport(UUID id) {
        Last last = las(id);
        atkomstlogg.logga(
                Atkomstlogg.Handling.LAS,
                null,
                last.personId(),
                "Lex Sarah-rapport " + last.rapport().nummer());
        return last.rapport();
    }

    /** The anmälan to IVO of a report assessed as allvarligt, for the ansvarig, an auditor or an administrator. */
    @Transactional
    IvoDokument ivoDokument(UUID id) {
        Last last = las(id);
        Rapport rapport = last.rapport();
        if (!"FULL".equals(rapport.atkomst())) {
            throw LexSarahTjanst.finnsInte();
        }
        if (!rapport.allvarligt()) {
            throw new HittadesInte(Texter.text("lexsarah.fel.ingenAnmalanTillIvoRapportenArInte", rapport.nummer()));
        }
        Enhet verksamhet = enheter.hitta(rapport.enhet()).orElseThrow();
        String anmalare = enheter.hitta(last.namnd()).map(Enhet::namn).orElse(last.namnd());
        atkomstlogg.logga(
                Atkomstlogg.Handling.EXPORT, null, last.personId(), "Lex Sarah, anmälan till IVO " + rapport.nummer());
        return new IvoDokument(
                rapport,
                anmalare,
                verksamhet.namn(),
                verksamhet.typ().name(),
                anvandare().namn(),
                LocalDate.now(clock));
    }

    /** The reports the user may read, the open ones first; not logged per row (a work queue, ADR 6). */
    List<Rad> lista(boolean baraOppna) {
        InloggadAnvandare anvandare = anvandare();
        Map<String, Object> parametrar = new HashMap<>();
        List<String> villkor = new ArrayList<>();
        if (anvandare.harRoll(Roll.REVISOR) || anvandare.harRoll(Roll.ADMIN)) {
            villkor.add("true");
        } else {
            List<String> ansvarig = List.copyOf(anvandare.enheterMedRoll(Roll.LEXSARAH_ANSVARIG));
            if (!ansvarig.isEmpty()) {
                villkor.add("enhet_kod in (:ansvarig) or namnd_kod in (:ansvarig)");
                parametrar.put("ansvarig", ansvarig);
            }
            List<String> chef = List.copyOf(anvandare.enheterMedRoll(Roll.CHEF));
            if (!chef.isEmpty()) {
                villkor.add("enhet_kod in (:chef)");
                parametrar.put("chef", chef);
            }
            villkor.add("rapportor = :anvandare");
            parametrar.put("anvandare", anvandare.anvandarnamn());
        }
        String where = "(" + String.join(") or (", villkor) + ")" + (baraOppna ? " and status <> 'AVSLUTAD'" : "");
        return jdbc.sql("""
                        select r.id, r.nummer, r.rapporterad, r.enhet_kod, r.typ, r.status, b.allvarligt
                          from lexsarah_rapport r left join lexsarah_bedomning b on b.rapport_id = r.id
                         where %s
                         order by r.status = 'AVSLUTAD', r.rapporterad desc limit 500
                        """.formatted(where))
                .params(parametrar)
                .query((rs, n) -> new Rad(
                        rs.getObject("id", UUID.class),
                        rs.getString("nummer"),
                        tid(rs, "rapporterad"),
                        rs.getString("enhet_kod"),
                        rs.getString("typ"),
                        rs.getString("status"),
                        (Boolean) rs.getObject("allvarligt")))
                .list();
    }

    private Last las(UUID id) {
        InloggadAnvandare anvandare = anvandare();
        return jdbc.sql("select * from lexsarah_rapport where id = :id")
                .param("id", id)
                .query((rs, n) -> new Last(
                        rapport(rs, anvandare), rs.getObject("person_id", UUID.class), rs.getString("namnd_kod")))
                .optional()
                .orElseThrow(LexSarahTjanst::finnsInte);
    }

    private Rapport rapport(ResultSet rs, InloggadAnvandare anvandare) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String enhet = rs.getString("enhet_kod");
        String rapportor = rs.getString("rapportor");
        Atkomst atkomst = Atkomst.bestam(anvandare, enhet, rs.getString("namnd_kod"), rapportor);
        if (atkomst == Atkomst.INGEN) {
            throw LexSarahTjanst.finnsInte();
        }
        LocalDate intraffade = rs.getObject("intraffade", LocalDate.class);
        OffsetDateTime rapporterad = tid(rs, "rapporterad");
        Berord person = atkomst == Atkomst.EGEN
                ? somForfattarenSer(rs.getString("personnummer"))
                : berord(rs.getString("personnummer"), rs.getObject("person_id", UUID.class), intraffade, anvandare);
        boolean handlaggning = atkomst.seHandlaggningen();
        List<Utredning> utredningar = handlaggning ? utredningar(id) : List.of();
        Bedomning bedomning = handlaggning ? bedomning(id) : null;
        List<Atgard> atgarder = handlaggning ? atgarder(id) : null;
        IvoAnmalan ivo = handlaggning ? ivoAnmalan(id) : null;
        OffsetDateTime avslutad = tid(rs, "avslutad");
        String avslutadAv = handlaggning ? rs.getString("avslutad_av") : null;
        List<Handelse> historik = handlaggning
                ? historik(
                        new Handelse(rapporterad, "RAPPORTERAD", atkomst.seRapportor() ? rapportor : null),
                        utredningar,
                        bedomning,
                        atgarder,
                        ivo,
                        avslutad,
                        avslutadAv)
                : null;
        return new Rapport(
                id,
                rs.getString("nummer"),
                rs.getString("status"),
                enhet,
                enheter.hitta(enhet).map(Enhet::namn).orElse(enhet),
                rs.getString("typ"),
                rs.getString("vad_hande"),
                intraffade,
                rs.getObject("klockslag", LocalTime.class),
                rs.getString("plats"),
                person,
                rs.getString("omedelbara_atgarder"),
                rapporterad,
                atkomst.seRapportor() ? rapportor : null,
                atkomst.seRapportor() ? rs.getString("rapportor_roll") : null,
                utredningar.isEmpty() ? null : utredningar.get(0),
                handlaggning && utredningar.size() > 1 ? utredningar.subList(1, utredningar.size()) : null,
                bedomning,
                atgarder,
                ivo,
                avslutad,
                avslutadAv,
                historik,
                atkomst.name(),
                Atkomst.arAnsvarig(anvandare, enhet, rs.getString("namnd_kod")));
    }

    /** The report's whole history, oldest first: who did what and when (the author only where it may be seen). */
    private static List<Handelse> historik(
            Handelse rapporterad,
            List<Utredning> utredningar,
            Bedomning bedomning,
            List<Atgard> atgarder,
            IvoAnmalan ivo,
            OffsetDateTime avslutad,
            String avslutadAv) {
        List<Handelse> historik = new ArrayList<>();
        historik.add(rapporterad);
        for (int i = utredningar.size() - 1; i >= 0; i--) {
            Utredning u = utredningar.get(i);
            historik.add(new Handelse(
                    u.registrerad(),
                    i == utredningar.size() - 1 ? "UTREDNING" : "UTREDNING_RATTAD",
                    u.registreradAv()));
        }
        if (bedomning != null) {
            historik.add(new Handelse(
                    bedomning.registrerad(),
                    bedomning.allvarligt() ? "BEDOMD_ALLVARLIG" : "BEDOMD_INTE_ALLVARLIG",
                    bedomning.registreradAv()));
        }
        atgarder.forEach(a -> historik.add(new Handelse(a.registrerad(), "ATGARD", a.registreradAv())));
        if (ivo != null) {
            historik.add(new Handelse(ivo.registrerad(), "ANMALD_TILL_IVO", ivo.skickadAv()));
        }
        if (avslutad != null) {
            historik.add(new Handelse(avslutad, "AVSLUTAD", avslutadAv));
        }
        historik.sort(Comparator.comparing(Handelse::tid));
        return historik;
    }

    /**
     * What the author sees of the person they named: that they named someone, not who. Whether the personnummer is in
     * the register, the name, sex and age, and a protected identity are not for the author to learn from their own
     * report (ADR 11; issue 16: a handläggare of one unit naming another unit's client learnt the name and the
     * protection). The number is masked as a protected one is, so that no protected person's shows and every author
     * gets the same answer.
     */
    private static Berord somForfattarenSer(String personnummer) {
        return personnummer == null ? null : new Berord(null, "********-****", null, false, null, null);
    }

    private Berord berord(String personnummer, UUID personId, LocalDate intraffade, InloggadAnvandare anvandare) {
        if (personnummer == null) {
            return null;
        }
        Person person = personId == null ? null : personer.hitta(personId).orElse(null);
        if (person == null) {
            return new Berord(null, formaterat(personnummer), false, false, null, null);
        }
        boolean skyddad = person.skyddsniva().arSkyddad();
        if (skyddad && !anvandare.farSeSkyddadeUppgifter()) {
            return new Berord(null, "********-****", true, true, null, null);
        }
        return new Berord(
                person.fornamn() + " " + person.efternamn(),
                formaterat(personnummer),
                true,
                skyddad,
                String.valueOf(person.kon()),
                Period.between(person.fodelsedatum(), intraffade).getYears());
    }

    /** Newest first. */
    private List<Utredning> utredningar(UUID id) {
        return jdbc.sql("""
                        select dokumentation, enskildes_uppfattning, konsekvenser, orsaker, registrerad, registrerad_av
                          from lexsarah_utredning where rapport_id = :id order by id desc
                        """)
                .param("id", id)
                .query((rs, n) -> new Utredning(
                        rs.getString("dokumentation"),
                        rs.getString("enskildes_uppfattning"),
                        rs.getString("konsekvenser"),
                        rs.getString("orsaker"),
                        tid(rs, "registrerad"),
                        rs.getString("registrerad_av")))
                .list();
    }

    private Bedomning bedomning(UUID id) {
        return jdbc.sql(
                        "select allvarligt, motivering, registrerad, registrerad_av from lexsarah_bedomning where rapport_id = :id")
                .param("id", id)
                .query((rs, n) -> new Bedomning(
                        rs.getBoolean("allvarligt"),
                        rs.getString("motivering"),
                        tid(rs, "registrerad"),
                        rs.getString("registrerad_av")))
                .optional()
                .orElse(null);
    }

    private List<Atgard> atgarder(UUID id) {
        return jdbc.sql(
                        "select vad, vem, nar, registrerad, registrerad_av from lexsarah_atgard where rapport_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Atgard(
                        rs.getString("vad"),
                        rs.getString("vem"),
                        rs.getObject("nar", LocalDate.class),
                        tid(rs, "registrerad"),
                        rs.getString("registrerad_av")))
                .list();
    }

    private IvoAnmalan ivoAnmalan(UUID id) {
        return jdbc.sql(
                        "select skickad, diarienummer, skickad_av, registrerad from lexsarah_ivo_anmalan where rapport_id = :id")
                .param("id", id)
                .query((rs, n) -> new IvoAnmalan(
                        rs.getObject("skickad", LocalDate.class),
                        rs.getString("diarienummer"),
                        rs.getString("skickad_av"),
                        tid(rs, "registrerad")))
                .optional()
                .orElse(null);
    }

    /** Times in Swedish time, as the pages show them. */
    private static OffsetDateTime tid(ResultSet rs, String kolumn) throws SQLException {
        OffsetDateTime tid = rs.getObject(kolumn, OffsetDateTime.class);
        return tid == null ? null : tid.atZoneSameInstant(SVENSK_TID).toOffsetDateTime();
    }

    private static String formaterat(String tolvSiffror) {
        return tolvSiffror.substring(0, 8) + "-" + tolvSiffror.substring(8);
    }

    private InloggadAnvandare anvandare() {
        return aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
    }
}
