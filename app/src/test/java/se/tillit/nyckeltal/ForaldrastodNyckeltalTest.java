package se.tillit.nyckeltal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Enhet.Enhetstyp;

/**
 * R10 (seed 001@c20445): "Andel erbjudanden om föräldrastöd inom 7 dagar", the share of the tasks to offer a placed
 * child's parents a support contact that were completed by their last day, of those whose last day fell in the period;
 * target 100 %. Read through the barn module's API. Fifteen placements in a unit of their own, by hand for March 2026:
 *
 * <pre>
 *  n      last day  recorded (Swedish time)         placement ended  counts
 *  1–5    03-10     03-08 10:00, offered, accepted   –                in time
 *  6      03-10     03-10 15:00, parents not reached –                in time (completed; not offered)
 *  7      03-12     03-14 09:00, offered, declined   –                late
 *  8      03-12     03-13 09:00, has support already –                late
 *  9      03-20     never                            –                late (due, not done)
 *  10     03-20     never                            03-18            not counted (no longer due)
 *  11     03-20     never                            03-25            late (ended after its last day)
 *  12     03-31     03-31 00:30 (CEST)               –                in time
 *  13     03-15     03-16 00:30 (CET; 03-15 in UTC)  –                late: the Swedish day counts
 *  14     04-01     03-30                            –                April's
 *  15     02-28     02-27                            –                February's
 * </pre>
 *
 * March: 7 in time of 12 due, 58.3 %. A placement of another unit due in March is not this unit's.
 */
@TillitSpringTest
class ForaldrastodNyckeltalTest extends Nyckeltalstestbas {

    static final String ENHET = "NYCKELR10";
    static final String ANNAN_ENHET = "NYCKELR10B";
    static final String MARS = "fran=2026-03-01&tom=2026-03-31&enhet=" + ENHET;

    static boolean fyllt;

    void fyll() {
        if (fyllt) {
            return;
        }
        fyllt = true;
        Testkonton.skapaEnhet(jdbc, ENHET, "Nyckeltal för föräldrastöd", Enhetstyp.MYNDIGHET);
        Testkonton.skapaEnhet(jdbc, ANNAN_ENHET, "Nyckeltal för föräldrastöd, annan enhet", Enhetstyp.MYNDIGHET);
        UUID person = testperson("200902149830", "Placerad", "Talsson", LocalDate.of(2009, 2, 14), "K");
        jdbc.sql("""
                insert into arende (arendenummer, person_id, arendetyp, enhet_kod, status, oppnat, avslutat, avslutsorsak, skapad_av)
                select 'R10-' || g, :person, 'BARN_OCH_UNGA', case when g = 16 then :annan else :enhet end, 'AVSLUTAT',
                       timestamptz '2026-01-10 09:00+01', timestamptz '2026-06-01 09:00+02', 'INSATSER_AVSLUTADE', 'test'
                  from generate_series(1, 16) g""")
                .param("person", person)
                .param("enhet", ENHET)
                .param("annan", ANNAN_ENHET)
                .update();
        jdbc.sql("""
                insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, giltig_from, motivering,
                                    overklagandehanvisning, beslutsfattare, delegationspunkt, beslutsdatum, skapad_av)
                select a.id, 'SOL_PLACERING_BARN', 'BIFALL', 'SOL', '2025:400', 11, '1 §', date '2026-02-20',
                       'föräldrastöd ' || substr(a.arendenummer, 5), true, 'test', 'SOL-1', date '2026-02-20', 'test'
                  from arende a where a.arendenummer like 'R10-%' and a.person_id = :person""").param("person", person).update();
        jdbc.sql("""
                insert into placering (beslut_id, arende_id, placeringsform, plats, lag, placerad_fran, skapad_av)
                select b.id, b.arende_id, 'FAMILJEHEM', 'Familjehem ' || substr(b.motivering, 14), 'SOL', date '2026-02-20', 'test'
                  from beslut b where b.motivering like 'föräldrastöd %' and b.arende_id in (select id from arende where person_id = :person)""").param("person", person).update();
        jdbc.sql("""
                insert into foraldrastod_erbjudande (placering_id, arende_id, enhet_kod, frist, utfall, datum, registrerad,
                                                     registrerad_av, bortfallen)
                select p.id, p.arende_id, a.enhet_kod, x.frist, x.utfall, x.registrerad::date, x.registrerad,
                       case when x.utfall is not null then 'test' end, x.bortfallen
                  from placering p join arende a on a.id = p.arende_id
                  cross join lateral (select substr(a.arendenummer, 5)::int as n) nr
                  cross join lateral (select
                      case when nr.n <= 6 or nr.n = 16 then date '2026-03-10' when nr.n <= 8 then date '2026-03-12'
                           when nr.n <= 11 then date '2026-03-20' when nr.n = 12 then date '2026-03-31'
                           when nr.n = 13 then date '2026-03-15' when nr.n = 14 then date '2026-04-01'
                           else date '2026-02-28' end as frist,
                      case when nr.n <= 5 or nr.n >= 12 then 'ERBJUDET_ACCEPTERAT' when nr.n = 6 then 'FORALDRARNA_NADDES_INTE'
                           when nr.n = 7 then 'ERBJUDET_AVBOJT' when nr.n = 8 then 'STOD_FINNS_REDAN' end as utfall,
                      case when nr.n <= 5 then timestamptz '2026-03-08 10:00+01' when nr.n = 6 then timestamptz '2026-03-10 15:00+01'
                           when nr.n = 7 then timestamptz '2026-03-14 09:00+01' when nr.n = 8 then timestamptz '2026-03-13 09:00+01'
                           when nr.n = 12 then timestamptz '2026-03-31 00:30+02' when nr.n = 13 then timestamptz '2026-03-16 00:30+01'
                           when nr.n = 14 then timestamptz '2026-03-30 10:00+02' when nr.n = 15 then timestamptz '2026-02-27 10:00+01'
                           when nr.n = 16 then timestamptz '2026-03-11 10:00+01' end as registrerad,
                      case when nr.n = 10 then date '2026-03-18' when nr.n = 11 then date '2026-03-25' end as bortfallen) x
                 where a.person_id = :person""").param("person", person).update();
    }

    @Test
    void theShareOfOffersMadeByTheirLastDayIsComputedByHand() throws IOException { // R10, target 100 %
        fyll();
        JsonNode mars = json.readTree(admin().get("/api/nyckeltal?" + MARS).body());

        JsonNode rad = rad(mars, "FORALDRASTOD_INOM_7_DAGAR");
        assertThat(rad.get("taljare").asInt())
                .as("1–6 and 12 by their last day")
                .isEqualTo(7);
        assertThat(rad.get("namnare").asInt())
                .as("1–13 due in March, but 10 ended before its last day")
                .isEqualTo(12);
        assertThat(rad.get("varde").decimalValue()).isEqualByComparingTo("58.3");
        JsonNode annan = rad(
                json.readTree(admin().get("/api/nyckeltal?fran=2026-03-01&tom=2026-03-31&enhet=" + ANNAN_ENHET)
                        .body()),
                "FORALDRASTOD_INOM_7_DAGAR");
        assertThat(annan.get("taljare").asInt() + "/" + annan.get("namnare").asInt())
                .as("the other unit's one, late")
                .isEqualTo("0/1");
        JsonNode april = rad(
                json.readTree(admin().get("/api/nyckeltal?fran=2026-04-01&tom=2026-04-30&enhet=" + ENHET)
                        .body()),
                "FORALDRASTOD_INOM_7_DAGAR");
        assertThat(april.get("taljare").asInt() + "/" + april.get("namnare").asInt())
                .as("14, recorded in March")
                .isEqualTo("1/1");

        String sida = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .get("/nyckeltal?" + MARS)
                .body();
        assertThat(sida)
                .contains("Andel erbjudanden om föräldrastöd inom 7 dagar", "58,3 %", "7 / 12", "Mål 100 %", "(R10)");
    }

    @Test
    void aFrozenMarchKeepsItsFiguresWhenAPlacementsEndIsRecordedLater() throws IOException { // R10 with ADR 12, R35
        fyll();
        HttpSession admin = admin();
        assertThat(admin.post("/api/nyckeltal/frys", """
                {"fran":"2026-03-01","tom":"2026-03-31","enhet":"%s"}""".formatted(ENHET)).statusCode())
                .isIn(200, 201);

        // 9's placement ended on 19 March, the day before its offer's last day, and that is recorded only now
        jdbc.sql("""
                update foraldrastod_erbjudande set bortfallen = date '2026-03-19'
                 where arende_id = (select id from arende where arendenummer = 'R10-9')""").update();

        JsonNode fryst = rad(json.readTree(admin.get("/api/nyckeltal?" + MARS).body()), "FORALDRASTOD_INOM_7_DAGAR");
        assertThat(fryst.get("taljare").asInt() + "/" + fryst.get("namnare").asInt())
                .as("frozen")
                .isEqualTo("7/12");
        JsonNode nu = rad(
                json.readTree(admin.get("/api/nyckeltal?fran=2026-03-02&tom=2026-03-31&enhet=" + ENHET)
                        .body()),
                "FORALDRASTOD_INOM_7_DAGAR");
        assertThat(nu.get("taljare").asInt() + "/" + nu.get("namnare").asInt())
                .as("computed now: 9 no longer due")
                .isEqualTo("7/11");
    }

    private HttpSession admin() {
        return HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
    }

    private static JsonNode rad(JsonNode rapport, String nyckeltal) {
        for (JsonNode rad : rapport.get("rader")) {
            if (rad.get("nyckeltal").asText().equals(nyckeltal)) {
                return rad;
            }
        }
        throw new AssertionError(nyckeltal + " not in " + rapport);
    }
}
