package se.tillit.barn.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Aktualisering;
import se.tillit.arende.AktualiseringBedomd;
import se.tillit.arende.Aktualiseringstyp;
import se.tillit.arende.Arende;
import se.tillit.arende.ArendeAvslutat;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.Avslutsorsak;
import se.tillit.barn.Anmalarinformation;
import se.tillit.barn.AnmalarinformationBegard;
import se.tillit.barn.AnmalarinformationLamnad;
import se.tillit.barn.AnmalarinformationsfristStartad;
import se.tillit.barn.Barnfrister;
import se.tillit.barn.Barnuppfoljning;
import se.tillit.barn.BarnuppfoljningAvslutad;
import se.tillit.barn.BarnuppfoljningStartad;
import se.tillit.barn.Informationssatt;
import se.tillit.barn.Uppfoljningsgrund;
import se.tillit.barn.Uppfoljningsutfall;
import se.tillit.beslut.Lagrum;
import se.tillit.beslut.PlaceringAvslutad;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.utredning.Utredning;
import se.tillit.utredning.Utredningar;

/**
 * The reporter's information (19 kap. 6 §) and a child's follow-up (23 kap. 1–5 §§). A follow-up starts by itself when
 * a child's case closes because its investigation ended without insats, or when a placement ends; its six months run
 * from the investigation's or placement's last day. Each step publishes the event its process waits for.
 */
@Service
@RequiredArgsConstructor
class BarnTjanst implements Barnfrister {

    static final ZoneId SVENSK_TID = Svensktid.ZON;
    private final JdbcClient jdbc;
    private final Arenden arenden;
    private final Utredningar utredningar;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    public List<Anmalarinformation> anmalarinformation(UUID arendeId) {
        return anmalarinformationDar("arende_id = :v order by begaran_inkom, registrerad", arendeId)
                .list();
    }

    @Override
    public List<Barnuppfoljning> uppfoljningar(UUID arendeId) {
        return uppfoljningarDar("arende_id = :v order by start, skapad", arendeId)
                .list();
    }

    @Override
    public Map<UUID, LocalDate> senasteAnteckning(java.util.Collection<UUID> arendeIds) {
        if (arendeIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> senast = new java.util.HashMap<>();
        jdbc.sql("""
                        select arende_id, max(dag) as dag from (
                          select arende_id, greatest(begaran_inkom, lamnad, (registrerad at time zone 'Europe/Stockholm')::date) as dag
                            from anmalarinformation where arende_id in (:arenden)
                          union all
                          select arende_id, greatest(start, avslutad, (skapad at time zone 'Europe/Stockholm')::date)
                            from barnuppfoljning where arende_id in (:arenden)
                          union all
                          select arende_id, greatest(datum, bortfallen, (registrerad at time zone 'Europe/Stockholm')::date,
                                 (skapad at time zone 'Europe/Stockholm')::date)
                            from foraldrastod_erbjudande where arende_id in (:arenden)
                        ) anteckningar group by arende_id""")
                .param("arenden", java.util.Set.copyOf(arendeIds))
                .query((rs, n) ->
                        Map.entry(rs.getObject("arende_id", UUID.class), rs.getObject("dag", LocalDate.class)))
                .list()
                .forEach(rad -> senast.put(rad.getKey(), rad.getValue()));
        return senast;
    }

    @Override
    @Transactional
    public Anmalarinformation registreraBegaran(UUID arendeId, UUID aktualiseringId, LocalDate begaranInkom) {
        Arende arende = barnarende(arendeId);
        List<Faltfel> fel = new ArrayList<>();
        Aktualisering anmalan = arenden.aktualiseringar(arendeId).stream()
                .filter(a -> a.id().equals(aktualiseringId) && a.typ() == Aktualiseringstyp.ANMALAN)
                .findFirst()
                .orElse(null);
        if (anmalan == null) {
            fel.add(new Faltfel("aktualiseringId", "barn.fel.valjEnAnmalanIArendet"));
        }
        LocalDate idag = LocalDate.now(clock);
        if (begaranInkom == null) {
            fel.add(new Faltfel("begaranInkom", "barn.fel.angeNarBegaranKomIn"));
        } else if (begaranInkom.isAfter(idag)
                || (anmalan != null
                        && begaranInkom.isBefore(
                                anmalan.inkom().atZoneSameInstant(SVENSK_TID).toLocalDate()))) {
            fel.add(new Faltfel("begaranInkom", "barn.fel.dagenMasteLiggaMellanAnmalanOchI"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        LocalDate beslutad = anmalan.utfallRegistrerat() == null
                ? null
                : anmalan.utfallRegistrerat().atZoneSameInstant(SVENSK_TID).toLocalDate();
        boolean utredningPagar = utredningar.forArende(arendeId).stream()
                .anyMatch(u -> u.avslutad() == null && !u.inledd().isAfter(begaranInkom));
        Informationsfrist frist = Informationsfrist.berakna(begaranInkom, beslutad, utredningPagar);
        boolean sen = frist.genast();
        LocalDate fristStart = frist.start();
        UUID id = jdbc.sql("""
                        insert into anmalarinformation (arende_id, aktualisering_id, begaran_inkom, sen_begaran, frist_start,
                                                        registrerad_av)
                        values (:arende, :aktualisering, :inkom, :sen, :start, :av) returning id""")
                .param("arende", arendeId)
                .param("aktualisering", aktualiseringId)
                .param("inkom", begaranInkom)
                .param("sen", sen)
                .param("start", fristStart)
                .param("av", anvandarnamn())
                .query(UUID.class)
                .single();
        events.publishEvent(
                new AnmalarinformationBegard(id, arendeId, arende.arendenummer(), arende.enhet(), fristStart, sen));
        return hittaBegaran(id);
    }

    @Override
    @Transactional
    public void registreraLamnad(UUID begaranId, LocalDate lamnad, Informationssatt satt) {
        Anmalarinformation begaran = anmalarinformationDar("id = :v", begaranId)
                .optional()
                .orElseThrow(() -> new HittadesInte(Texter.text("barn.fel.begaranFinnsInte2", begaranId)));
        barnarende(begaran.arendeId());
        jdbc.sql("select id from anmalarinformation where id = :id for update")
                .param("id", begaranId)
                .query(UUID.class)
                .single();
        begaran = hittaBegaran(begaranId);
        if (begaran.lamnad() != null) {
            if (begaran.lamnad().equals(lamnad) && begaran.satt() == satt) {
                return;
            }
            throw new Valideringsfel(
                    "lamnad", Texter.text("barn.fel.informationenArRedanRegistreradSomLamnad", begaran.lamnad()));
        }
        if (begaran.vantarPaBeslut()) {
            throw new Valideringsfel("lamnad", "barn.fel.beslutetOmUtredningInteFattat");
        }
        List<Faltfel> fel = new ArrayList<>();
        if (lamnad == null) {
            fel.add(new Faltfel("lamnad", "barn.fel.angeDagenDaInformationenLamnades"));
        } else if (lamnad.isBefore(begaran.begaranInkom()) || lamnad.isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel("lamnad", "barn.fel.dagenMasteLiggaMellanBegaranOchI"));
        }
        if (satt == null) {
            fel.add(new Faltfel("satt", "barn.fel.valjHurInformationenLamnades"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("update anmalarinformation set lamnad = :lamnad, satt = :satt, lamnad_av = :av where id = :id")
                .param("lamnad", lamnad)
                .param("satt", satt.name())
                .param("av", anvandarnamn())
                .param("id", begaranId)
                .update();
        events.publishEvent(new AnmalarinformationLamnad(begaranId));
    }

    @Override
    @Transactional
    public void avslutaUppfoljning(
            UUID uppfoljningId, LocalDate avslutad, Uppfoljningsutfall utfall, String motivering) {
        Barnuppfoljning uppfoljning = hittaUppfoljning(uppfoljningId)
                .orElseThrow(() -> new HittadesInte(Texter.text("barn.fel.uppfoljningenFinnsInte2", uppfoljningId)));
        barnarende(uppfoljning.arendeId());
        jdbc.sql("select id from barnuppfoljning where id = :id for update")
                .param("id", uppfoljningId)
                .query(UUID.class)
                .single();
        uppfoljning = hittaUppfoljning(uppfoljningId).orElseThrow();
        String text = motivering == null || motivering.isBlank() ? null : motivering.strip();
        if (!uppfoljning.pagar()) {
            if (uppfoljning.avslutad().equals(avslutad) && uppfoljning.utfall() == utfall) {
                return;
            }
            throw new Valideringsfel(
                    "avslutad", Texter.text("barn.fel.uppfoljningenArRedanAvslutad", uppfoljning.avslutad()));
        }
        List<Faltfel> fel = new ArrayList<>();
        if (avslutad == null) {
            fel.add(new Faltfel("avslutad", "barn.fel.angeDagenDaUppfoljningenAvslutades"));
        } else if (avslutad.isBefore(uppfoljning.start()) || avslutad.isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel("avslutad", Texter.text("fel.dagenMasteLiggaMellanOchIDag", uppfoljning.start())));
        }
        if (utfall == null) {
            fel.add(new Faltfel("utfall", "barn.fel.valjOmUppfoljningenGjordesEllerInteAr"));
        } else if (utfall == Uppfoljningsutfall.INTE_AKTUELL && uppfoljning.skyldighet()) {
            fel.add(new Faltfel("utfall", "barn.fel.efterVardEnligtLvuSkaBarnetsSituation"));
        }
        if (text == null) {
            fel.add(new Faltfel("motivering", "barn.fel.beskrivVadUppfoljningenVisadeEllerVarforDen"));
        } else if (text.length() > 2000) {
            fel.add(new Faltfel("motivering", Texter.text("fel.hogstTecken", 2000)));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        update barnuppfoljning set avslutad = :datum, utfall = :utfall, motivering = :text, avslutad_av = :av
                         where id = :id""")
                .param("datum", avslutad)
                .param("utfall", utfall.name())
                .param("text", text)
                .param("av", anvandarnamn())
                .param("id", uppfoljningId)
                .update();
        events.publishEvent(new BarnuppfoljningAvslutad(uppfoljningId, utfall));
    }

    /**
     * The decision to open an investigation or not on an anmälan (19 kap. 6 §, C1 item 3): the requests that waited for
     * it get their week from its day, and their processes their task.
     */
    @EventListener
    void aktualiseringBedomd(AktualiseringBedomd bedomd) {
        List<UUID> vantande = jdbc.sql("""
                        update anmalarinformation set frist_start = :dag
                         where aktualisering_id = :aktualisering and frist_start is null and lamnad is null
                        returning id""")
                .param("dag", bedomd.datum())
                .param("aktualisering", bedomd.aktualiseringId())
                .query(UUID.class)
                .list();
        vantande.forEach(id -> events.publishEvent(new AnmalarinformationsfristStartad(id, bedomd.datum())));
    }

    /** A child's case closed because its investigation ended without insats: the follow-up's six months start. */
    @EventListener
    void arendeAvslutat(ArendeAvslutat avslutat) {
        if (avslutat.orsak() != Avslutsorsak.UTREDNING_AVSLUTAD_UTAN_INSATS) {
            return;
        }
        Arende arende = arenden.hitta(avslutat.arendeId()).orElseThrow();
        if (arende.arendetyp() != Arendetyp.BARN_OCH_UNGA) {
            return;
        }
        LocalDate slut = utredningar.forArende(arende.id()).stream()
                .map(Utredning::avslutad)
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.now(clock));
        starta(arende, Uppfoljningsgrund.EFTER_UTREDNING, null, false, slut);
    }

    /**
     * A placement ended with the care: the follow-up after it starts; after care under LVU it is a duty. A move to
     * another placement, to another municipality (JO: the nämnd then has no competence) or the 18th birthday starts none.
     */
    @EventListener
    void placeringAvslutad(PlaceringAvslutad avslutad) {
        if (!avslutad.vardenUpphorde()) {
            return;
        }
        Arende arende = arenden.hitta(avslutad.arendeId()).orElseThrow();
        starta(
                arende,
                Uppfoljningsgrund.EFTER_PLACERING,
                avslutad.placeringId(),
                avslutad.lag() == Lagrum.Lag.LVU,
                avslutad.avslutad());
    }

    private void starta(Arende arende, Uppfoljningsgrund grund, UUID placeringId, boolean skyldighet, LocalDate start) {
        UUID id = jdbc.sql("""
                        insert into barnuppfoljning (arende_id, grund, placering_id, skyldighet, start)
                        values (:arende, :grund, :placering, :skyldighet, :start) returning id""")
                .param("arende", arende.id())
                .param("grund", grund.name())
                .param("placering", placeringId)
                .param("skyldighet", skyldighet)
                .param("start", start)
                .query(UUID.class)
                .single();
        events.publishEvent(
                new BarnuppfoljningStartad(id, arende.id(), arende.arendenummer(), arende.enhet(), grund, start));
    }

    java.util.Optional<Barnuppfoljning> hittaUppfoljning(UUID id) {
        return uppfoljningarDar("id = :v", id).optional();
    }

    java.util.Optional<Anmalarinformation> hittaBegaranOmFinns(UUID id) {
        return anmalarinformationDar("id = :v", id).optional();
    }

    private Anmalarinformation hittaBegaran(UUID id) {
        return hittaBegaranOmFinns(id).orElseThrow();
    }

    /** A child's case, for a write by a handläggare of its unit; to anyone else it does not exist. */
    private Arende barnarende(UUID arendeId) {
        Arende arende = arenden.hitta(arendeId)
                .filter(a -> a.arendetyp() == Arendetyp.BARN_OCH_UNGA)
                .orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), Roll.HANDLAGGARE);
        return arende;
    }

    private String anvandarnamn() {
        return aktuellAnvandare.hamta().orElseThrow().anvandarnamn();
    }

    private static Anmalarinformation anmalarinformation(ResultSet rs, int n) throws SQLException {
        String satt = rs.getString("satt");
        return new Anmalarinformation(
                rs.getObject("id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getObject("aktualisering_id", UUID.class),
                rs.getObject("begaran_inkom", LocalDate.class),
                rs.getBoolean("sen_begaran"),
                rs.getObject("frist_start", LocalDate.class),
                rs.getObject("lamnad", LocalDate.class),
                satt == null ? null : Informationssatt.valueOf(satt),
                rs.getString("registrerad_av"),
                rs.getString("lamnad_av"));
    }

    private static Barnuppfoljning uppfoljning(ResultSet rs, int n) throws SQLException {
        String utfall = rs.getString("utfall");
        return new Barnuppfoljning(
                rs.getObject("id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                Uppfoljningsgrund.valueOf(rs.getString("grund")),
                rs.getObject("placering_id", UUID.class),
                rs.getBoolean("skyldighet"),
                rs.getObject("start", LocalDate.class),
                rs.getObject("avslutad", LocalDate.class),
                utfall == null ? null : Uppfoljningsutfall.valueOf(utfall),
                rs.getString("motivering"),
                rs.getString("avslutad_av"));
    }

    /** The rows of {@code anmalarinformation} that meet {@code villkor}, whose one parameter is {@code :v}. */
    private JdbcClient.MappedQuerySpec<Anmalarinformation> anmalarinformationDar(String villkor, Object v) {
        return jdbc.sql("select * from anmalarinformation where " + villkor)
                .param("v", v)
                .query(BarnTjanst::anmalarinformation);
    }

    /** The rows of {@code barnuppfoljning} that meet {@code villkor}, whose one parameter is {@code :v}. */
    private JdbcClient.MappedQuerySpec<Barnuppfoljning> uppfoljningarDar(String villkor, Object v) {
        return jdbc.sql("select * from barnuppfoljning where " + villkor)
                .param("v", v)
                .query(BarnTjanst::uppfoljning);
    }
}
