package se.tillit.kluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: 20 000 reminder timers due at the same moment, two nodes on one PostgreSQL sharing the job table. How long
 * until all have fired, how many ran twice, how many e-mails went out twice (target: all within 60 s, none twice).
 */
class TimerstormTest extends KlusterTest {

    static final int ANTAL = Integer.getInteger("tillit.kluster.timrar", 20_000);

    @Test
    void twentyThousandRemindersDueAtOnceFireOnceEachOnTwoNodes() throws Exception {
        Resultat resultat = new Resultat("timerstorm", "Timer storm: " + ANTAL + " reminders due at once, 2 nodes");
        // the creation rate on this machine, to set a due time that comes after all are created
        // (a cold pilot warms the nodes up, a warm one measures)
        Paminnelsetimrar.skapa(kluster, "kall", 300, Instant.parse("2099-01-01T00:00:00Z"), 4);
        Instant pilotStart = Instant.now();
        Paminnelsetimrar.skapa(kluster, "pilot", 1000, Instant.parse("2099-01-01T00:00:00Z"), 4);
        double perSekund = 1000
                / Math.max(0.001, Duration.between(pilotStart, Instant.now()).toMillis() / 1000.0);
        Instant forfaller = Instant.now()
                .plusSeconds((long) (ANTAL / perSekund * 1.2) + 20)
                .truncatedTo(ChronoUnit.MINUTES)
                .plus(1, ChronoUnit.MINUTES);
        if (System.getProperty("tillit.kluster.forfaller") != null) {
            // a due time given by the one who runs it (e.g. so that another job on the machine is done by then)
            forfaller = Instant.parse(System.getProperty("tillit.kluster.forfaller"));
        }
        Kluster.logga("creating " + ANTAL + " at ~" + Math.round(perSekund) + "/s, due " + forfaller);

        Instant skapaStart = Instant.now();
        int skapade =
                Paminnelsetimrar.skapa(kluster, "storm", ANTAL, forfaller, 4).size();
        Duration skapaTid = Duration.between(skapaStart, Instant.now());
        resultat.rad(
                "timers created (engine REST, process sip, 4 client threads over both nodes)",
                skapade + " in " + skapaTid.toSeconds() + " s");
        resultat.rad("timers waiting before the due time", Paminnelsetimrar.kvar(kluster, "storm"));
        boolean skapadeForeForfallotid = Instant.now().isBefore(forfaller);
        resultat.rad("due time", forfaller + (skapadeForeForfallotid ? "" : " (creation ended after it)"));
        int fore = kluster.epost().getReceivedMessages().length;

        while (Instant.now().isBefore(forfaller)) {
            Thread.sleep(200);
        }
        Instant allaAvfyrade = null;
        Instant grans = forfaller.plus(Duration.ofMinutes(20));
        long kvar = Long.MAX_VALUE;
        while (Instant.now().isBefore(grans)) {
            kvar = Paminnelsetimrar.kvar(kluster, "storm");
            if (kvar == 0) {
                allaAvfyrade = Instant.now();
                break;
            }
            Thread.sleep(1000);
        }
        Instant allaEpost = null;
        while (Instant.now().isBefore(grans)) {
            int mottagna = kluster.epost().getReceivedMessages().length - fore;
            if (mottagna >= ANTAL) {
                allaEpost = Instant.now();
                break;
            }
            Thread.sleep(3000);
        }
        Thread.sleep(5000); // late duplicates, if any, would arrive now
        double[] fordrojning = Paminnelsetimrar.fordrojning(kluster, "storm", forfaller);
        long korda = Paminnelsetimrar.korda(kluster, "storm");
        long tvaGanger = Paminnelsetimrar.kordaTvaGanger(kluster, "storm");
        int mottagna = kluster.epost().getReceivedMessages().length - fore;
        long rader = Paminnelsetimrar.skickadeRader(kluster);
        long publiceringarTvaGanger = kluster.antal("""
                select count(*) - count(distinct serialized_event) from event_publication where event_type like '%FristPaminnelse'""");

        resultat.rad("job executor settings", jobbinstallningar());
        resultat.rad("timers not fired after 20 min", kvar);
        resultat.rad(
                "time from due until no timer left (polled each second)",
                allaAvfyrade == null
                        ? "not within 20 min"
                        : Duration.between(forfaller, allaAvfyrade).toMillis() / 1000.0 + " s");
        resultat.rad("reminder service tasks run (instances)", korda);
        resultat.rad(
                "last reminder service task started after due",
                fordrojning[0] + " s (median " + fordrojning[1] + " s)");
        resultat.rad("fired within 60 s of due", (long) fordrojning[2] + " of " + ANTAL);
        resultat.rad("reminder jobs failed (retries used / exception)", Paminnelsetimrar.misslyckade(kluster, "storm"));
        resultat.rad("reminder service tasks run twice", tvaGanger);
        resultat.rad("FristPaminnelse published twice (same event in the outbox)", publiceringarTvaGanger);
        resultat.rad(
                "time from due until all e-mails arrived",
                allaEpost == null
                        ? "not within 20 min"
                        : Duration.between(forfaller, allaEpost).toMillis() / 1000.0 + " s");
        resultat.rad("e-mails received / skickad_epost rows", mottagna + " / " + rader);
        resultat.rad("e-mails twice (received minus distinct event+recipient)", Math.max(0, mottagna - rader));
        resultat.rad(
                "distinct Message-IDs among the reminder e-mails (an inbox that drops a repeated Message-ID shows each once)",
                Paminnelsetimrar.distinktaMessageId(kluster));
        resultat.rad(
                "reminders sent by node 1 / node 2 (log lines)",
                loggrader(0, "PAMINNELSE") + " / " + loggrader(1, "PAMINNELSE"));
        resultat.rad(
                "outbox publications still incomplete",
                kluster.antal("select count(*) from event_publication where completion_date is null"));
        resultat.skriv();

        assertThat(kvar).as("timers left").isZero();
        assertThat(tvaGanger).as("reminders run twice").isZero();
        assertThat(mottagna - rader).as("e-mails twice").isLessThanOrEqualTo(0);
    }
}
