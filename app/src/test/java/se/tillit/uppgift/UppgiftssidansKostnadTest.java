package se.tillit.uppgift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import testprobes.Anropskostnad;
import testprobes.Anropskostnad.Kostnad;

/**
 * The task page reads its deployed form from the database once (issue 15): a deployed Camunda Form never changes, so
 * after the first page with a form, another task with the same form shows the same form without reading the
 * deployment's resource again (ACT_GE_BYTEARRAY). Which form a task gets is still asked every time: a newer version
 * of a form with the binding "latest" would be shown from its deployment on.
 */
@TillitSpringTest
class UppgiftssidansKostnadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondTaskWithTheSameFormShowsItWithoutReadingTheFormFromTheDatabase() {
        List<String> uppgifter = List.of(nyBedomning(1), nyBedomning(2));
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        for (String uppgift : uppgifter) { // taken: the form is shown to the one who has the task
            assertThat(leo.postForm("/uppgifter/" + uppgift + "/ta", java.util.Map.of())
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(leo.get("/uppgifter/" + uppgifter.get(0)).statusCode()).isEqualTo(200); // the first may read it

        String markering = UUID.randomUUID().toString();
        HttpResponse<String> sidan = leo.get("/uppgifter/" + uppgifter.get(1), Anropskostnad.HEADER, markering);
        Kostnad kostnad = Anropskostnad.kostnad(markering);

        assertThat(sidan.statusCode()).isEqualTo(200);
        assertThat(sidan.body())
                .as("the form's question and choices")
                .contains(
                        "Leder aktualiseringen till utredning?", "Ja, utredning inleds", "Nej, utredning inleds inte");
        System.out.printf("Uppgiftssidans kostnad: %d SQL-satser%n", kostnad.sql());
        assertThat(kostnad.satser())
                .as("statements of the second task page")
                .noneMatch(sats -> sats.toLowerCase(Locale.ROOT).contains("act_ge_bytearray"));
    }

    /** A new assessment in LSS for a person of its own; its task's id. */
    private String nyBedomning(int nr) {
        String personnummer = Testpersoner.medKontrollsiffra("192705%02d-983".formatted(nr));
        HttpResponse<String> svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Sida","efternamn":"Formularsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"TEST","enhet":"LSS"}""".formatted(
                                personnummer, se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        return jdbc.sql("""
                        select task_id from uppgift where personnummer = :pnr and uppgiftstyp = 'Task_BedomAktualisering'
                         order by skapad desc limit 1""")
                .param("pnr", personnummer.replace("-", ""))
                .query(String.class)
                .single();
    }
}
