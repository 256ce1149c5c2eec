package se.tillit.statistik.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.beslut.LssUppgift;
import se.tillit.beslut.LssUppgifter;
import se.tillit.drift.Kommun;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.statistik.Statistikkoder;
import se.tillit.statistik.Statistikkoder.Insamling;
import se.tillit.verkstallighet.BestalldInsats;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * Generates a collection's file for a period from the decisions, their orders and the persons (through those modules'
 * APIs), stores it as generated, and freezes it when an ADMIN registers that it was submitted in Socialstyrelsen's portal
 * (as the IVO quarter is frozen, docs/adr/0010): a submitted file is read as stored, byte for byte, and never generated
 * again, whatever the records say later.
 */
@Service
class Statistikfiler {

    private static final Logger log = LoggerFactory.getLogger(Statistikfiler.class);
    static final int KVITTENS_MAX = 100;

    private final JdbcClient jdbc;
    private final Verkstalligheter verkstalligheter;
    private final Beslutsregister beslut;
    private final LssUppgifter lssUppgifter;
    private final Personregister personer;
    private final Statistikkoder koder;
    private final Clock clock;
    private final String kommunkod;

    Statistikfiler(
            JdbcClient jdbc,
            Verkstalligheter verkstalligheter,
            Beslutsregister beslut,
            LssUppgifter lssUppgifter,
            Personregister personer,
            Statistikkoder koder,
            Clock clock,
            Kommun kommun) {
        this.jdbc = jdbc;
        this.verkstalligheter = verkstalligheter;
        this.beslut = beslut;
        this.lssUppgifter = lssUppgifter;
        this.personer = personer;
        this.koder = koder;
        this.clock = clock;
        this.kommunkod = kommun.kod() == null ? "" : kommun.kod();
    }

    /** The file as stored, if it has been generated. */
    Optional<Statistikfil> hamta(Statistikperiod period) {
        return jdbc.sql("""
                        select matdag, innehall, sha256, antal_personer, antal_rader, personer, genererad, genererad_av,
                               inlamnad, kvittens, inlamnad_av, inlamning_registrerad
                          from statistikfil where insamling = :insamling and period = :period""")
                .param("insamling", period.insamling().name())
                .param("period", period.period())
                .query((rs, n) -> {
                    LocalDate inlamnad = rs.getObject("inlamnad", LocalDate.class);
                    UUID[] namnda = (UUID[]) rs.getArray("personer").getArray();
                    return new Statistikfil(
                            period.insamling(),
                            period.period(),
                            rs.getObject("matdag", LocalDate.class),
                            rs.getString("innehall"),
                            rs.getString("sha256"),
                            rs.getInt("antal_personer"),
                            rs.getInt("antal_rader"),
                            List.of(namnda),
                            rs.getObject("genererad", OffsetDateTime.class),
                            rs.getString("genererad_av"),
                            List.of(),
                            List.of(),
                            inlamnad == null
                                    ? null
                                    : new Statistikfil.Inlamning(
                                            inlamnad,
                                            rs.getString("kvittens"),
                                            rs.getString("inlamnad_av"),
                                            rs.getObject("inlamning_registrerad", OffsetDateTime.class)));
                })
                .optional()
                .map(fil -> new Statistikfil(
                        fil.insamling(),
                        fil.period(),
                        fil.matdag(),
                        fil.innehall(),
                        fil.sha256(),
                        fil.antalPersoner(),
                        fil.antalRader(),
                        fil.personer(),
                        fil.genererad(),
                        fil.genereradAv(),
                        antal(period),
                        fel(period),
                        fil.inlamning()));
    }

    /**
     * Generates the file now and stores it in place of the one generated before.
     *
     * @throws Valideringsfel naming {@code period}: the day it describes has not passed, or the file is submitted
     */
    @Transactional
    Statistikfil generera(Statistikperiod period, String av) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('statistikfil'))")
                .query((rs, n) -> 1)
                .list();
        if (LocalDate.now(clock).isBefore(period.tidigast())) {
            throw new Valideringsfel("period", "statistik.fel.forTidigt");
        }
        if (hamta(period).map(Statistikfil::inlamnad).orElse(false)) {
            throw new Valideringsfel("period", "statistik.fel.inlamnad");
        }
        Framtagen fil = framtag(period);
        spara(fil, av);
        log.info(
                "Statistics file {} generated by {}: {} rows, {} persons, {} errors",
                period,
                av,
                fil.rader(),
                fil.personer().size(),
                fil.fel().size());
        return hamta(period).orElseThrow();
    }

    /** The file built from today's data, not stored. */
    Framtagen framtag(Statistikperiod period) {
        LocalDate matdag = period.matdag();
        LocalDate fran = period.insamling() == Insamling.LSS ? matdag : matdag.withDayOfMonth(1);
        List<BestalldInsats> bestallda = verkstalligheter.bestalldaInsatser(fran, matdag);
        Map<UUID, Beslut> besluten =
                beslut
                        .hittaAlla(
                                bestallda.stream().map(BestalldInsats::beslutId).toList())
                        .stream()
                        .collect(Collectors.toMap(Beslut::id, Function.identity()));
        Map<UUID, LssUppgift> lss = period.insamling() == Insamling.LSS
                ? lssUppgifter.senaste(besluten.values().stream()
                        .filter(b -> b.lagrum().lag() == se.tillit.beslut.Lagrum.Lag.LSS)
                        .map(Beslut::id)
                        .toList())
                : Map.of();
        List<Underlag> underlag = new ArrayList<>();
        Set<UUID> personIds = new LinkedHashSet<>();
        for (BestalldInsats b : bestallda) {
            Beslut fattat = besluten.get(b.beslutId());
            if (fattat == null) {
                continue;
            }
            personIds.add(b.personId());
            underlag.add(new Underlag(
                    b.beslutId(),
                    b.arendenummer(),
                    b.bestallandeEnhet(),
                    b.personId(),
                    b.insatstyp(),
                    fattat.lagrum().lag().name(),
                    fattat.lagrum().paragraf(),
                    fattat.omfattning(),
                    fattat.beslutsdatum(),
                    b.verkstalld(),
                    b.slut(),
                    lss.get(b.beslutId())));
        }
        Map<UUID, Person> perPerson = personer.hittaAlla(personIds);
        return period.insamling() == Insamling.LSS
                ? LssFil.bygg(Integer.parseInt(period.period()), kommunkod, underlag, perPerson, koder)
                : SolFil.bygg(YearMonth.parse(period.period()), kommunkod, underlag, perPerson, koder);
    }

    /**
     * Registers that the file was submitted in Socialstyrelsen's portal, which freezes it. The file must be the one the
     * ADMIN downloaded (its checksum), without errors.
     *
     * @throws Valideringsfel naming the field: no file, already submitted, errors left, another file than the one
     *         downloaded, a date in the future or before the file was generated, a receipt too long
     */
    @Transactional
    Statistikfil lamnaIn(Statistikperiod period, LocalDate datum, String kvittens, String sha256, String av) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('statistikfil'))")
                .query((rs, n) -> 1)
                .list();
        Statistikfil fil = hamta(period).orElseThrow(() -> new Valideringsfel("period", "statistik.fel.ingenFil"));
        List<Valideringsfel.Faltfel> fel = new ArrayList<>();
        if (fil.inlamnad()) {
            throw new Valideringsfel("period", "statistik.fel.inlamnad");
        }
        if (!fil.godkand()) {
            throw new Valideringsfel("period", "statistik.fel.felKvar");
        }
        if (sha256 == null || !sha256.equals(fil.sha256())) {
            throw new Valideringsfel("sha256", "statistik.fel.annanFil");
        }
        if (datum == null) {
            fel.add(new Valideringsfel.Faltfel("inlamnad", "statistik.fel.datum"));
        } else if (datum.isAfter(LocalDate.now(clock))
                || datum.isBefore(fil.genererad()
                        .atZoneSameInstant(se.tillit.drift.Svensktid.ZON)
                        .toLocalDate())) {
            fel.add(new Valideringsfel.Faltfel("inlamnad", "statistik.fel.datum"));
        }
        String kvitto = kvittens == null || kvittens.isBlank() ? null : kvittens.strip();
        if (kvitto != null && kvitto.length() > KVITTENS_MAX) {
            fel.add(new Valideringsfel.Faltfel("kvittens", "statistik.fel.kvittens"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        update statistikfil set inlamnad = :datum, kvittens = :kvittens, inlamnad_av = :av,
                               inlamning_registrerad = :nu
                         where insamling = :insamling and period = :period and inlamnad is null""")
                .param("datum", datum)
                .param("kvittens", kvitto)
                .param("av", av)
                .param("nu", OffsetDateTime.now(clock))
                .param("insamling", period.insamling().name())
                .param("period", period.period())
                .update();
        log.info("Statistics file {} registered as submitted on {} by {}", period, datum, av);
        return hamta(period).orElseThrow();
    }

    private void spara(Framtagen fil, String av) {
        jdbc.sql("delete from statistikfil where insamling = :insamling and period = :period")
                .param("insamling", fil.insamling().name())
                .param("period", fil.period())
                .update();
        jdbc.sql("""
                        insert into statistikfil (insamling, period, matdag, innehall, sha256, antal_personer, antal_rader,
                                                  antal_fel, personer, genererad, genererad_av)
                        values (:insamling, :period, :matdag, :innehall, :sha, :personer, :rader, :fel, :namnda, :nu, :av)""")
                .param("insamling", fil.insamling().name())
                .param("period", fil.period())
                .param("matdag", fil.matdag())
                .param("innehall", fil.innehall())
                .param("sha", sha256(fil.innehall()))
                .param("personer", fil.personer().size())
                .param("rader", fil.rader())
                .param("fel", fil.fel().size())
                .param("namnda", fil.personer().toArray(UUID[]::new))
                .param("nu", OffsetDateTime.now(clock))
                .param("av", av)
                .update();
        for (Framtagen.Antal a : fil.antal()) {
            jdbc.sql(
                            "insert into statistikfil_antal (insamling, period, kod, kon, antal) values (:i, :p, :kod, :kon, :antal)")
                    .param("i", fil.insamling().name())
                    .param("p", fil.period())
                    .param("kod", a.kod())
                    .param("kon", String.valueOf(a.kon()))
                    .param("antal", a.antal())
                    .update();
        }
        int nummer = 0;
        for (Framtagen.Fel f : fil.fel()) {
            jdbc.sql("""
                            insert into statistikfil_fel (insamling, period, nummer, arendenummer, enhet, beslut_id, insatstyp, fel)
                            values (:i, :p, :nummer, :arende, :enhet, :beslut, :insats, :fel)""")
                    .param("i", fil.insamling().name())
                    .param("p", fil.period())
                    .param("nummer", ++nummer)
                    .param("arende", f.arendenummer())
                    .param("enhet", f.enhet())
                    .param("beslut", f.beslutId())
                    .param("insats", f.insatstyp())
                    .param("fel", f.fel().name())
                    .update();
        }
    }

    private List<Framtagen.Antal> antal(Statistikperiod period) {
        return jdbc.sql(
                        "select kod, kon, antal from statistikfil_antal where insamling = :i and period = :p order by kod, kon")
                .param("i", period.insamling().name())
                .param("p", period.period())
                .query((rs, n) -> new Framtagen.Antal(
                        rs.getString("kod"), rs.getString("kon").charAt(0), rs.getInt("antal")))
                .list();
    }

    private List<Framtagen.Fel> fel(Statistikperiod period) {
        return jdbc.sql("""
                        select arendenummer, enhet, beslut_id, insatstyp, fel from statistikfil_fel
                         where insamling = :i and period = :p order by nummer""")
                .param("i", period.insamling().name())
                .param("p", period.period())
                .query((rs, n) -> new Framtagen.Fel(
                        rs.getString("arendenummer"),
                        rs.getString("enhet"),
                        rs.getObject("beslut_id", UUID.class),
                        rs.getString("insatstyp"),
                        Framtagen.Feltyp.valueOf(rs.getString("fel"))))
                .list();
    }

    static String sha256(String innehall) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(innehall.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The codes the page lists, in the form's order for LSS; for SoL those of this period and the one before. */
    static List<String> kodordning(Insamling insamling, List<Framtagen.Antal> antal, List<Framtagen.Antal> foregaende) {
        if (insamling == Insamling.LSS) {
            List<String> ordning = new ArrayList<>(List.of(LssFil.PERSONER));
            ordning.addAll(LssFil.KOLUMNER);
            return ordning;
        }
        return java.util.stream.Stream.concat(antal.stream(), foregaende.stream())
                .map(Framtagen.Antal::kod)
                .distinct()
                .sorted()
                .toList();
    }
}
