package se.tillit.verkstallighet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.tillit.fel.HittadesInte;
import se.tillit.pris.Manadskostnad;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.Bestallning;
import se.tillit.verkstallighet.Bestallningar;
import se.tillit.verkstallighet.Drojsmalsorsak;

/** Reads the provider's orders, in two queries per call (the orders, then their interruptions). */
@Component
class BestallningLasning implements Bestallningar {

    // ends with a newline: the callers append their where clause
    private static final String ORDRAR = """
            select o.beslut_id, a.id as arende_id, a.arendenummer, a.person_id, a.avslutat, a.avslutsorsak,
                   b.insatstyp, b.omfattning, b.niva, b.beslutsdatum, b.giltig_from, b.giltig_tom, b.beslutsfattare,
                   o.utforare, o.utforartyp, coalesce(o.bestallande_enhet, a.enhet_kod) as bestallande_enhet,
                   o.skapad_av, o.skapad, o.onskad_start, o.accepterad, o.accepterad_av, o.plats_bokad, o.verkstalld,
                   o.avslutad, o.avslutsorsak as insatsens_avslutsorsak, (select oppnad from ej_verkstallt e where e.beslut_id = o.beslut_id and e.stangd is null) as ej,
                   h.orsak, h.orsak_text, h.registrerad as hinder_registrerad, h.registrerad_av as hinder_av
              from bestallning o
              join beslut b on b.id = o.beslut_id
              join arende a on a.id = b.arende_id
              left join lateral (select x.orsak, x.orsak_text, x.registrerad, x.registrerad_av from bestallning_hinder x
                                  where x.beslut_id = o.beslut_id order by x.registrerad desc limit 1) h on true
             where b.utfall <> 'AVSLAG'
            """;

    /**
     * Every order to the units :enheter with its status as of :idag, as {@link Bestallning.Status}'s ordinal: the rules
     * of {@link #bestallning} in SQL, so that a provider's tens of thousands of orders are counted and paged in the
     * database. A test holds the two to the same answer for every status.
     */
    private static final String STATUSAR = """
            select o.beslut_id, o.onskad_start, a.arendenummer,
                   case when (o.avslutad is not null and o.avslutad <= :idag) or (b.giltig_tom is not null and b.giltig_tom < :idag)
                             or a.avslutat is not null then 4
                        when v.pagar then 3
                        when o.verkstalld is not null then 2
                        when o.accepterad is not null then 1
                        else 0 end as status
              from bestallning o
              join beslut b on b.id = o.beslut_id
              join arende a on a.id = b.arende_id
              left join lateral (select x.till is null as pagar from avbrott x where x.beslut_id = o.beslut_id
                                  order by x.fran desc, x.skapad desc limit 1) v on true
             where b.utfall <> 'AVSLAG' and o.utforare in (:enheter)
            """;

    private final JdbcClient jdbc;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock clock;

    BestallningLasning(JdbcClient jdbc, AktuellAnvandare aktuellAnvandare, Clock clock) {
        this.jdbc = jdbc;
        this.aktuellAnvandare = aktuellAnvandare;
        this.clock = clock;
    }

    @Override
    public Map<Bestallning.Status, Long> antalPerStatus() {
        Map<Bestallning.Status, Long> antal = new EnumMap<>(Bestallning.Status.class);
        Arrays.stream(Bestallning.Status.values()).forEach(status -> antal.put(status, 0L));
        jdbc.sql("select status, count(*) as antal from (" + STATUSAR + ") s group by status")
                .param("enheter", utforarensEnheter()).param("idag", LocalDate.now(clock))
                .query(rs -> {
                    antal.put(Bestallning.Status.values()[rs.getInt("status")], rs.getLong("antal"));
                });
        return antal;
    }

    @Override
    public List<Bestallning> utforarens(Set<Bestallning.Status> statusar, int sida, int perSida) {
        List<String> enheter = utforarensEnheter();
        if (statusar.isEmpty() || perSida < 1 || sida < 0) {
            return List.of();
        }
        // the page's ids in the list's order, then their rows: the status is computed once in SQL for paging and once
        // in Java for the rows shown, from the same columns and the same day
        LocalDate idag = LocalDate.now(clock);
        List<UUID> sidan = jdbc.sql("select beslut_id from (" + STATUSAR + ") s where status in (:statusar)"
                        + " order by status, onskad_start, arendenummer limit :antal offset :forsta")
                .param("enheter", enheter).param("idag", idag)
                .param("statusar", statusar.stream().map(Enum::ordinal).toList())
                .param("antal", perSida).param("forsta", (long) sida * perSida)
                .query(UUID.class).list();
        if (sidan.isEmpty()) {
            return List.of();
        }
        List<Rad> rader = jdbc.sql(ORDRAR + " and o.beslut_id in (:beslut)").param("beslut", sidan)
                .query(BestallningLasning::rad).list();
        return medAvbrott(rader).stream()
                .sorted(Comparator.comparing(Bestallning::status).thenComparing(Bestallning::onskadStart)
                        .thenComparing(Bestallning::arendenummer))
                .toList();
    }

    private List<String> utforarensEnheter() {
        InloggadAnvandare anvandare = aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("Inte inloggad"));
        List<String> enheter = List.copyOf(anvandare.enheterMedRoll(Roll.UTFORARE));
        if (enheter.isEmpty()) {
            throw new AccessDeniedException("Beställningarna visas för utförarens personal");
        }
        return enheter;
    }

    @Override
    public Bestallning utforarens(UUID beslutId) {
        InloggadAnvandare anvandare = aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("Inte inloggad"));
        List<String> enheter = List.copyOf(anvandare.enheterMedRoll(Roll.UTFORARE));
        List<Rad> rader = enheter.isEmpty() ? List.of() : jdbc.sql(ORDRAR + " and o.beslut_id = :beslut and o.utforare in (:enheter)")
                .param("beslut", beslutId).param("enheter", enheter).query(BestallningLasning::rad).list();
        return medAvbrott(rader).stream().findFirst()
                .orElseThrow(() -> new HittadesInte("Beställningen finns inte: " + beslutId));
    }

    /** An order's row before its interruptions are read. */
    private record Rad(UUID beslutId, UUID arendeId, String arendenummer, UUID personId, OffsetDateTime arendeAvslutat,
            String avslutsorsak, String insatstyp, String omfattning, Integer niva, LocalDate beslutsdatum,
            LocalDate giltigFrom, LocalDate giltigTom, String beslutsfattare, String utforare, String utforartyp,
            String bestallandeEnhet, String bestalldAv, OffsetDateTime bestalld, LocalDate onskadStart,
            OffsetDateTime accepterad, String accepteradAv, LocalDate platsBokad, LocalDate verkstalld, LocalDate avslutad,
            LocalDate ejVerkstalltSedan, Bestallning.Hinder hinder, String insatsensAvslutsorsak) {
    }

    private static Rad rad(ResultSet rs, int n) throws SQLException {
        String orsak = rs.getString("orsak");
        Bestallning.Hinder hinder = orsak == null ? null : new Bestallning.Hinder(Drojsmalsorsak.valueOf(orsak),
                rs.getString("orsak_text"), rs.getObject("hinder_registrerad", OffsetDateTime.class)
                        .atZoneSameInstant(VerkstallighetTjanst.SVENSK_TID).toOffsetDateTime(), rs.getString("hinder_av"));
        OffsetDateTime accepterad = rs.getObject("accepterad", OffsetDateTime.class);
        return new Rad(rs.getObject("beslut_id", UUID.class), rs.getObject("arende_id", UUID.class),
                rs.getString("arendenummer"), rs.getObject("person_id", UUID.class),
                rs.getObject("avslutat", OffsetDateTime.class), rs.getString("avslutsorsak"), rs.getString("insatstyp"),
                rs.getString("omfattning"), (Integer) rs.getObject("niva"), rs.getObject("beslutsdatum", LocalDate.class),
                rs.getObject("giltig_from", LocalDate.class), rs.getObject("giltig_tom", LocalDate.class),
                rs.getString("beslutsfattare"), rs.getString("utforare"), rs.getString("utforartyp"),
                rs.getString("bestallande_enhet"), rs.getString("skapad_av"),
                rs.getObject("skapad", OffsetDateTime.class).atZoneSameInstant(VerkstallighetTjanst.SVENSK_TID).toOffsetDateTime(),
                rs.getObject("onskad_start", LocalDate.class),
                accepterad == null ? null : accepterad.atZoneSameInstant(VerkstallighetTjanst.SVENSK_TID).toOffsetDateTime(),
                rs.getString("accepterad_av"), rs.getObject("plats_bokad", LocalDate.class),
                rs.getObject("verkstalld", LocalDate.class), rs.getObject("avslutad", LocalDate.class),
                rs.getObject("ej", LocalDate.class), hinder, rs.getString("insatsens_avslutsorsak"));
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
                            .add(new Bestallning.Avbrott(rs.getObject("fran", LocalDate.class),
                                    rs.getObject("till", LocalDate.class), rs.getString("orsak")));
                });
        LocalDate idag = LocalDate.now(clock);
        return rader.stream().map(r -> bestallning(r, avbrott.getOrDefault(r.beslutId(), List.of()), idag)).toList();
    }

    /** The order with its status: ended first, then interrupted, started, accepted, new. */
    private static Bestallning bestallning(Rad r, List<Bestallning.Avbrott> avbrott, LocalDate idag) {
        LocalDate arendetAvslutat = r.arendeAvslutat() == null ? null : VerkstallighetTjanst.dag(r.arendeAvslutat());
        // the earliest of the ends that have come: the order closed, the decision's validity ran out, the case closed
        record Slutet(LocalDate dag, Bestallning.Slut orsak) {
        }
        Slutet slutet = Stream.of(
                        r.avslutad() != null && !r.avslutad().isAfter(idag)
                                ? new Slutet(r.avslutad(), r.insatsensAvslutsorsak() != null
                                        ? Bestallning.Slut.INSATSEN_AVSLUTAD : Bestallning.Slut.BESTALLNINGEN_AVSLUTAD) : null,
                        r.giltigTom() != null && r.giltigTom().isBefore(idag)
                                ? new Slutet(r.giltigTom(), Bestallning.Slut.GILTIGHETEN_UPPHORDE) : null,
                        arendetAvslutat != null ? new Slutet(arendetAvslutat, Bestallning.Slut.ARENDET_AVSLUTAT) : null)
                .filter(java.util.Objects::nonNull).min(Comparator.comparing(Slutet::dag)).orElse(null);
        boolean avbruten = !avbrott.isEmpty() && avbrott.get(avbrott.size() - 1).till() == null;
        Bestallning.Status status = slutet != null ? Bestallning.Status.AVSLUTAD
                : avbruten ? Bestallning.Status.AVBRUTEN
                : r.verkstalld() != null ? Bestallning.Status.VERKSTALLD
                : r.accepterad() != null ? Bestallning.Status.ACCEPTERAD
                : Bestallning.Status.NY;
        return new Bestallning(r.beslutId(), r.arendeId(), r.arendenummer(), r.personId(), r.insatstyp(), r.omfattning(),
                r.niva(), r.beslutsdatum(), r.giltigFrom(), r.giltigTom(), r.utforare(), r.utforartyp(), r.bestallandeEnhet(),
                r.bestalldAv(), r.beslutsfattare(), r.bestalld(), r.onskadStart(),
                Manadskostnad.BOSTAD_MED_SARSKILD_SERVICE.equals(r.insatstyp()), r.accepterad(), r.accepteradAv(),
                r.platsBokad(), r.verkstalld(), avbrott, r.hinder(), r.ejVerkstalltSedan(),
                slutet == null ? null : slutet.dag(), slutet == null ? null : slutet.orsak(),
                slutet != null && slutet.orsak() == Bestallning.Slut.ARENDET_AVSLUTAT ? r.avslutsorsak() : null, status,
                slutet != null && slutet.orsak() == Bestallning.Slut.INSATSEN_AVSLUTAD ? r.insatsensAvslutsorsak() : null);
    }
}
