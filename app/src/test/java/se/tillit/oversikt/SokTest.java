package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * Finding a person or a case (issue 14): by personnummer in the forms people type, part of a name, or case number; only
 * in the user's own units; the query only in a POST body; every search logged with the persons it showed (C55); a
 * protected identity masked, and found by name only by whoever may see it (A7).
 */
@TillitSpringTest
class SokTest {

    static final String LEO = "handlaggare.lss";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsByPersonnummerInEveryCommonFormByNameAndByCaseNumberAndLinksTheCaseAndThePerson() {
        Testperson person = Testperson.medArende(port, jdbc, LEO, "LSS", "LSS");
        HttpSession leo = HttpSession.browser(port, LEO, DemoKonton.LOSENORD);
        String tio = person.personnummer().substring(2);

        for (String sok : List.of(
                person.personnummer(),
                person.personnummer().replace("-", ""),
                tio,
                tio.replace("-", ""),
                " " + person.personnummer() + " ",
                person.namnsvans().toUpperCase(),
                "tyra testperson" + person.namnsvans(),
                person.arendenummer())) {
            HttpResponse<String> svar = leo.postForm("/sok", Map.of("sok", sok));
            assertThat(svar.statusCode()).as(sok).isEqualTo(200);
            assertThat(svar.body())
                    .as(sok)
                    .contains(
                            person.namn(),
                            person.personnummer(),
                            person.arendenummer(),
                            "href=\"/arenden/" + person.arendeId() + "\"",
                            "href=\"/personer/" + person.personId() + "\"",
                            "ett ärende");
        }
        assertThat(jdbc.sql(
                                "select count(*) from atkomstlogg where person_id = :p and anvandarnamn = :u and handling = 'SOK'")
                        .param("p", person.personId())
                        .param("u", LEO)
                        .query(Long.class)
                        .single())
                .isEqualTo(8);
        assertThat(jdbc.sql("""
                        select distinct beskrivning from atkomstlogg where person_id = :p and handling = 'SOK' order by 1""")
                        .param("p", person.personId())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Sökning på namn: 1 person visad",
                        "Sökning på personnummer: 1 person visad",
                        "Sökning på ärendenummer: 1 person visad");
    }

    @Test
    void aPersonOrCaseOfAnotherUnitIsNeverFoundAndTheEmptySearchIsLoggedToo() {
        Testperson person = Testperson.medArende(port, jdbc, LEO, "LSS", "LSS");
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);
        long fore = sokningarUtanPerson(DemoKonton.HANDLAGGARE);

        for (String sok : List.of(person.personnummer(), person.namnsvans(), person.arendenummer())) {
            HttpResponse<String> svar = hanna.postForm("/sok", Map.of("sok", sok));
            assertThat(svar.statusCode()).isEqualTo(200);
            assertThat(svar.body())
                    .as(sok)
                    .contains("Inga träffar i dina enheter.")
                    .doesNotContain(person.efternamn())
                    .doesNotContain(person.personnummer())
                    .doesNotContain(person.personId().toString());
        }
        assertThat(sokningarUtanPerson(DemoKonton.HANDLAGGARE)).isEqualTo(fore + 3);
    }

    @Test
    void aProtectedPersonIsMaskedAndFoundOnlyByPersonnummerOrCaseNumberByWhoeverMayNotSeeIt() {
        Testperson person = Testperson.medArende(port, jdbc, LEO, "LSS", "LSS");
        HttpSession leo = HttpSession.browser(port, LEO, DemoKonton.LOSENORD);
        assertThat(leo.postForm(
                                "/personer/" + person.personId() + "/skydd",
                                Map.of(
                                        "skyddsniva",
                                        "SKYDDAD_FOLKBOKFORING",
                                        "skal",
                                        "Besked från Skatteverket",
                                        "version",
                                        "0"))
                        .statusCode())
                .isEqualTo(302);

        String namn = leo.postForm("/sok", Map.of("sok", person.namnsvans())).body();
        assertThat(namn).contains("Inga träffar i dina enheter.").doesNotContain(person.arendenummer());

        for (String sok : List.of(person.personnummer(), person.arendenummer())) {
            String svar = leo.postForm("/sok", Map.of("sok", sok)).body();
            assertThat(svar)
                    .as(sok)
                    .contains("Skyddad identitet", "********-****", person.arendenummer())
                    .doesNotContain(person.efternamn())
                    .doesNotContain(person.personnummer());
        }
    }

    @Test
    void theQueryTravelsOnlyInAPostBodyAndAGetWithAQueryIsRefused() {
        HttpSession leo = HttpSession.browser(port, LEO, DemoKonton.LOSENORD);

        String formular = leo.get("/sok").body();
        assertThat(formular)
                .contains("<form method=\"post\" action=\"/sok\" role=\"search\"", "name=\"sok\"", "name=\"_csrf\"");
        assertThat(leo.get("/").body()).contains("href=\"/sok\"");
        HttpResponse<String> get = leo.get("/sok?sok=19121212-1212");
        assertThat(get.statusCode()).isEqualTo(400);
        assertThat(get.body()).doesNotContain("Tolvan");

        Testperson person = Testperson.medArende(port, jdbc, LEO, "LSS", "LSS");
        HttpResponse<String> post = leo.postForm("/sok", Map.of("sok", person.personnummer()));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Location")).isEmpty();
        // the number is in the result row, not kept in the search field
        assertThat(post.body()).contains("id=\"sok\" name=\"sok\" value=\"\"");
    }

    @Test
    void whatIsNotAPersonnummerNameOrCaseNumberAnswers400BesideTheFieldAndIsNotLogged() {
        HttpSession leo = HttpSession.browser(port, LEO, DemoKonton.LOSENORD);
        long fore = jdbc.sql("select count(*) from atkomstlogg where anvandarnamn = :u and handling = 'SOK'")
                .param("u", LEO)
                .query(Long.class)
                .single();

        Map<String, String> fall = Map.of(
                "19121212-1213",
                "kontrollsiffra",
                "",
                "Skriv ett personnummer",
                "a",
                "minst två bokstäver",
                "<script>",
                "minst två bokstäver",
                "x".repeat(101),
                "högst 100 tecken");
        fall.forEach((sok, fel) -> {
            HttpResponse<String> svar = leo.postForm("/sok", Map.of("sok", sok));
            assertThat(svar.statusCode()).as(sok).isEqualTo(400);
            assertThat(svar.body())
                    .as(sok)
                    .contains("id=\"fel-sok\"", fel, "aria-describedby=\"hjalp-sok fel-sok\"")
                    .doesNotContain("<script>");
        });
        assertThat(jdbc.sql("select count(*) from atkomstlogg where anvandarnamn = :u and handling = 'SOK'")
                        .param("u", LEO)
                        .query(Long.class)
                        .single())
                .isEqualTo(fore);
    }

    @Test
    void theSearchIsForHandlaggareAndChefs() {
        assertThat(HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD)
                        .get("/sok")
                        .statusCode())
                .isEqualTo(200);
        for (String konto : List.of(DemoKonton.REVISOR, DemoKonton.UTFORARE, DemoKonton.ADMIN)) {
            HttpSession session = HttpSession.browser(port, konto, DemoKonton.LOSENORD);
            assertThat(session.get("/sok").statusCode()).as(konto).isEqualTo(403);
            assertThat(session.postForm("/sok", Map.of("sok", "19121212-1212")).statusCode())
                    .as(konto)
                    .isEqualTo(403);
            assertThat(session.get("/").body()).as(konto).doesNotContain("href=\"/sok\"");
        }
    }

    private long sokningarUtanPerson(String anvandare) {
        return jdbc.sql(
                        "select count(*) from atkomstlogg where anvandarnamn = :u and handling = 'SOK' and person_id is null")
                .param("u", anvandare)
                .query(Long.class)
                .single();
    }
}
