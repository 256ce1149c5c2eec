package se.tillit.notifiering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/** The daily digest: one e-mail per handläggare and day, with counts and a link, no personal data. */
@TillitSpringTest
class DagligSammanfattningTest {

    static final String ADRESS = "handlaggare.lss@demo.tillit.invalid";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    DagligSammanfattning sammanfattning;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachHandlaggareWithTasksDueSoonGetsOneDigestADay() throws Exception {
        var svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"19600505-9859","fornamn":"Olle","efternamn":"Annanenhet","arendetyp":"VUXEN","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"TEST","enhet":"VUX"}""".formatted(se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));
        String arendenummer = HttpSession.json(svar.body(), "arendenummer");
        String taskId = jdbc.sql("select task_id from uppgift where arendenummer = :n")
                .param("n", arendenummer)
                .query(String.class)
                .single();
        taskService.claim(taskId, "handlaggare.lss");
        jdbc.sql("update uppgift set forfaller = now() + interval '2 days' where task_id = :t")
                .param("t", taskId)
                .update();

        sammanfattning.skicka();
        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        sammanfattning.skicka(); // the same day again: nothing more
        Thread.sleep(2_000);

        List<MimeMessage> till = Arrays.stream(greenMail.getReceivedMessages())
                .filter(DagligSammanfattningTest::tillLeo)
                .toList();
        assertThat(till).hasSize(1);
        assertThat(till.get(0).getSubject()).isEqualTo("Tillit: dina uppgifter i dag");
        assertThat((String) till.get(0).getContent())
                .contains("som förfaller de närmaste dagarna", "https://tillit.test.invalid/uppgifter")
                .doesNotContain("Olle")
                .doesNotContain(arendenummer)
                .doesNotContain("19600505");
    }

    private static boolean tillLeo(MimeMessage meddelande) {
        try {
            return ADRESS.equals(meddelande.getAllRecipients()[0].toString());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
