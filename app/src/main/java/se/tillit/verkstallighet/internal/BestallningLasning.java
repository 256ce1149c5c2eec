package se.tillit.verkstallighet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.pris.Manadskostnad;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.Bestallning;
import se.tillit.verkstallighet.Bestallningar;
import se.tillit.verkstallighet.Drojsmalsorsak;

/**
 * Reads the provider's orders by their stored state (ADR 21): the counts and a page's ids from the order table's index
 * {@code (utforare, tillstand, onskad_start)}, then the page's orders and their interruptions, in two queries.
 */
@Component
@RequiredArgsConstructor
class BestallningLasning implements Bestallningar {

    // ends with a newline: the callers append their where clause; every order is a favourable decision's (only those
    // are ordered), so none is left out for its decision
    private static final String ORDRAR = """
            select o.beslut_id, a.id as arende_id, a.arendenummer, a.person_id, a.avslutat, a.avslutsorsak,
                   b.insatstyp, b.omfattning, b.niva, b.beslutsdatum, b.giltig_from, b.giltig_tom, b.beslutsfattare,
                   o.utforare, o.utforartyp, coalesce(o.bestallande_enhet, a.enhet_kod) as bestallande_enhet,
                   o.skapad_av, o.skapad, o.onskad_start, o.accepterad, o.accepterad_av, o.plats_bokad, o.verkstalld,
                   o.avslutad, o.avslutsorsak as insatsens_avslutsorsak, o.tillstand, (select oppnad from ej_verkstallt e where e.beslut_id = o.beslut_id and e.stangd is null) as ej,
                   h.orsak, h.orsak_text, h.registrerad as hinder_registrerad, h.registrerad_av as hinder_av
              from bestallning o
              join beslut b on b.id = o.beslut_id
              join arende a on a.id = b.arende_id
              left join lateral (select x.orsak, x.orsak_text, x.registrerad, x.registrerad_av from bestallning_hinder x
                                  where x.beslut_id = o.beslut_id order by x.registrerad desc limit 1) h on true
            """;

    /**
     * How many orders to the units :enheter are in each state: the stored state (V46, {@link Bestallningstillstand}),
     * read from the index {@code (utforare, tillstand, onskad_start)} alone. Only favourable decisions are ordered, so no
     * decision is read.
     */
    static final String ANTAL = """
            select tillstand, count(*) as antal from bestallning where utforare in (:enheter) group by tillstand""";

    /** How many orders to the units :enheter are in the state :tillstand, from that state's range of the index. */
    static final String ANTAL_I_TILLSTANDET = """
            select count(*) from bestallning where utforare in (:enheter) and tillstand = :tillstand""";

    /**
     * One state's orders to the units :enheter, :antal of them from :forsta on, in the list's order: by requested start
     * as the index has them, then by case number (an incremental sort within each requested start, as the rows come).
     * The orders before the page are skipped in the index alone: the requested start of the page's first order is found
     * and the orders before that day counted there, so that only the orders from that day on are read with their
     * decision and case, and a deep page costs about as much as the first.
     */
    static final String SIDA = """
            with grans as (select onskad_start from bestallning where utforare in (:enheter) and tillstand = :tillstand
                            order by onskad_start offset :forsta limit 1),
                 fore as (select count(*) as antal from bestallning where utforare in (:enheter) and tillstand = :tillstand
                             and onskad_start < (select onskad_start from grans))
            select o.beslut_id from bestallning o
              join beslut b on b.id = o.beslut_id
              join arende a on a.id = b.arende_id
             where o.utforare in (:enheter) and o.tillstand = :tillstand and o.onskad_start >= (select onskad_start from grans)
             order by o.onskad_start, a.arendenummer, o.beslut_id
             limit :antal offset :forsta - (select antal from fore)""";

    private final JdbcClient jdbc;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock clock;

    @Override
    public Map<Bestallning.Status, Long> antalPerStatus() {
        Map<Bestallning.Status, Long> antal = new EnumMap<>(Bestallning.Status.class);
        EnumSet.allOf(Bestallning.Status.class).forEach(status -> antal.put(status, 0L));
        jdbc.sql(ANTAL).param("enheter", utforarensEnheter()).query(rs -> {
            antal.put(Bestallning.Status.valueOf(rs.getString("tillstand")), rs.getLong("antal"));
        });
        return antal;
    }

    @Override
    public List<Bestallning> utforarens(Set<Bestallning.Status> statusar, int sida, int perSida) {
        List<String> enheter = utforarensEnheter();
        if (statusar.isEmpty() || perSida < 1 || sida < 0) {
            return List.of();
        }
        // the page's ids state by state in the list's order, each state from its own range of the index; a state is
        // counted only when the page begins after it
        long forsta = (long) sida * perSida;
        List<UUID> sidan = new ArrayList<>();
        for (Bestallning.Status status : EnumSet.copyOf(statusar)) {
            int kvar = perSida - sidan.size();
            if (kvar == 0) {
                break;
            }
            if (forsta > 0) {
                long iTillstandet = jdbc.sql(ANTAL_I_TILLSTANDET)
                        .param("enheter", enheter)
                        .param("tillstand", status.name())
                        .query(Long.class)
                        .single();
                if (forsta >= iTillstandet) {
                    forsta -= iTillstandet;
                    continue;
                }
            }
            sidan.addAll(jdbc.sql(SIDA)
                    .param("enheter", enheter)
                    .param("tillstand", status.name())
                    .param("antal", kvar)
                    .param("forsta", forsta)
                    .query(UUID.class)
                    .list());
            forsta = 0;
        }
        if (sidan.isEmpty()) {
            return List.of();
        }
        Map<UUID, Bestallning> rader = new HashMap<>();
        medAvbrott(jdbc.sql(ORDRAR + " where o.beslut_id in (:beslut)")
                        .param("beslut", sidan)
                        .query(BestallningLasning::rad)
                        .list())
                .forEach(b -> rader.put(b.beslutId(), b));
        // in the page's order; an order whose state changed since its id was read shows with its new state
        return sidan.stream().map(rader::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<String> utforarensEnheter() {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        List<String> enheter = List.copyOf(anvandare.enheterMedRoll(Roll.UTFORARE));
        if (enheter.isEmpty()) {
            throw new AccessDeniedException("verkstallighet.fel.bestallningarnaVisasForUtforarensPersonal");
        }
        return enheter;
    }

    @Override
    public Bestallning utforarens(UUID beslutId) {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        List<String> enheter = List.copyOf(anvandare.enheterMedRoll(Roll.UTFORARE));
        List<Rad> rader = enheter.isEmpty()
                ? List.of()
                : jdbc.sql(ORDRAR + " where o.beslut_id = :beslut and o.utforare in (:enheter)")
                        .param("beslut", beslutId)
                        .param("enheter", enheter)
                        .query(BestallningLasning::rad)
                        .list();
        return medAvbrott(rader).stream()
                .findFirst()
                .orElseThrow(
                        () -> new HittadesInte(Texter.text("verkstallighet.fel.bestallningenFinnsInte", beslutId)));
    }

    /** An order's row before its interruptions are read. */
    private record Rad(
            UUID beslutId,
            UUID arendeId,
            String arendenummer,
            UUID personId,
            OffsetDateTime arendeAvslutat,
            String avslutsorsak,
            String insatstyp,
            String omfattning,
            Integer niva,
            LocalDate beslutsdatum,
            LocalDate giltigFrom,
            LocalDate giltigTom,
            String beslutsfattare,
            String utforare,
            String utforartyp,
            String bestallandeEnhet,
            String bestalldAv,
            OffsetDateTime bestalld,
            LocalDate onskadStart,
            OffsetDateTime accepterad,
            String accepteradAv,
            LocalDate platsBokad,
            LocalDate verkstalld,
            LocalDate avslutad,
            LocalDate ejVerkstalltSedan,
            Bestallning.Hinder hinder,
            String insatsensAvslutsorsak,
            Bestallning.Status tillstand) {}

    private static Rad rad(ResultSet rs, int n) throws SQLException {
        String orsak = rs.getString("orsak");
        Bestallning.Hinder hinder = orsak == null
                ? null
                : new Bestallning.Hinder(
                        Drojsmalsorsak.valueOf(orsak),
                        rs.getString("orsak_text"),
                        rs.getObject("hinder_registrerad", OffsetDateTime.class)
                                .atZoneSameInstant(VerkstallighetTjanst.SVENSK_TID)
                                .toOffsetDateTime(),
                        rs.getString("hinder_av"));
        OffsetDateTime accepterad = rs.getObject("accepterad", OffsetDateTime.class);
        return new Rad(
                rs.getObject("beslut_id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getString("arendenummer"),
                rs.getObject("person_id", UUID.class),
                rs.getObject("avslutat", OffsetDateTime.class),
                rs.getString("avslutsorsak"),
                rs.getString("insatstyp"),
                rs.getString("omfattning"),
                (Integer) rs.getObject("niva"),
                rs.getObject("beslutsdatum", LocalDate.class),
                rs.getObject("giltig_from", LocalDate.class),
                rs.getObject("giltig_tom", LocalDate.class),
                rs.getString("beslutsfattare"),
                rs.getString("utforare"),
                rs.getString("utforartyp"),
                rs.getString("bestallande_enhet"),
                rs.getString("skapad_av"),
                rs.getObject("skapad", OffsetDateTime.class)
                        .atZoneSameInstant(VerkstallighetTjanst.SVENSK_TID)
                        .toOffsetDateTime(),
                rs.getObject("onskad_start", LocalDate.class),
                accepterad == null
                        ? null
                        : accepterad
                                .atZoneSameInstant(VerkstallighetTjanst.SVENSK_TID)
                                .toOffsetDateTime(),
                rs.getString("accepterad_av"),
                rs.getObject("plats_bokad", LocalDate.class),
                rs.getObject("verkstalld", LocalDate.class),
                rs.getObject("avslutad", LocalDate.class),
                rs.getObject("ej", LocalDate.class),
                hinder,
                rs.getString("insatsens_avslutsorsak"),
                Bestallning.Status.valueOf(rs.getString("tillstand")));
    }

    private List<Bestallning> medAvbrott(List<Rad> rader) {
        if (rader.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Bestallning.Avbrott>> avbrott = new HashMap<>();
        jdbc.sql("select beslut_id, fran, till, orsak from avbrott where beslut_id in (:beslut) order by fran, skapad")
                .param("beslut", rader.stream().map(Rad::beslutId).toList())
                .query(rs -> {
                    avbrott.computeIfAbsent(rs.getObject("beslut_id", UUID.class), id -> new ArrayList<>())
                            .add(new Bestallning.Avbrott(
                                    rs.getObject("fran", LocalDate.class),
                                    rs.getObject("till", LocalDate.class),
                                    rs.getString("orsak")));
                });
        LocalDate idag = LocalDate.now(clock);
        return rader.stream()
                .map(r -> bestallning(r, avbrott.getOrDefault(r.beslutId(), List.of()), idag))
                .toList();
    }

    /**
     * The order with its stored state (the list's, {@link Bestallningstillstand}) and, once ended, the earliest of the
     * ends that have come.
     */
    private static Bestallning bestallning(Rad r, List<Bestallning.Avbrott> avbrott, LocalDate idag) {
        LocalDate arendetAvslutat = r.arendeAvslutat() == null ? null : VerkstallighetTjanst.dag(r.arendeAvslutat());
        // the earliest of the ends that have come: the order closed, the decision's validity ran out, the case closed
        record Slutet(LocalDate dag, Bestallning.Slut orsak) {}
        Slutet slutet = r.tillstand() != Bestallning.Status.AVSLUTAD
                ? null
                : Stream.of(
                                r.avslutad() != null && !r.avslutad().isAfter(idag)
                                        ? new Slutet(
                                                r.avslutad(),
                                                r.insatsensAvslutsorsak() != null
                                                        ? Bestallning.Slut.INSATSEN_AVSLUTAD
                                                        : Bestallning.Slut.BESTALLNINGEN_AVSLUTAD)
                                        : null,
                                r.giltigTom() != null && r.giltigTom().isBefore(idag)
                                        ? new Slutet(r.giltigTom(), Bestallning.Slut.GILTIGHETEN_UPPHORDE)
                                        : null,
                                arendetAvslutat != null
                                        ? new Slutet(arendetAvslutat, Bestallning.Slut.ARENDET_AVSLUTAT)
                                        : null)
                        .filter(java.util.Objects::nonNull)
                        .min(Comparator.comparing(Slutet::dag))
                        .orElse(null);
        Bestallning.Status status = r.tillstand();
        return new Bestallning(
                r.beslutId(),
                r.arendeId(),
                r.arendenummer(),
                r.personId(),
                r.insatstyp(),
                r.omfattning(),
                r.niva(),
                r.beslutsdatum(),
                r.giltigFrom(),
                r.giltigTom(),
                r.utforare(),
                r.utforartyp(),
                r.bestallandeEnhet(),
                r.bestalldAv(),
                r.beslutsfattare(),
                r.bestalld(),
                r.onskadStart(),
                Manadskostnad.BOSTAD_MED_SARSKILD_SERVICE.equals(r.insatstyp()),
                r.accepterad(),
                r.accepteradAv(),
                r.platsBokad(),
                r.verkstalld(),
                avbrott,
                r.hinder(),
                r.ejVerkstalltSedan(),
                slutet == null ? null : slutet.dag(),
                slutet == null ? null : slutet.orsak(),
                slutet != null && slutet.orsak() == Bestallning.Slut.ARENDET_AVSLUTAT ? r.avslutsorsak() : null,
                status,
                slutet != null && slutet.orsak() == Bestallning.Slut.INSATSEN_AVSLUTAD
                        ? r.insatsensAvslutsorsak()
                        : null);
    }
}
