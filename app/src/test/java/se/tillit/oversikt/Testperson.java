package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;

/**
 * A synthetic person of its own for one test, with a case registered through the API: a personnummer in the 900
 * series with a valid check digit, and a last name with a random tail of letters that no other test's person has.
 */
record Testperson(
        String personnummer,
        String fornamn,
        String efternamn,
        String namnsvans,
        UUID personId,
        String arendeId,
        String arendenummer) {

    static Testperson medArende(int port, JdbcClient jdbc, String handlaggare, String enhet, String arendetyp) {
        String personnummer = nyttPersonnummer();
        String svans = svans();
        String efternamn = "Testperson" + svans;
        HttpResponse<String> ansokan = HttpSession.api(port, handlaggare, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Tyra","efternamn":"%s","arendetyp":"%s","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"%s"}""".formatted(
                                personnummer,
                                efternamn,
                                arendetyp,
                                se.tillit.Testtid.idagFore(java.time.Duration.ofHours(2)),
                                enhet));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        UUID personId = jdbc.sql("select id from person where personnummer = :p")
                .param("p", personnummer.replace("-", ""))
                .query(UUID.class)
                .single();
        return new Testperson(
                personnummer,
                "Tyra",
                efternamn,
                svans,
                personId,
                HttpSession.json(ansokan.body(), "arendeId"),
                HttpSession.json(ansokan.body(), "arendenummer"));
    }

    String namn() {
        return fornamn + " " + efternamn;
    }

    /** ÅÅÅÅMMDD-NNNN, born 1940–1989, birth number 900–999 (the series Skatteverket keeps for tests). */
    static String nyttPersonnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        String utan = String.format(
                "%02d%02d%02d%03d",
                slump.nextInt(40, 90), slump.nextInt(1, 13), slump.nextInt(1, 29), 900 + slump.nextInt(100));
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utan.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "19" + utan.substring(0, 6) + "-" + utan.substring(6) + (10 - summa % 10) % 10;
    }

    private static String svans() {
        StringBuilder svans = new StringBuilder();
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            svans.append((char) ('a' + slump.nextInt(26)));
        }
        return svans.toString();
    }
}
