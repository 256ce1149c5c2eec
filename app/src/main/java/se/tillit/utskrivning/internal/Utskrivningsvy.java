package se.tillit.utskrivning.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * What the municipality sees of the stays: the unit's list, one stay with its messages, periods and payment (every
 * read logged, ADR 6), and the month's report with its indicators (C41, D9, D13).
 */
@Service
@RequiredArgsConstructor
class Utskrivningsvy {

    @Schema(name = "UtskrivningRad", description = "En vistelse i listan.")
    record Rad(
            UUID id,
            String arendenummer,
            String namn,
            String personnummer,
            String enhet,
            String vardenhet,
            String vardform,
            OffsetDateTime inskriven,
            LocalDate beraknadUtskrivning,
            String status,
            OffsetDateTime sipKallelse,
            long anmarkningar,
            UUID personId) {}

    record Meddelande(
            String meddelandeId, String typ, OffsetDateTime skickad, OffsetDateTime mottagen, String anmarkning) {}

    @Schema(
            example =
                    "{\"arendeId\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"belopp\":19308,\"betalningsdagar\":2,\"meddelanden\":[{\"meddelandeId\":\"m-1\",\"typ\":\"INSKRIVNING\",\"skickad\":\"2026-11-20T08:00:00+01:00\",\"mottagen\":\"2026-11-20T08:00:03+01:00\"},{\"meddelandeId\":\"m-2\",\"typ\":\"UTSKRIVNINGSKLAR\",\"skickad\":\"2026-11-24T13:10:00+01:00\",\"mottagen\":\"2026-11-24T13:10:02+01:00\"}],\"perioder\":[{\"skickad\":\"2026-11-24T13:10:00+01:00\",\"mottagen\":\"2026-11-24T13:10:02+01:00\",\"overenskommelse\":\"LAG\",\"regel\":{\"dagtyp\":\"KALENDERDAGAR\",\"fristdagar\":3},\"forstaBetalningsdag\":\"2026-11-27\",\"klaraDagar\":5,\"betalningsdagar\":2,\"belopp\":19308,\"arUtanBelopp\":[]}],\"utskrivning\":{\"anmarkningar\":0,\"arendenummer\":\"2026-900043\",\"beraknadUtskrivning\":\"2026-11-27\",\"enhet\":\"LSS\",\"id\":\"09c94b59-4fe9-51c6-a789-f95190d84c0a\",\"inskriven\":\"2026-11-20T07:30:00+01:00\",\"namn\":\"Test Testsson\",\"personId\":\"4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6\",\"personnummer\":\"19780214-9810\",\"sipKallelse\":\"2026-11-24T15:00:00+01:00\",\"status\":\"UTSKRIVNINGSKLAR\",\"vardenhet\":\"Avdelning 12\",\"vardform\":\"SOMATISK\"}}")
    record Detalj(
            Rad utskrivning,
            UUID arendeId,
            List<Betalningsberakning.Period> perioder,
            int betalningsdagar,
            BigDecimal belopp,
            List<Meddelande> meddelanden) {}

    /** One stay in the month's report: its ready days, liable days and cost within the month. */
    record Rapportrad(
            UUID id,
            String arendenummer,
            String namn,
            String enhet,
            String vardform,
            String overenskommelse,
            int klaraDagar,
            int betalningsdagar,
            BigDecimal belopp,
            List<Integer> arUtanBelopp) {}

    /**
     * @param klaraDagarForraAret the same month a year earlier, for the seed's KPI (002@c205454)
     * @param aterinskrivna65 admissions in the month of persons 65 or older discharged less than 30 days before (D9)
     */
    @Schema(
            name = "Utskrivningsrapport",
            description = "Månadens vistelser med betalningsansvar, dygn och belopp.",
            example =
                    "{\"aterinskrivna65\":1,\"belopp\":19308,\"betalningsdagar\":2,\"fel\":[\"Vårdtillfälle VT-7: utskrivningsmeddelande saknas\"],\"klaraDagar\":5,\"klaraDagarForraAret\":7,\"manad\":\"2026-11\",\"rader\":[{\"arUtanBelopp\":[],\"arendenummer\":\"2026-900043\",\"belopp\":19308,\"betalningsdagar\":2,\"enhet\":\"LSS\",\"id\":\"09c94b59-4fe9-51c6-a789-f95190d84c0a\",\"klaraDagar\":5,\"namn\":\"Test Testsson\",\"overenskommelse\":\"LAG\",\"vardform\":\"SOMATISK\"}]}")
    record Rapport(
            YearMonth manad,
            List<Rapportrad> rader,
            int klaraDagar,
            int betalningsdagar,
            BigDecimal belopp,
            int klaraDagarForraAret,
            long aterinskrivna65,
            List<String> fel) {}

    private final JdbcClient jdbc;
    private final Arenden arenden;
    private final Personregister personer;
    private final Betalningsberakning betalning;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final java.time.Clock clock;

    /** The stays of the units where the user is handläggare or chef; the ongoing first. */
    List<Rad> enhetensUtskrivningar(boolean baraPagaende) {
        InloggadAnvandare anvandare = anvandare();
        List<String> enheter = new ArrayList<>(anvandare.enheterMedRoll(Roll.HANDLAGGARE));
        enheter.addAll(anvandare.enheterMedRoll(Roll.CHEF));
        if (enheter.isEmpty()) {
            throw new AccessDeniedException("utskrivning.fel.utskrivningarVisasForHandlaggareOchChefer");
        }
        List<Rad> rader = jdbc.sql(SELECT + """
                         where u.enhet_kod in (:enheter) and (not :baraPagaende or u.status in ('INSKRIVEN', 'UTSKRIVNINGSKLAR'))
                         order by case when u.status in ('INSKRIVEN', 'UTSKRIVNINGSKLAR') then 0 else 1 end, u.inskriven desc
                         limit 500""")
                .param("enheter", enheter)
                .param("baraPagaende", baraPagaende)
                .query((rs, n) -> rad(rs, anvandare))
                .list();
        // issue 18: the list names its patients; one row for the request, with whom it showed
        atkomstlogg.loggaVisade(
                Atkomstlogg.Handling.LAS,
                baraPagaende ? "Utskrivningar: pågående" : "Utskrivningar: alla",
                rader.stream().map(Rad::personId).toList());
        return rader;
    }

    @Transactional
    Detalj detalj(UUID id) {
        InloggadAnvandare anvandare = anvandare();
        Rad rad = jdbc.sql(SELECT + " where u.id = :id")
                .param("id", id)
                .query((rs, n) -> rad(rs, anvandare))
                .optional()
                .filter(u -> aktuellAnvandare.kanLasaEnhet(u.enhet()))
                .orElseThrow(() -> new HittadesInte(Texter.text("utskrivning.fel.utskrivningenFinnsInte", id)));
        UUID arendeId = jdbc.sql("select arende_id from utskrivning where id = :id")
                .param("id", id)
                .query(UUID.class)
                .single();
        Arende arende = arenden.hitta(arendeId).orElseThrow();
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arendeId, arende.personId(), "Utskrivning från sluten vård");
        LocalDate idag = LocalDate.now(clock);
        List<Betalningsberakning.Period> perioder = betalning
                .berakning()
                .perioder(
                        id,
                        rad.vardform(),
                        rad.inskriven()
                                .atZoneSameInstant(Betalningsberakning.SVENSK_TID)
                                .toLocalDate(),
                        idag);
        List<Meddelande> meddelanden = jdbc.sql("""
                        select meddelande_id, typ, skickad, mottagen, anmarkning from utskrivningsmeddelande
                         where vardtillfalle = (select vardtillfalle from utskrivning where id = :id) order by mottagen""")
                .param("id", id)
                .query((rs, n) -> new Meddelande(
                        rs.getString("meddelande_id"),
                        rs.getString("typ"),
                        Betalningsberakning.svensk(rs.getObject("skickad", OffsetDateTime.class)),
                        Betalningsberakning.svensk(rs.getObject("mottagen", OffsetDateTime.class)),
                        rs.getString("anmarkning")))
                .list();
        return new Detalj(
                rad,
                arendeId,
                perioder,
                perioder.stream()
                        .mapToInt(Betalningsberakning.Period::betalningsdagar)
                        .sum(),
                perioder.stream().map(Betalningsberakning.Period::belopp).reduce(BigDecimal.ZERO, BigDecimal::add),
                meddelanden);
    }

    /** The month for the chef's units, or every unit for an administrator. */
    Rapport rapport(YearMonth manad) {
        InloggadAnvandare anvandare = anvandare();
        boolean alla = anvandare.harRoll(Roll.ADMIN);
        List<String> enheter = new ArrayList<>(anvandare.enheterMedRoll(Roll.CHEF));
        if (!alla && enheter.isEmpty()) {
            throw new AccessDeniedException("utskrivning.fel.rapportenVisasForCheferOchAdministratorer");
        }
        Betalningsberakning.Berakning berakning = betalning.berakning();
        List<Rapportrad> rader = rader(manad, alla, enheter, berakning, anvandare, true);
        List<Rapportrad> forraAret = rader(manad.minusYears(1), alla, enheter, berakning, anvandare, false);
        List<String> fel = new ArrayList<>();
        rader.stream()
                .flatMap(rad -> rad.arUtanBelopp().stream())
                .distinct()
                .sorted()
                .forEach(ar -> fel.add(Texter.text("utskrivning.fel.dygnsbeloppSaknasForBeloppetForDeDagarna", ar)));
        return new Rapport(
                manad,
                rader,
                rader.stream().mapToInt(Rapportrad::klaraDagar).sum(),
                rader.stream().mapToInt(Rapportrad::betalningsdagar).sum(),
                rader.stream().map(Rapportrad::belopp).reduce(BigDecimal.ZERO, BigDecimal::add),
                forraAret.stream().mapToInt(Rapportrad::klaraDagar).sum(),
                aterinskrivna65(manad, alla, enheter),
                fel);
    }

    /**
     * The month's rows. Who the patient is (name, case, link) is shown only to a chef of the patient's unit, and each
     * such row is a read in the access log; an ADMIN without that role sees the unit's days and amounts, not the person
     * (issue 16: ADMIN operates, it does not read cases).
     */
    private List<Rapportrad> rader(
            YearMonth manad,
            boolean alla,
            List<String> enheter,
            Betalningsberakning.Berakning berakning,
            InloggadAnvandare anvandare,
            boolean visas) {
        LocalDate fran = manad.atDay(1);
        LocalDate tom = manad.atEndOfMonth();
        List<Rad> utskrivningar = jdbc.sql(SELECT + """
                         where (:alla or u.enhet_kod in (:enheter))
                           and exists (select 1 from utskrivningsklar_period p where p.utskrivning_id = u.id
                                          and p.skickad < :efter and (p.upphorde is null or p.upphorde >= :start))
                         order by u.inskriven""")
                .param("alla", alla)
                .param("enheter", enheter.isEmpty() ? List.of("") : enheter)
                .param(
                        "efter",
                        tom.plusDays(1)
                                .atStartOfDay(Betalningsberakning.SVENSK_TID)
                                .toOffsetDateTime())
                .param(
                        "start",
                        fran.atStartOfDay(Betalningsberakning.SVENSK_TID).toOffsetDateTime())
                .query((rs, n) -> rad(rs, anvandare))
                .list();
        List<Rapportrad> rader = new ArrayList<>();
        for (Rad u : utskrivningar) {
            List<Betalningsberakning.Period> perioder = berakning.perioder(u.id(), u.vardform(), fran, tom);
            boolean vem = anvandare.harRollIEnhet(u.enhet(), Roll.CHEF);
            if (vem && visas) {
                jdbc.sql("select arende_id, person_id from utskrivning where id = :id")
                        .param("id", u.id())
                        .query((rs, n) -> {
                            atkomstlogg.logga(
                                    Atkomstlogg.Handling.LAS,
                                    rs.getObject("arende_id", UUID.class),
                                    rs.getObject("person_id", UUID.class),
                                    "Utskrivningsklara per månad");
                            return true;
                        })
                        .list();
            }
            rader.add(new Rapportrad(
                    vem ? u.id() : null,
                    vem ? u.arendenummer() : null,
                    vem ? u.namn() : null,
                    u.enhet(),
                    u.vardform(),
                    perioder.isEmpty()
                            ? null
                            : perioder.get(perioder.size() - 1).overenskommelse(),
                    perioder.stream()
                            .mapToInt(Betalningsberakning.Period::klaraDagar)
                            .sum(),
                    perioder.stream()
                            .mapToInt(Betalningsberakning.Period::betalningsdagar)
                            .sum(),
                    perioder.stream().map(Betalningsberakning.Period::belopp).reduce(BigDecimal.ZERO, BigDecimal::add),
                    perioder.stream()
                            .flatMap(p -> p.arUtanBelopp().stream())
                            .distinct()
                            .toList()));
        }
        return rader;
    }

    /** D9: admitted in the month, 65 or older at admission, discharged from an earlier stay within 30 days before. */
    private long aterinskrivna65(YearMonth manad, boolean alla, List<String> enheter) {
        record Inskrivning(UUID personId, OffsetDateTime inskriven) {}
        List<Inskrivning> aterinskrivna = jdbc.sql("""
                        select u.person_id, u.inskriven from utskrivning u
                         where (:alla or u.enhet_kod in (:enheter)) and u.inskriven >= :start and u.inskriven < :efter
                           and exists (select 1 from utskrivning tidigare where tidigare.person_id = u.person_id
                                          and tidigare.id <> u.id and tidigare.utskriven < u.inskriven
                                          and tidigare.utskriven >= u.inskriven - interval '30 days')""")
                .param("alla", alla)
                .param("enheter", enheter.isEmpty() ? List.of("") : enheter)
                .param(
                        "start",
                        manad.atDay(1)
                                .atStartOfDay(Betalningsberakning.SVENSK_TID)
                                .toOffsetDateTime())
                .param(
                        "efter",
                        manad.plusMonths(1)
                                .atDay(1)
                                .atStartOfDay(Betalningsberakning.SVENSK_TID)
                                .toOffsetDateTime())
                .query((rs, n) -> new Inskrivning(
                        rs.getObject("person_id", UUID.class), rs.getObject("inskriven", OffsetDateTime.class)))
                .list();
        return aterinskrivna.stream()
                .filter(inskrivning -> personer.hitta(inskrivning.personId())
                        .map(person -> !person.fodelsedatum()
                                .plusYears(65)
                                .isAfter(inskrivning
                                        .inskriven()
                                        .atZoneSameInstant(Betalningsberakning.SVENSK_TID)
                                        .toLocalDate()))
                        .orElse(false))
                .count();
    }

    private static final String SELECT = """
            select u.id, u.arende_id, u.person_id, u.enhet_kod, u.vardenhet, u.vardform, u.inskriven, u.beraknad_utskrivning,
                   u.status, u.sip_kallelse,
                   (select count(*) from utskrivningsmeddelande m where m.vardtillfalle = u.vardtillfalle
                       and m.anmarkning is not null) as anmarkningar
              from utskrivning u
            """;

    private Rad rad(java.sql.ResultSet rs, InloggadAnvandare lasare) throws java.sql.SQLException {
        UUID arendeId = rs.getObject("arende_id", UUID.class);
        Optional<Person> person = personer.hitta(rs.getObject("person_id", UUID.class));
        boolean maskerad = person.map(p -> p.skyddsniva().arSkyddad()).orElse(true) && !lasare.farSeSkyddadeUppgifter();
        String pnr = person.map(p -> p.personnummer().tolvSiffror()).orElse("");
        return new Rad(
                rs.getObject("id", UUID.class),
                arenden.hitta(arendeId).map(Arende::arendenummer).orElse(""),
                maskerad
                        ? null
                        : person.map(p -> p.fornamn() + " " + p.efternamn()).orElse(null),
                maskerad ? "********-****" : pnr.substring(0, 8) + "-" + pnr.substring(8),
                rs.getString("enhet_kod"),
                rs.getString("vardenhet"),
                rs.getString("vardform"),
                Betalningsberakning.svensk(rs.getObject("inskriven", OffsetDateTime.class)),
                rs.getObject("beraknad_utskrivning", LocalDate.class),
                rs.getString("status"),
                Betalningsberakning.svensk(rs.getObject("sip_kallelse", OffsetDateTime.class)),
                rs.getLong("anmarkningar"),
                rs.getObject("person_id", UUID.class));
    }

    private InloggadAnvandare anvandare() {
        return aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
    }
}
