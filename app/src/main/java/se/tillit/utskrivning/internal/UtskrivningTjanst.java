package se.tillit.utskrivning.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Aktualiseringstyp;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.NyAktualisering;
import se.tillit.arende.RegistreradAktualisering;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.person.OgiltigtPersonnummerException;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.utskrivning.InskrivningRegistrerad;
import se.tillit.utskrivning.Meddelandetyp;
import se.tillit.utskrivning.SipKallelseRegistrerad;
import se.tillit.utskrivning.UtskrivningAvslutad;
import se.tillit.utskrivning.UtskrivningsklarRegistrerad;

/**
 * Takes the region's messages about a hospital stay. Each is recorded as received, once: the same message id again
 * has no further effect (and the same id with other content is refused). Messages may come out of order: each is
 * applied to what is known and, where the order was wrong, recorded with a remark rather than dropped. A message
 * about a stay without an inskrivningsmeddelande is refused with 404, so the region learns of it.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(UtskrivningInstallningar.class)
class UtskrivningTjanst {

    static final String SYSTEM = "regionen";
    private static final ZoneId SVENSK_TID = Svensktid.ZON;
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What became of a message. */
    @Schema(
            description =
                    "Kvittot på ett meddelande från regionen: `dubblett` när samma meddelande kom tidigare och inget mer gjordes.",
            example =
                    "{\"meddelandeId\":\"m-1\",\"dubblett\":false,\"utskrivningId\":\"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b\",\"arendenummer\":\"2026-900043\"}")
    record Kvitto(String meddelandeId, boolean dubblett, UUID utskrivningId, String arendenummer, String anmarkning) {}

    record Utskrivning(
            UUID id,
            String vardtillfalle,
            UUID personId,
            UUID arendeId,
            String enhet,
            String vardform,
            OffsetDateTime inskriven,
            String status,
            OffsetDateTime sipKallelse,
            OffsetDateTime utskriven) {}

    private final JdbcClient jdbc;
    private final Arenden arenden;
    private final Personregister personer;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final UtskrivningInstallningar installningar;

    @Transactional
    Kvitto taEmot(RegionMeddelande meddelande, String mottagenAv) {
        String innehall = innehall(meddelande);
        Optional<Kvitto> tidigare = tidigare(meddelande, innehall);
        if (tidigare.isPresent()) {
            return tidigare.get();
        }
        OffsetDateTime mottagen = OffsetDateTime.now(clock);
        String anmarkning;
        Utskrivning utskrivning;
        if (meddelande.typ() == Meddelandetyp.INSKRIVNING) {
            Optional<Utskrivning> kand = hitta(meddelande.vardtillfalle());
            if (kand.isPresent()) {
                utskrivning = kand.get();
                anmarkning = "Vårdtillfället har redan ett inskrivningsmeddelande; inget nytt ärende";
            } else {
                utskrivning = skrivIn(meddelande, mottagen);
                anmarkning = null;
            }
        } else {
            utskrivning = hitta(meddelande.vardtillfalle())
                    .orElseThrow(() -> new HittadesInte(
                            Texter.text("utskrivning.fel.ingetInskrivningsmeddelande", meddelande.vardtillfalle())));
            anmarkning = tillamPa(utskrivning, meddelande, mottagen);
        }
        jdbc.sql("""
                        insert into utskrivningsmeddelande (meddelande_id, vardtillfalle, typ, skickad, mottagen, innehall,
                                                            anmarkning, mottagen_av)
                        values (:id, :vardtillfalle, :typ, :skickad, :mottagen, :innehall, :anmarkning, :av)""")
                .param("id", meddelande.meddelandeId())
                .param("vardtillfalle", meddelande.vardtillfalle())
                .param("typ", meddelande.typ().name())
                .param("skickad", meddelande.skickad())
                .param("mottagen", mottagen)
                .param("innehall", innehall)
                .param("anmarkning", anmarkning)
                .param("av", mottagenAv)
                .update();
        String arendenummer =
                arenden.hitta(utskrivning.arendeId()).map(Arende::arendenummer).orElse(null);
        return new Kvitto(meddelande.meddelandeId(), false, utskrivning.id(), arendenummer, anmarkning);
    }

    /** The same id again: the same content is a harmless repeat, other content a conflict. */
    private Optional<Kvitto> tidigare(RegionMeddelande meddelande, String innehall) {
        return jdbc.sql("select innehall, anmarkning from utskrivningsmeddelande where meddelande_id = :id")
                .param("id", meddelande.meddelandeId())
                .query((rs, n) -> {
                    if (!rs.getString("innehall").equals(innehall)) {
                        throw new Konflikt(
                                Texter.text("utskrivning.fel.meddelandeIdAnnatInnehall", meddelande.meddelandeId()));
                    }
                    Utskrivning utskrivning = hitta(meddelande.vardtillfalle()).orElse(null);
                    String arendenummer = utskrivning == null
                            ? null
                            : arenden.hitta(utskrivning.arendeId())
                                    .map(Arende::arendenummer)
                                    .orElse(null);
                    return new Kvitto(
                            meddelande.meddelandeId(),
                            true,
                            utskrivning == null ? null : utskrivning.id(),
                            arendenummer,
                            rs.getString("anmarkning"));
                })
                .optional();
    }

    private Utskrivning skrivIn(RegionMeddelande m, OffsetDateTime mottagen) {
        List<Faltfel> fel = new ArrayList<>();
        Personnummer personnummer = null;
        try {
            personnummer = Personnummer.tolka(m.personnummer());
        } catch (OgiltigtPersonnummerException e) {
            fel.add(new Faltfel("personnummer", e.getMessage()));
        }
        if (m.inskriven() == null) {
            fel.add(new Faltfel("inskriven", "utskrivning.fel.tidpunktenForInskrivningenSaknas"));
        } else if (m.inskriven().isAfter(mottagen)) {
            fel.add(new Faltfel("inskriven", "utskrivning.fel.inskrivningenKanInteLiggaIFramtiden"));
        }
        if (m.vardenhet() == null || m.vardenhet().isBlank()) {
            fel.add(new Faltfel("vardenhet", "utskrivning.fel.vardenhetenSaknas"));
        }
        if (m.vardform() == null) {
            fel.add(new Faltfel("vardform", "utskrivning.fel.somatiskEllerPsykiatrisk"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        Optional<Person> person = personer.hitta(personnummer);
        // the person's open case, if any, takes the aktualisering (R14); else the unit for the person's age
        Optional<Arende> oppet = person.stream()
                .flatMap(p -> arenden.hittaForPerson(p.id()).stream())
                .filter(Arende::oppet)
                .max(Comparator.comparing(Arende::oppnat));
        boolean aldre = personnummer
                .fodelsedatum()
                .plusYears(65)
                .isBefore(LocalDate.now(clock).plusDays(1));
        Arendetyp typ =
                oppet.map(Arende::arendetyp).orElse(aldre ? Arendetyp.SOL_ALDRE : Arendetyp.SOL_FUNKTIONSNEDSATTNING);
        String enhet = oppet.map(Arende::enhet).orElse(installningar.enhet(aldre));
        String beskrivning = "Inskrivningsmeddelande från " + m.vardenhet().strip() + " ("
                + m.vardform().toLowerCase()
                + " vård): inskriven " + TID.format(m.inskriven().atZoneSameInstant(SVENSK_TID))
                + (m.beraknadUtskrivning() == null ? "" : ", beräknad utskrivning " + m.beraknadUtskrivning());
        RegistreradAktualisering aktualisering = arenden.registreraFranAnnatSystem(
                new NyAktualisering(
                        m.personnummer(),
                        m.fornamn(),
                        m.efternamn(),
                        typ,
                        Aktualiseringstyp.ANMALAN,
                        mottagen,
                        "INSKRIVNINGSMEDDELANDE",
                        beskrivning,
                        "SLUTENVARD",
                        enhet),
                SYSTEM);
        UUID personId = personer.hitta(personnummer).orElseThrow().id();
        UUID id = jdbc.sql("""
                        insert into utskrivning (vardtillfalle, person_id, arende_id, aktualisering_id, enhet_kod, vardenhet,
                                                 vardform, inskriven, beraknad_utskrivning)
                        values (:vardtillfalle, :person, :arende, :aktualisering, :enhet, :vardenhet, :vardform, :inskriven,
                                :beraknad) returning id""")
                .param("vardtillfalle", m.vardtillfalle())
                .param("person", personId)
                .param("arende", aktualisering.arendeId())
                .param("aktualisering", aktualisering.aktualiseringId())
                .param("enhet", enhet)
                .param("vardenhet", m.vardenhet().strip())
                .param("vardform", m.vardform())
                .param("inskriven", m.inskriven())
                .param("beraknad", m.beraknadUtskrivning())
                .query(UUID.class)
                .single();
        events.publishEvent(
                new InskrivningRegistrerad(id, aktualisering.arendeId(), aktualisering.arendenummer(), enhet));
        return hitta(m.vardtillfalle()).orElseThrow();
    }

    /** @return a remark where the message came out of order or changed nothing, else null */
    private String tillamPa(Utskrivning u, RegionMeddelande m, OffsetDateTime mottagen) {
        boolean avslutad = "UTSKRIVEN".equals(u.status()) || "AVBRUTEN".equals(u.status());
        switch (m.typ()) {
            case BERAKNAD_UTSKRIVNING_ANDRAD -> {
                if (m.beraknadUtskrivning() == null) {
                    throw new Valideringsfel(
                            "beraknadUtskrivning", "utskrivning.fel.detNyaBeraknadeUtskrivningsdatumetSaknas");
                }
                jdbc.sql("update utskrivning set beraknad_utskrivning = :datum where id = :id")
                        .param("datum", m.beraknadUtskrivning())
                        .param("id", u.id())
                        .update();
                return avslutad ? "Mottaget efter att vårdtillfället avslutats" : null;
            }
            case UTSKRIVNINGSKLAR -> {
                return utskrivningsklar(u, m, mottagen, avslutad);
            }
            case INTE_LANGRE_UTSKRIVNINGSKLAR -> {
                int stangda = stangPeriod(u.id(), m.skickad(), "INTE_LANGRE_UTSKRIVNINGSKLAR");
                if (stangda == 0) {
                    return "Ingen pågående period som utskrivningsklar att avsluta";
                }
                jdbc.sql("update utskrivning set status = 'INSKRIVEN' where id = :id and status = 'UTSKRIVNINGSKLAR'")
                        .param("id", u.id())
                        .update();
                return null;
            }
            case SIP_KALLELSE -> {
                jdbc.sql("update utskrivning set sip_kallelse = :kallelse, sip_mote = :mote where id = :id")
                        .param("kallelse", m.skickad())
                        .param("mote", m.sipMote())
                        .param("id", u.id())
                        .update();
                if (avslutad) {
                    return "Mottaget efter att vårdtillfället avslutats";
                }
                events.publishEvent(new SipKallelseRegistrerad(u.id()));
                boolean klar = jdbc.sql("select count(*) from utskrivningsklar_period where utskrivning_id = :id")
                                .param("id", u.id())
                                .query(Long.class)
                                .single()
                        > 0;
                return klar ? null : "Kallelse till SIP före underrättelsen om utskrivningsklar";
            }
            case UTSKRIVEN, AVBROTT -> {
                if (avslutad) {
                    return "Vårdtillfället var redan avslutat (" + u.status().toLowerCase() + ")";
                }
                boolean utskriven = m.typ() == Meddelandetyp.UTSKRIVEN;
                int stangda = stangPeriod(u.id(), m.skickad(), utskriven ? "UTSKRIVEN" : "AVBROTT");
                jdbc.sql(
                                "update utskrivning set status = :status, utskriven = :utskriven, avbruten = :avbruten where id = :id")
                        .param("status", utskriven ? "UTSKRIVEN" : "AVBRUTEN")
                        .param("utskriven", utskriven ? m.skickad() : null)
                        .param("avbruten", utskriven ? null : m.skickad())
                        .param("id", u.id())
                        .update();
                events.publishEvent(new UtskrivningAvslutad(u.id()));
                boolean aldrigKlar = jdbc.sql("select count(*) from utskrivningsklar_period where utskrivning_id = :id")
                                .param("id", u.id())
                                .query(Long.class)
                                .single()
                        == 0;
                return utskriven && aldrigKlar && stangda == 0
                        ? "Utskriven utan att underrättelse om utskrivningsklar tagits emot"
                        : null;
            }
            default -> throw new IllegalStateException(m.typ().name());
        }
    }

    private String utskrivningsklar(Utskrivning u, RegionMeddelande m, OffsetDateTime mottagen, boolean avslutad) {
        if (avslutad) {
            // out of order: the notice arrives after the discharge. It still counts for payment, up to the discharge.
            OffsetDateTime slut = u.utskriven() != null ? u.utskriven() : m.skickad();
            if (m.skickad().isBefore(slut)) {
                jdbc.sql("""
                                insert into utskrivningsklar_period (utskrivning_id, skickad, mottagen, upphorde, upphorde_orsak)
                                values (:id, :skickad, :mottagen, :upphorde, :orsak)""")
                        .param("id", u.id())
                        .param("skickad", m.skickad())
                        .param("mottagen", mottagen)
                        .param("upphorde", slut)
                        .param("orsak", "UTSKRIVEN".equals(u.status()) ? "UTSKRIVEN" : "AVBROTT")
                        .update();
            }
            return "Underrättelsen om utskrivningsklar togs emot efter att vårdtillfället avslutats";
        }
        int nya = jdbc.sql("""
                        insert into utskrivningsklar_period (utskrivning_id, skickad, mottagen) values (:id, :skickad, :mottagen)
                        on conflict (utskrivning_id) where upphorde is null do nothing""")
                .param("id", u.id())
                .param("skickad", m.skickad())
                .param("mottagen", mottagen)
                .update();
        if (nya == 0) {
            return "Patienten var redan utskrivningsklar; ingen ny period";
        }
        boolean forsta = jdbc.sql("select count(*) from utskrivningsklar_period where utskrivning_id = :id")
                        .param("id", u.id())
                        .query(Long.class)
                        .single()
                == 1;
        jdbc.sql("update utskrivning set status = 'UTSKRIVNINGSKLAR' where id = :id")
                .param("id", u.id())
                .update();
        if (forsta) {
            events.publishEvent(new UtskrivningsklarRegistrerad(u.id(), u.sipKallelse() != null));
        }
        return null;
    }

    private int stangPeriod(UUID utskrivningId, OffsetDateTime upphorde, String orsak) {
        return jdbc.sql("""
                        update utskrivningsklar_period set upphorde = greatest(:upphorde, skickad), upphorde_orsak = :orsak
                         where utskrivning_id = :id and upphorde is null""")
                .param("upphorde", upphorde)
                .param("orsak", orsak)
                .param("id", utskrivningId)
                .update();
    }

    Optional<Utskrivning> hitta(String vardtillfalle) {
        return jdbc.sql("""
                        select id, vardtillfalle, person_id, arende_id, enhet_kod, vardform, inskriven, status, sip_kallelse,
                               utskriven
                          from utskrivning where vardtillfalle = :vardtillfalle""")
                .param("vardtillfalle", vardtillfalle)
                .query((rs, n) -> new Utskrivning(
                        rs.getObject("id", UUID.class),
                        rs.getString("vardtillfalle"),
                        rs.getObject("person_id", UUID.class),
                        rs.getObject("arende_id", UUID.class),
                        rs.getString("enhet_kod"),
                        rs.getString("vardform"),
                        rs.getObject("inskriven", OffsetDateTime.class),
                        rs.getString("status"),
                        rs.getObject("sip_kallelse", OffsetDateTime.class),
                        rs.getObject("utskriven", OffsetDateTime.class)))
                .optional();
    }

    /** The message as a canonical string: kept for the audit, and compared when the same id comes again. */
    private String innehall(RegionMeddelande meddelande) {
        try {
            return json.writeValueAsString(meddelande);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
