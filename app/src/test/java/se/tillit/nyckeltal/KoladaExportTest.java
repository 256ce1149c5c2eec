package se.tillit.nyckeltal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Enhet.Enhetstyp;

/**
 * The indicators out (issue 19): the Kolada export of a frozen period holds the nyckeltal page's figures, in Kolada's
 * data format (KPI, municipality, period, a value per gender T, K, M), and suppresses what rests on 1–6 cases (R61).
 * Kolada's U28418: days from decision to moving in, bostad med särskild service for adults (LSS 9 § 9).
 */
@TillitSpringTest
class KoladaExportTest {

    static final String ENHET = "KOLADATEST";
    static final String NAMN = "Verkställighetstid, bostad med särskild service för vuxna (LSS)";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void theExportOfAFrozenPeriodHoldsThePagesFiguresAndSuppressesSmallCounts() throws IOException { // R61, R35
        Testkonton.skapaEnhet(jdbc, ENHET, "Kolada-test", Enhetstyp.MYNDIGHET);
        UUID kvinna = person("195001019800", "K");
        UUID man = person("195001019818", "M");
        // February 2019: 9 women's and 7 men's decisions executed, January: 8 women's and only 3 men's
        beslut(kvinna, 9, LocalDate.of(2019, 2, 1), 3);
        beslut(man, 7, LocalDate.of(2019, 2, 1), 5);
        beslut(kvinna, 8, LocalDate.of(2019, 1, 1), 2);
        beslut(man, 3, LocalDate.of(2019, 1, 1), 4);
        frys("2019-02-01", "2019-02-28");
        frys("2019-01-01", "2019-01-31");

        HttpResponse<String> svar = admin().get("/api/nyckeltal/kolada?fran=2019-02-01&tom=2019-02-28&enhet=" + ENHET);
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "kolada-KOLADATEST-2019-02-01-2019-02-28.json");
        JsonNode februari = json.readTree(svar.body());
        assertThat(februari.get("count").asInt())
                .isEqualTo(februari.get("values").size())
                .isEqualTo(1);
        assertThat(februari.at("/tillit/fryst").isNull())
                .as("the period is frozen")
                .isFalse();
        JsonNode u28418 = februari.get("values").get(0);
        assertThat(u28418.get("kpi").asText()).isEqualTo("U28418");
        assertThat(u28418.get("municipality").asText())
                .isEqualTo("9999"); // the demo's kommunkod (application-demo.yaml)
        assertThat(u28418.get("period").asText()).isEqualTo("2019-02-01/2019-02-28");

        // the page, read as the committee's chef reads it: value and number of decisions per row
        Map<String, String[]> sidan = sidansRader(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .get("/nyckeltal?fran=2019-02-01&tom=2019-02-28&enhet=" + ENHET)
                .body());
        assertThat(sidan).containsKeys(NAMN, NAMN + " – kvinnor", NAMN + " – män");
        Map<String, String> radnamn = Map.of("T", NAMN, "K", NAMN + " – kvinnor", "M", NAMN + " – män");
        for (JsonNode varde : u28418.get("values")) {
            String[] rad = sidan.get(radnamn.get(varde.get("gender").asText()));
            assertThat(varde.get("status").asText()).isEmpty();
            assertThat(varde.get("count").asInt()).isEqualTo(1);
            assertThat(varde.get("value").decimalValue())
                    .as(varde.get("gender").asText())
                    .isEqualByComparingTo(new BigDecimal(rad[0].replace(',', '.')));
        }
        assertThat(sidan.get(NAMN)[1]).isEqualTo("16");
        // and the figures themselves: 9 women at 3 days, 7 men at 5 days (decision to moving in)
        assertThat(u28418.at("/values/0/value").decimalValue()).isEqualByComparingTo("3.9");
        assertThat(u28418.at("/values/1/value").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(u28418.at("/values/2/value").decimalValue()).isEqualByComparingTo("5.0");

        // January: 3 men is too few to show (R61), and the women's figure beside the total would give theirs away
        JsonNode januari = json.readTree(
                        admin().get("/api/nyckeltal/kolada?fran=2019-01-01&tom=2019-01-31&enhet=" + ENHET)
                                .body())
                .at("/values/0/values");
        assertThat(januari.get(0).get("gender").asText()).isEqualTo("T");
        assertThat(januari.get(0).get("value").decimalValue())
                .isEqualByComparingTo("2.5"); // 11 decisions: (8·2 + 3·4) / 11
        for (int i = 1; i <= 2; i++) {
            assertThat(januari.get(i).get("value").isNull()).isTrue();
            assertThat(januari.get(i).get("status").asText()).isEqualTo("--");
        }
        // the CSV for the committee's papers suppresses the same row; the page shows the chef the figures as they are
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/nyckeltal.csv?fran=2019-01-01&tom=2019-01-31&enhet=" + ENHET)
                        .body())
                .contains("\"VERKSTALLIGHET_LSS_BOSTAD\";\"M\";\"--\";\"--\";\"--\"")
                .contains("\"VERKSTALLIGHET_LSS_BOSTAD\";\"K\";\"--\";\"--\";\"--\"")
                .contains("\"VERKSTALLIGHET_LSS_BOSTAD\";\"\";\"28,00\";\"11\";\"2,5\"");

        // a year is Kolada's own period; every export is in the access log
        assertThat(json.readTree(admin().get("/api/nyckeltal/kolada?fran=2019-01-01&tom=2019-12-31&enhet=" + ENHET)
                                .body())
                        .at("/values/0/period")
                        .asText())
                .isEqualTo("2019");
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where handling = 'EXPORT' and beskrivning like 'Nyckeltal: Kolada-export%'
                           and beskrivning like '%KOLADATEST'""").query(Long.class).single()).isEqualTo(3);
    }

    /** The indicator table's rows: name → {value as the page writes it, number of decisions}. */
    private static Map<String, String[]> sidansRader(String html) {
        Map<String, String[]> rader = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<th scope=\"row\">([^<]+)</th>\\s*<td class=\"tal\">([0-9 ,]+) dagar</td>\\s*"
                        + "<td class=\"tal\">([0-9 ]+) beslut</td>")
                .matcher(html);
        while (m.find()) {
            rader.put(
                    m.group(1).strip(),
                    new String[] {m.group(2).replace(" ", ""), m.group(3).replace(" ", "")});
        }
        return rader;
    }

    private UUID person(String personnummer, String kon) {
        return jdbc.sql("""
                insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                values (:pnr, 'Kolada', 'Testsson', date '1950-01-01', :kon, 'test') returning id""")
                .param("pnr", personnummer)
                .param("kon", kon)
                .query(UUID.class)
                .single();
    }

    /** {@code antal} decisions on bostad med särskild service, decided the day before {@code manad} and executed after {@code dagar}. */
    private void beslut(UUID person, int antal, LocalDate manad, int dagar) {
        UUID arende = jdbc.sql("""
                insert into arende (arendenummer, person_id, arendetyp, enhet_kod, status, oppnat, avslutat, avslutsorsak, skapad_av)
                values ('KOL-' || substr(md5(random()::text), 1, 8), :person, 'LSS', :enhet, 'AVSLUTAT',
                        timestamptz '2018-06-01 09:00+02', timestamptz '2020-06-01 09:00+02', 'INSATSER_AVSLUTADE', 'test')
                returning id""")
                .param("person", person)
                .param("enhet", ENHET)
                .query(UUID.class)
                .single();
        for (int i = 0; i < antal; i++) {
            LocalDate beslutsdatum = manad.plusDays(i);
            UUID beslut = jdbc.sql("""
                    insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, paragraf, niva, giltig_from, motivering,
                                        overklagandehanvisning, beslutsfattare, delegationspunkt, beslutsdatum, skapad_av)
                    values (:arende, 'LSS_BOSTAD_SARSKILD_SERVICE', 'BIFALL', 'LSS', '1993:387', '9 §', 2, :datum, 'kolada', true,
                            'test', 'LSS-3.1', :datum, 'test') returning id""")
                    .param("arende", arende)
                    .param("datum", beslutsdatum)
                    .query(UUID.class)
                    .single();
            jdbc.sql("""
                    insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, verkstalld, skapad_av,
                                             tillstand)
                    values (:beslut, :enhet, 'UTF-SOLROSEN', 'EXTERN', :datum, :verkstalld, 'test', 'VERKSTALLD')""")
                    .param("beslut", beslut)
                    .param("enhet", ENHET)
                    .param("datum", beslutsdatum)
                    .param("verkstalld", beslutsdatum.plusDays(dagar))
                    .update();
        }
    }

    private void frys(String fran, String tom) {
        assertThat(admin().post(
                                "/api/nyckeltal/frys",
                                "{\"fran\":\"%s\",\"tom\":\"%s\",\"enhet\":\"%s\"}".formatted(fran, tom, ENHET))
                        .statusCode())
                .isEqualTo(201);
    }

    private HttpSession admin() {
        return HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
    }
}
