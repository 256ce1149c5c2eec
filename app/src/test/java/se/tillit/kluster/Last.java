package se.tillit.kluster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands under load: registrations of an ansökan (POST /api/aktualiseringar, a new person, a new case and its
 * process) from a few client threads, spread over the nodes that are up. Each answer is recorded: a 2xx is a command
 * the system took (it must be in the database afterwards), anything else (an error status, a refused or reset
 * connection, a timeout) is a command the client was told failed.
 */
final class Last implements AutoCloseable {

    private static final AtomicInteger LOPNUMMER = new AtomicInteger();
    private static final Pattern AKTUALISERING = Pattern.compile("\"aktualiseringId\":\"([^\"]+)\"");

    private final Kluster kluster;
    private final ExecutorService trådar;
    private final AtomicBoolean igang = new AtomicBoolean(true);
    final AtomicInteger skickade = new AtomicInteger();
    final List<String> kvitterade = Collections.synchronizedList(new ArrayList<>());
    /** The personnummer of the commands the client was told failed. */
    final List<String> misslyckade = Collections.synchronizedList(new ArrayList<>());

    final AtomicInteger fel5xx = new AtomicInteger();
    final AtomicInteger felAnnat = new AtomicInteger();
    final AtomicInteger felAnslutning = new AtomicInteger();
    final List<Instant> kvittenstider = Collections.synchronizedList(new ArrayList<>());
    final AtomicReference<String> forstaFel = new AtomicReference<>();

    Last(Kluster kluster, int antalTradar, Duration paus) {
        this.kluster = kluster;
        this.trådar = Executors.newFixedThreadPool(antalTradar);
        for (int t = 0; t < antalTradar; t++) {
            int trad = t;
            trådar.submit(() -> {
                int i = 0;
                while (igang.get()) {
                    List<Kluster.Nod> uppe = kluster.noder().stream()
                            .filter(n -> n != null && n.iTjanst && n.process.isAlive())
                            .toList();
                    if (uppe.isEmpty()) {
                        sov(200);
                        continue;
                    }
                    Kluster.Nod nod = uppe.get((trad + i++) % uppe.size());
                    skicka(nod);
                    sov(paus.toMillis());
                }
                return null;
            });
        }
    }

    private void skicka(Kluster.Nod nod) {
        skickade.incrementAndGet();
        String pnr = personnummer(LOPNUMMER.incrementAndGet());
        try {
            HttpResponse<String> svar = nod.post("handlaggare.lss", "/api/aktualiseringar", ansokan(pnr));
            if (svar.statusCode() / 100 == 2) {
                Matcher id = AKTUALISERING.matcher(svar.body());
                if (!id.find()) {
                    throw new IllegalStateException("2xx without an aktualiseringId: " + svar.body());
                }
                kvitterade.add(id.group(1));
                kvittenstider.add(Instant.now());
            } else if (svar.statusCode() >= 500) {
                misslyckade.add(pnr);
                fel5xx.incrementAndGet();
                forstaFel.compareAndSet(null, nod.namn() + " " + svar.statusCode() + " " + svar.body());
            } else {
                misslyckade.add(pnr);
                felAnnat.incrementAndGet();
                forstaFel.compareAndSet(null, nod.namn() + " " + svar.statusCode() + " " + svar.body());
            }
        } catch (Exception e) {
            misslyckade.add(pnr);
            felAnslutning.incrementAndGet();
        }
    }

    /** The first acknowledged command after {@code efter}, or null. */
    Instant forstaKvittensEfter(Instant efter) {
        synchronized (kvittenstider) {
            return kvittenstider.stream()
                    .filter(t -> t.isAfter(efter))
                    .min(Instant::compareTo)
                    .orElse(null);
        }
    }

    int fel() {
        return fel5xx.get() + felAnnat.get() + felAnslutning.get();
    }

    /** Acknowledged commands whose aktualisering (and so its case and process) is not in the database. */
    long forlorade() {
        List<String> ids;
        synchronized (kvitterade) {
            ids = new ArrayList<>(kvitterade);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        long hittade = kluster.jdbc()
                .sql("select count(*) from aktualisering where id = any(cast(:ids as uuid[]))")
                .param("ids", ids.toArray(String[]::new))
                .query(Long.class)
                .single();
        return ids.size() - hittade;
    }

    /**
     * Commands the client was told failed that were done all the same (the answer was lost, not the command): a
     * client that sends such a registration again gets a second aktualisering in the same case.
     */
    long misslyckadeMenGjorda() {
        List<String> pnr;
        synchronized (misslyckade) {
            pnr = misslyckade.stream().map(p -> p.replace("-", "")).toList();
        }
        if (pnr.isEmpty()) {
            return 0;
        }
        return kluster.jdbc()
                .sql("select count(*) from person where cast(personnummer as text) = any(cast(:pnr as text[]))")
                .param("pnr", pnr.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    /** Acknowledged registrations whose case has no process instance in the engine (the process start was lost). */
    long utanProcess() {
        List<String> ids;
        synchronized (kvitterade) {
            ids = new ArrayList<>(kvitterade);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        return kluster.jdbc()
                .sql("""
                select count(*) from aktualisering a join arende r on r.id = a.arende_id
                 where a.id = any(cast(:ids as uuid[]))
                   and not exists (select 1 from act_hi_procinst p where p.business_key_ = r.arendenummer and p.proc_def_key_ = 'arende')""")
                .param("ids", ids.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    String sammanfattning() {
        return "sent " + skickade.get() + ", acknowledged " + kvitterade.size() + ", told failed " + fel() + " (5xx "
                + fel5xx.get() + ", 4xx " + felAnnat.get() + ", connection " + felAnslutning.get() + ")"
                + (forstaFel.get() == null
                        ? ""
                        : "; first error: "
                                + forstaFel
                                        .get()
                                        .substring(
                                                0, Math.min(300, forstaFel.get().length())));
    }

    @Override
    public void close() throws InterruptedException {
        igang.set(false);
        trådar.shutdown();
        trådar.awaitTermination(60, TimeUnit.SECONDS);
        trådar.shutdownNow();
    }

    static String ansokan(String personnummer) {
        return """
                {"personnummer":"%s","fornamn":"Test","efternamn":"Klustersson","arendetyp":"VUXEN","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","beskrivning":"Klustertest","enhet":"VUX"}""".formatted(personnummer, se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1)));
    }

    /** A synthetic personnummer (serial 98x, the test range), unique per number, with its check digit. */
    static String personnummer(int n) {
        LocalDate dag = LocalDate.of(1935, 1, 1).plusDays(n / 10);
        String utanKontroll = dag.format(DateTimeFormatter.BASIC_ISO_DATE).substring(2) + "98" + (n % 10);
        int summa = 0;
        for (int i = 0; i < utanKontroll.length(); i++) {
            int siffra = (utanKontroll.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra / 10 + siffra % 10;
        }
        int kontroll = (10 - summa % 10) % 10;
        return dag.format(DateTimeFormatter.BASIC_ISO_DATE) + "-98" + (n % 10) + kontroll;
    }

    private static void sov(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
