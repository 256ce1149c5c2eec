package se.tillit.sip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Roll;

/**
 * R20 computed from the records (never entered), on a small dataset in a unit of its own, where the share is known:
 * on 2015-06-30, six persons have insatser from both the municipality and the region (G11: the region's as reported),
 * and three of them have a SIP with a plan in force, so 50 %. Each excluded person is excluded by one rule.
 */
@TillitSpringTest
class SipNyckeltalTest {

    static final String ENHET = "SIPKPI";
    static final String ANNAN_ENHET = "SIPKPI2";
    static final LocalDate DAG = LocalDate.of(2015, 6, 30);
    static final String CHEF = "chef.sipkpi";
    private static boolean sadd;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void saDatamangden() {
        if (sadd) {
            return;
        }
        sadd = true;
        for (String enhet : new String[] {ENHET, ANNAN_ENHET}) {
            Testkonton.skapaEnhet(jdbc, enhet, "Nyckeltalsenhet " + enhet, Enhetstyp.MYNDIGHET);
        }
        Testkonton.skapaKonto(jdbc, CHEF, "Chef för SIPKPI", ENHET, Roll.CHEF);

        // in the numerator: both principals' insatser on the day, and a SIP whose plan is in force
        person("196907079815", ENHET, "BIFALL", "2015-01-01", null, "2015-02-01", null, "2015-03-10", null);
        person(
                "196907079823",
                ENHET,
                "BIFALL",
                "2015-01-01",
                "2015-12-31",
                "2014-06-01",
                "2015-12-31",
                "2015-06-30",
                null);
        person(
                "196907079831",
                ENHET,
                "DELVIS_BIFALL",
                "2015-01-01",
                null,
                "2015-01-01",
                null,
                "2015-04-01",
                "2015-09-01");
        // in the denominator only
        person(
                "196907079849",
                ENHET,
                "BIFALL",
                "2015-01-01",
                null,
                "2015-01-01",
                null,
                "2015-07-15",
                null); // plan later
        person(
                "196907079856",
                ENHET,
                "BIFALL",
                "2015-01-01",
                null,
                "2015-01-01",
                null,
                "2015-03-01",
                "2015-06-30"); // closed
        person("196907079864", ENHET, "BIFALL", "2015-01-01", null, "2015-01-01", null, null, null); // no SIP
        // not in the denominator
        person(
                "196907079872",
                ENHET,
                "BIFALL",
                "2015-01-01",
                null,
                "2015-01-01",
                "2015-05-31",
                "2015-03-01",
                null); // region's ended
        person(
                "196907079880",
                ENHET,
                "AVSLAG",
                "2015-01-01",
                null,
                "2015-01-01",
                null,
                "2015-03-01",
                null); // not favourable
        person(
                "197711299813",
                ENHET,
                "BIFALL",
                "2015-01-01",
                "2015-03-31",
                "2015-01-01",
                null,
                "2015-03-01",
                null); // decision ended
        person(
                "197711299821",
                ANNAN_ENHET,
                "BIFALL",
                "2015-01-01",
                null,
                "2015-01-01",
                null,
                "2015-03-01",
                null); // another unit
        person("197711299839", ENHET, null, null, null, "2015-01-01", null, "2015-03-01", null); // the region's only
        String stangt =
                person("197711299847", ENHET, "BIFALL", "2015-01-01", null, "2015-01-01", null, "2015-03-01", null);
        jdbc.sql("""
                        update arende set status = 'AVSLUTAT', avslutat = '2015-05-01T12:00:00+02:00', avslutsorsak = 'INSATSER_AVSLUTADE'
                         where id = cast(:id as uuid)""").param("id", stangt).update(); // the case closed before the day
    }

    @Test
    void theShareIsComputedFromDecisionsTheRegionsReportsAndThePlans() throws Exception { // R20, G11
        HttpResponse<String> svar = HttpSession.api(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/api/sip/nyckeltal?datum=" + DAG + "&enhet=" + ENHET);

        assertThat(svar.statusCode()).isEqualTo(200);
        JsonNode tal = json.readTree(svar.body());
        assertThat(tal.get("namnare").asInt()).isEqualTo(6);
        assertThat(tal.get("taljare").asInt()).isEqualTo(3);
        assertThat(tal.get("andelProcent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(tal.get("enheter").get(0).asText()).isEqualTo(ENHET);
        assertThat(tal.get("definition").asText()).contains("Nämnare", "Täljare", "regionens rapport", "R20, G11");
    }

    @Test
    void aDayBeforeAnyInsatsHasNoShareRatherThanZero() throws Exception {
        JsonNode tal = json.readTree(HttpSession.api(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/api/sip/nyckeltal?datum=2014-01-01&enhet=" + ENHET)
                .body());

        assertThat(tal.get("namnare").asInt()).isZero();
        assertThat(tal.get("andelProcent").isNull()).isTrue();
    }

    @Test
    void theChefSeesTheFigureWithItsDefinitionOnTheOverdueView() {
        String sida = HttpSession.browser(port, CHEF, DemoKonton.LOSENORD)
                .get("/forsenat?datum=" + DAG)
                .body();

        assertThat(sida)
                .contains(
                        "Enhet Nyckeltalsenhet " + ENHET,
                        "Andel med SIP",
                        "50 % den 2015-06-30: 3 av 6 personer har en SIP.",
                        "Nämnare: personer som den dagen har ett gynnande beslut");
    }

    @Test
    void onlyThoseWhoMayReadTheUnitGetItsFigure() {
        HttpSession chefLss = HttpSession.api(port, "chef.lss", DemoKonton.LOSENORD);

        assertThat(chefLss.get("/api/sip/nyckeltal?enhet=" + ENHET).statusCode())
                .isEqualTo(404);
        HttpResponse<String> egna = chefLss.get("/api/sip/nyckeltal");
        assertThat(egna.statusCode()).isEqualTo(200);
        assertThat(egna.body()).contains("\"enheter\":[\"LSS\",\"VUX\"]");
        assertThat(chefLss.get("/api/sip/nyckeltal?datum=2015-13-01").statusCode())
                .isEqualTo(400);
        assertThat(HttpSession.api(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .get("/api/sip/nyckeltal")
                        .statusCode())
                .as("a revisor names the unit")
                .isEqualTo(400);
        assertThat(HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD)
                        .get("/api/sip/nyckeltal")
                        .statusCode())
                .isEqualTo(403);
    }

    /**
     * A person with a case in the unit and (if {@code utfall}) a decision in it, insatser from the region (as reported),
     * and (if {@code planDag}) a SIP whose plan was drawn up that day, closed on {@code avslutad} if given.
     */
    private String person(
            String personnummer,
            String enhet,
            String utfall,
            String giltigFrom,
            String giltigTom,
            String regionFran,
            String regionTill,
            String planDag,
            String avslutad) {
        UUID person = jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                        values (:pnr, 'Test', :efternamn, :fodd, 'M', 'test') returning id""")
                .param("pnr", personnummer)
                .param("efternamn", "Nyckeltal" + personnummer.substring(8))
                .param(
                        "fodd",
                        LocalDate.parse(personnummer.substring(0, 4) + "-" + personnummer.substring(4, 6) + "-"
                                + personnummer.substring(6, 8)))
                .query(UUID.class)
                .single();
        UUID arende = jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                        values (:nummer, :person, 'LSS', :enhet, '2014-12-01T09:00:00+01:00', 'test') returning id""")
                .param("nummer", "KPI-" + personnummer.substring(8))
                .param("person", person)
                .param("enhet", enhet)
                .query(UUID.class)
                .single();
        if (utfall != null) {
            jdbc.sql("""
                            insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, paragraf, giltig_from, giltig_tom,
                                                motivering, overklagandehanvisning, beslutsfattare, delegationspunkt,
                                                beslutsdatum, skapad_av)
                            values (:arende, 'LSS_BOSTAD_SARSKILD_SERVICE', :utfall, 'LSS', '1993:387', '9 § 9', :fran, :tom,
                                    'Testdata', true, 'test', 'LSS-3.1', :fran, 'test')""")
                    .param("arende", arende)
                    .param("utfall", utfall)
                    .param("fran", LocalDate.parse(giltigFrom))
                    .param("tom", giltigTom == null ? null : LocalDate.parse(giltigTom))
                    .update();
        }
        jdbc.sql("""
                        insert into regional_insats (person_id, region_enhet, fran, till, kalla, rapporterad_av)
                        values (:person, 'Vårdcentralen Test', :fran, :till, 'REGIONEN', 'region')""")
                .param("person", person)
                .param("fran", LocalDate.parse(regionFran))
                .param("till", regionTill == null ? null : LocalDate.parse(regionTill))
                .update();
        if (planDag != null) {
            UUID sip = jdbc.sql("""
                            insert into sip (person_id, enhet_kod, arende_id, initiativ, begard, begard_av, region_enhet, onskan,
                                             onskan_datum, steg, avslutad, avslutsorsak, skapad_av)
                            values (:person, :enhet, :arende, 'REGION', '2015-01-15', 'region', 'Vårdcentralen Test', 'JA',
                                    '2015-01-20', :steg, :avslutad, :orsak, 'test') returning id""")
                    .param("person", person)
                    .param("enhet", enhet)
                    .param("arende", arende)
                    .param("steg", avslutad == null ? "UPPFOLJNING" : "AVSLUTAD")
                    .param("avslutad", avslutad == null ? null : LocalDate.parse(avslutad))
                    .param("orsak", avslutad == null ? null : "UPPFOLJD")
                    .query(UUID.class)
                    .single();
            jdbc.sql("""
                            insert into sip_plan (sip_id, version, kommunens_insatser, regionens_insatser, huvudansvar, uppfoljning,
                                                  upprattad, upprattad_av)
                            values (:sip, 1, 'Boende', 'Läkarkontakt', 'KOMMUN', :uppfoljning, :upprattad, 'test')""")
                    .param("sip", sip)
                    .param("upprattad", LocalDate.parse(planDag))
                    .param("uppfoljning", LocalDate.parse(planDag).plusMonths(6))
                    .update();
        }
        return arende.toString();
    }
}
