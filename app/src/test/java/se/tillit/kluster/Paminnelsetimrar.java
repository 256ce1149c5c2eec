package se.tillit.kluster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import se.tillit.motor.Sipprocessen;

/**
 * Reminder timers made by the engine itself: instances of processes/sip.bpmn started through Camunda's REST API
 * (as the harness's service account, {@link Kluster#tjanstekontoForMotorn()}) before the task "Skicka kallelse till SIP-möte", whose boundary timer "Påminnelse" then waits for
 * the date in the variable {@code sipKallelsePaminnelse}. When it fires, the service task {@code ${sipPaminnelse}}
 * publishes a FristPaminnelse with the deterministic id of (SIP, SIP_KALLELSE, frist), and the unit LSS's one
 * handläggare (handlaggare.lss) gets one e-mail. The deadline-passed timer is set years ahead, so it stays out.
 */
final class Paminnelsetimrar {

    static final String TIMER = Sipprocessen.TIMER_PAMINNELSE_KALLELSE;
    static final String SERVICE = Sipprocessen.SERVICE_PAMINN_KALLELSE;

    private Paminnelsetimrar() {}

    /** Starts {@code antal} instances with their reminder due at {@code forfaller}; returns the SIP ids of those started. */
    static List<String> skapa(Kluster kluster, String prefix, int antal, Instant forfaller, int tradar)
            throws Exception {
        String tid = OffsetDateTime.ofInstant(forfaller, ZoneId.of("Europe/Stockholm"))
                .toString();
        AtomicInteger nasta = new AtomicInteger();
        List<String> startade = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(tradar);
        try {
            List<Future<Object>> arbeten = new java.util.ArrayList<>();
            for (int t = 0; t < tradar; t++) {
                int trad = t;
                arbeten.add(pool.submit(() -> {
                    int i;
                    while ((i = nasta.getAndIncrement()) < antal) {
                        Kluster.Nod nod =
                                kluster.nod((trad + i) % kluster.noder().size());
                        String sipId = UUID.randomUUID().toString();
                        HttpResponse<String> svar = nod.post(
                                Kluster.TJANSTEKONTO, "/engine-rest/process-definition/key/sip/start", """
                                {"businessKey":"%s-%d",
                                 "variables":{
                                   "sipId":{"value":"%s","type":"String"},
                                   "enhet":{"value":"LSS","type":"String"},
                                   "sipKallelseFrist":{"value":"2099-12-31","type":"String"},
                                   "sipKallelseForfaller":{"value":"2099-12-31T23:59+01:00","type":"String"},
                                   "sipKallelsePaminnelse":{"value":"%s","type":"String"},
                                   "sipKallelsePasserad":{"value":"2100-01-01T00:00+01:00","type":"String"}},
                                 "startInstructions":[{"type":"startBeforeActivity","activityId":Sipprocessen.TASK_SKICKA_KALLELSE}]}""".formatted(
                                                prefix, i, sipId, tid));
                        if (svar.statusCode() != 200) {
                            throw new IllegalStateException(
                                    "start " + i + ": " + svar.statusCode() + " " + svar.body());
                        }
                        startade.add(sipId);
                    }
                    return null;
                }));
            }
            for (Future<Object> arbete : arbeten) {
                arbete.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new java.util.ArrayList<>(startade);
    }

    /** The outbox event ids of these SIPs' reminders (FristPaminnelse.handelseId: SIP, SIP_KALLELSE, frist). */
    static String[] handelser(List<String> sipIds) {
        return sipIds.stream()
                .map(id -> UUID.nameUUIDFromBytes(("paminnelse:" + id + ":SIP_KALLELSE:2099-12-31")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString())
                .toArray(String[]::new);
    }

    /** E-mails recorded as sent for these SIPs' reminders. */
    static long skickadeRader(Kluster kluster, List<String> sipIds) {
        return kluster.jdbc()
                .sql("select count(*) from skickad_epost where handelse_id = any(cast(:ids as uuid[]))")
                .param("ids", handelser(sipIds))
                .query(Long.class)
                .single();
    }

    /**
     * Distinct Message-IDs among the reminder e-mails received: what an inbox that drops a second delivery of the same
     * Message-ID shows (Tillit gives every event and recipient one Message-ID, ADR 14).
     */
    static long distinktaMessageId(Kluster kluster) {
        return java.util.Arrays.stream(
                        kluster.epost().getReceivedMessagesForDomain("handlaggare.lss@demo.tillit.invalid"))
                .map(m -> {
                    try {
                        return m.getSubject().contains("frist närmar sig") ? m.getMessageID() : null;
                    } catch (jakarta.mail.MessagingException e) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull)
                .distinct()
                .count();
    }

    /** Reminder e-mails GreenMail has received for LSS's handläggare (the only recipient of these reminders). */
    static int mottagna(Kluster kluster) {
        try {
            return (int) java.util.Arrays.stream(
                            kluster.epost().getReceivedMessagesForDomain("handlaggare.lss@demo.tillit.invalid"))
                    .filter(m -> {
                        try {
                            return m.getSubject().contains("frist närmar sig");
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    })
                    .count();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Reminder timers of these instances not yet fired. */
    static long kvar(Kluster kluster, String prefix) {
        return kluster.jdbc()
                .sql("""
                select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                  join act_ru_execution e on e.id_ = j.process_instance_id_
                 where d.act_id_ = :timer and e.business_key_ like :prefix""")
                .param("timer", TIMER)
                .param("prefix", prefix + "-%")
                .query(Long.class)
                .single();
    }

    /** Reminder jobs that failed at least once (retries used up or an exception recorded). */
    static long misslyckade(Kluster kluster, String prefix) {
        return kluster.jdbc()
                .sql("""
                select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                  join act_ru_execution e on e.id_ = j.process_instance_id_
                 where d.act_id_ = :timer and e.business_key_ like :prefix and (j.exception_msg_ is not null or j.retries_ < 3)""")
                .param("timer", TIMER)
                .param("prefix", prefix + "-%")
                .query(Long.class)
                .single();
    }

    /** Instances whose reminder service task ran (committed) more than once. */
    static long kordaTvaGanger(Kluster kluster, String prefix) {
        return kluster.jdbc()
                .sql("""
                select count(*) from (select a.proc_inst_id_ from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                 where a.act_id_ = :service and p.business_key_ like :prefix group by a.proc_inst_id_ having count(*) > 1) x""")
                .param("service", SERVICE)
                .param("prefix", prefix + "-%")
                .query(Long.class)
                .single();
    }

    static long korda(Kluster kluster, String prefix) {
        return kluster.jdbc()
                .sql("""
                select count(distinct a.proc_inst_id_) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                 where a.act_id_ = :service and p.business_key_ like :prefix""")
                .param("service", SERVICE)
                .param("prefix", prefix + "-%")
                .query(Long.class)
                .single();
    }

    /** Seconds from the due time until the last reminder service task ran, and how many ran within 60 s. */
    static double[] fordrojning(Kluster kluster, String prefix, Instant forfaller) {
        return kluster.jdbc()
                .sql("""
                select extract(epoch from max(a.start_time_) - cast(:due as timestamp)) as sista,
                       percentile_cont(0.5) within group (order by extract(epoch from a.start_time_ - cast(:due as timestamp))) as median,
                       count(*) filter (where a.start_time_ <= cast(:due as timestamp) + interval '60 seconds') as inom60
                  from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                 where a.act_id_ = :service and p.business_key_ like :prefix""")
                .param("due", java.sql.Timestamp.from(forfaller))
                .param("service", SERVICE)
                .param("prefix", prefix + "-%")
                .query((rs, n) -> new double[] {rs.getDouble("sista"), rs.getDouble("median"), rs.getDouble("inom60")})
                .single();
    }

    /** Reminder e-mails recorded as sent (one row per event and recipient, unique). */
    static long skickadeRader(Kluster kluster) {
        return kluster.antal("select count(*) from skickad_epost where slag = 'PAMINNELSE'");
    }

    static Duration sedan(Instant t) {
        return Duration.between(t, Instant.now());
    }
}
