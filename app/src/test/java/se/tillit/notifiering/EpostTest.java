package se.tillit.notifiering;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.bevakning.FristPaminnelse;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.uppgift.UppgiftSkapad;

/** Reminders and escalations by e-mail: after commit, once, with no personal data, and again after an outage. */
@TillitSpringTest
class EpostTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaktion;

    @Autowired
    IncompleteEventPublications ofullstandiga;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReminderArrivesOnceWithALinkAndNoPersonalData() throws Exception {
        Arende arende = nyttArende("19450312-9845", "LSS");
        FristPaminnelse paminnelse = new FristPaminnelse(
                arende.id(),
                "UTREDNING",
                LocalDate.now(se.tillit.drift.Svensktid.ZON).plusDays(14));

        publicera(paminnelse);
        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        publicera(paminnelse); // the same event again: no second e-mail
        Thread.sleep(2_000);

        MimeMessage[] mottagna = greenMail.getReceivedMessages();
        assertThat(mottagna).hasSize(1);
        assertThat(mottagna[0].getAllRecipients()[0].toString()).isEqualTo("handlaggare.lss@demo.tillit.invalid");
        assertThat(mottagna[0].getSubject()).isEqualTo("Tillit: en frist närmar sig");
        // the same for any sending of this event to this person: a mailbox can drop a second delivery (ADR 14)
        assertThat(mottagna[0].getMessageID())
                .isEqualTo("<"
                        + UUID.nameUUIDFromBytes((paminnelse.handelseId() + ":handlaggare.lss")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        + "@kommun.invalid>");
        String text = (String) mottagna[0].getContent();
        assertThat(text)
                .contains("https://tillit.test.invalid/uppgifter")
                .doesNotContain("Ingrid")
                .doesNotContain("19450312")
                .doesNotContain(arende.nummer());
    }

    @Test
    void anEscalationGoesToTheUnitsChef() throws Exception {
        Arende arende = nyttArende("19600505-9859", "LSS");
        String taskId = "test-" + UUID.randomUUID();
        try {
            publicera(new UppgiftSkapad(
                    taskId,
                    "test",
                    arende.id(),
                    arende.nummer(),
                    Utredningsprocessen.TASK_UTREDNING_UTAN_FORLANGNING,
                    "Utredning om barn över fyra månader utan förlängningsbeslut",
                    "LSS:CHEF",
                    null,
                    OffsetDateTime.now(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));

            assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage mottaget = greenMail.getReceivedMessages()[0];
            assertThat(mottaget.getAllRecipients()[0].toString()).isEqualTo("chef.lss@demo.tillit.invalid");
            assertThat((String) mottaget.getContent())
                    .contains("/uppgifter/" + taskId)
                    .doesNotContain("Olle");
        } finally {
            jdbc.sql("delete from uppgift where task_id = :t")
                    .param("t", taskId)
                    .update();
        }
    }

    @Test
    void aReminderOfASipOutsideAnyCaseGoesToTheUnitsHandlaggareOncePerSip() throws Exception { // C15
        LocalDate frist = LocalDate.now(se.tillit.drift.Svensktid.ZON).plusDays(7);

        publicera(new FristPaminnelse(null, "SIP_KALLELSE", frist, "LSS", UUID.randomUUID()));
        publicera(new FristPaminnelse(null, "SIP_KALLELSE", frist, "LSS", UUID.randomUUID())); // another SIP, same day

        assertThat(greenMail.waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(greenMail.getReceivedMessages()).allSatisfy(mottaget -> {
            assertThat(mottaget.getAllRecipients()[0].toString()).isEqualTo("handlaggare.lss@demo.tillit.invalid");
            assertThat((String) mottaget.getContent()).contains("https://tillit.test.invalid/uppgifter");
        });
    }

    @Test
    void withTheMailServerDownTheReminderWaitsInTheOutboxAndArrivesOnceWhenItIsBack() throws Exception {
        Arende arende = nyttArende("19520909-9885", "LSS");
        FristPaminnelse paminnelse = new FristPaminnelse(
                arende.id(),
                "UPPFOLJNING",
                LocalDate.now(se.tillit.drift.Svensktid.ZON).plusDays(30));
        greenMail.stop();

        publicera(paminnelse);
        Thread.sleep(3_000);
        String utskick = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .get("/actuator/utskick")
                .body();
        assertThat(utskick).doesNotContain("\"vantande\":0");

        greenMail.start();
        // resubmitting sends every incomplete publication of the shared test database, other tests' reminders too:
        // this test counts its own reminder, by the Message-ID that is fixed per event and recipient
        String egen = "<"
                + UUID.nameUUIDFromBytes((paminnelse.handelseId() + ":handlaggare.lss")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "@kommun.invalid>";
        ofullstandiga.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        for (int i = 0; i < 100 && mottagna(egen) == 0; i++) {
            Thread.sleep(100);
        }
        ofullstandiga.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        Thread.sleep(2_000);

        assertThat(mottagna(egen)).isEqualTo(1);
    }

    private long mottagna(String messageId) throws jakarta.mail.MessagingException {
        long antal = 0;
        for (MimeMessage mottaget : greenMail.getReceivedMessages()) {
            if (messageId.equals(mottaget.getMessageID())) {
                antal++;
            }
        }
        return antal;
    }

    record Arende(UUID id, String nummer) {}

    private Arende nyttArende(String personnummer, String enhet) {
        var svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Epost","efternamn":"Testsson","arendetyp":"SOL_FUNKTIONSNEDSATTNING","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"TEST","enhet":"%s"}""".formatted(
                                personnummer, se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1)), enhet));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        return new Arende(
                UUID.fromString(HttpSession.json(svar.body(), "arendeId")),
                HttpSession.json(svar.body(), "arendenummer"));
    }

    private void publicera(Object handelse) {
        transaktion.executeWithoutResult(status -> events.publishEvent(handelse));
    }
}
