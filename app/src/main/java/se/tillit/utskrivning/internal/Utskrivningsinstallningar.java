package se.tillit.utskrivning.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The administrator's settings for discharge: which agreement on payment responsibility applies when (with
 * validity, never overlapping), and the amount per day for each year with its source.
 */
@Service
@RequiredArgsConstructor
class Utskrivningsinstallningar {

    @Schema(
            example =
                    "{\"giltigFrom\":\"2027-01-01\",\"giltigTom\":\"2027-12-31\",\"overenskommelse\":\"STOCKHOLM_2018\",\"skapadAv\":\"admin\"}")
    record Overenskommelse(String overenskommelse, LocalDate giltigFrom, LocalDate giltigTom, String skapadAv) {}

    @Schema(
            example =
                    "{\"andradAv\":\"admin\",\"ar\":2026,\"belopp\":9654,\"kalla\":\"Socialstyrelsens meddelandeblad, 2026\"}")
    record Dygnsbelopp(int ar, BigDecimal belopp, String kalla, String andradAv) {}

    static final List<String> OVERENSKOMMELSER = List.of("LAG", "STOCKHOLM_2018");

    private final JdbcClient jdbc;
    private final AktuellAnvandare aktuellAnvandare;

    List<Overenskommelse> overenskommelser() {
        admin();
        return jdbc.sql(
                        "select overenskommelse, giltig_from, giltig_tom, skapad_av from betalningsoverenskommelse order by giltig_from")
                .query((rs, n) -> new Overenskommelse(
                        rs.getString("overenskommelse"),
                        rs.getObject("giltig_from", LocalDate.class),
                        rs.getObject("giltig_tom", LocalDate.class),
                        rs.getString("skapad_av")))
                .list();
    }

    List<Dygnsbelopp> dygnsbelopp() {
        admin();
        return jdbc.sql("select ar, belopp, kalla, andrad_av from utskrivningsklar_dygnsbelopp order by ar")
                .query((rs, n) -> new Dygnsbelopp(
                        rs.getInt("ar"), rs.getBigDecimal("belopp"), rs.getString("kalla"), rs.getString("andrad_av")))
                .list();
    }

    @Transactional
    void laggTillOverenskommelse(String overenskommelse, LocalDate fran, LocalDate tom) {
        InloggadAnvandare admin = admin();
        if (!OVERENSKOMMELSER.contains(overenskommelse)) {
            throw new Valideringsfel(
                    "overenskommelse", Texter.text("utskrivning.fel.kandOverenskommelse", OVERENSKOMMELSER));
        }
        if (fran == null) {
            throw new Valideringsfel("giltigFrom", "fel.giltigFranSaknas");
        }
        if (tom != null && tom.isBefore(fran)) {
            throw new Valideringsfel("giltigTom", "fel.giltigTillOchMedKanInteVara");
        }
        // one agreement a day: the periods may not overlap (lock the table so two administrators cannot race)
        jdbc.sql("lock table betalningsoverenskommelse in share row exclusive mode")
                .update();
        long overlappande = jdbc.sql("""
                        select count(*) from betalningsoverenskommelse
                         where giltig_from <= coalesce(:tom, date '9999-12-31') and coalesce(giltig_tom, date '9999-12-31') >= :fran""")
                .param("fran", fran)
                .param("tom", tom)
                .query(Long.class)
                .single();
        if (overlappande > 0) {
            throw new Valideringsfel("giltigFrom", "utskrivning.fel.periodenOverlapparEnOverenskommelseSomRedanGaller");
        }
        jdbc.sql("""
                        insert into betalningsoverenskommelse (overenskommelse, giltig_from, giltig_tom, skapad_av)
                        values (:o, :fran, :tom, :av)""")
                .param("o", overenskommelse)
                .param("fran", fran)
                .param("tom", tom)
                .param("av", admin.anvandarnamn())
                .update();
    }

    /** Ends the agreement that runs without end, on the day before a new one starts. */
    @Transactional
    void avslutaOverenskommelse(LocalDate giltigFrom, LocalDate giltigTom) {
        InloggadAnvandare admin = admin();
        int andrade =
                jdbc.sql("""
                        update betalningsoverenskommelse set giltig_tom = :tom
                         where giltig_from = :fran and giltig_tom is null and :tom >= giltig_from""").param("fran", giltigFrom).param("tom", giltigTom).update();
        if (andrade == 0) {
            throw new Valideringsfel(
                    "giltigTom", Texter.text("utskrivning.fel.ingenTillsvidare", giltigFrom, giltigTom));
        }
        org.slf4j.LoggerFactory.getLogger(Utskrivningsinstallningar.class)
                .info("Agreement from {} ended on {} by {}", giltigFrom, giltigTom, admin.anvandarnamn());
    }

    @Transactional
    void sattDygnsbelopp(int ar, BigDecimal belopp, String kalla) {
        InloggadAnvandare admin = admin();
        if (ar < 2018 || ar > 2100) {
            throw new Valideringsfel("ar", "utskrivning.fel.ar20182100LagenGallerFran2018");
        }
        if (belopp == null || belopp.signum() <= 0 || belopp.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new Valideringsfel("belopp", "utskrivning.fel.beloppPerDygnIKronorStorreAn");
        }
        if (kalla == null || kalla.isBlank() || kalla.length() > 400) {
            throw new Valideringsfel("kalla", "utskrivning.fel.kallaKravsTillExempelSocialstyrelsensForeskriftHogst");
        }
        jdbc.sql("""
                        insert into utskrivningsklar_dygnsbelopp (ar, belopp, kalla, andrad_av) values (:ar, :belopp, :kalla, :av)
                        on conflict (ar) do update set belopp = excluded.belopp, kalla = excluded.kalla, andrad = now(),
                                                       andrad_av = excluded.andrad_av""")
                .param("ar", ar)
                .param("belopp", belopp.setScale(2, java.math.RoundingMode.HALF_UP))
                .param("kalla", kalla.strip())
                .param("av", admin.anvandarnamn())
                .update();
    }

    private InloggadAnvandare admin() {
        return aktuellAnvandare
                .hamta()
                .filter(anvandare -> anvandare.harRoll(Roll.ADMIN))
                .orElseThrow(() -> new AccessDeniedException(
                        "utskrivning.fel.installningarnaForUtskrivningAndrasAvEnAdministrator"));
    }
}
