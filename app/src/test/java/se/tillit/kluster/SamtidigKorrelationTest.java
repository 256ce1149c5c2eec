package se.tillit.kluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: 8 threads send the same command that correlates a message to one case's process, over both nodes at once:
 * the chef's förlängning of a förhandsbedömning (message ForhandsbedomningForlangd). Exactly one effect; the others a
 * clean 4xx, never a 5xx (an OptimisticLockingException leaking out).
 */
class SamtidigKorrelationTest extends KlusterTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    @Test
    void eightThreadsExtendTheSameForhandsbedomningOnce() throws Exception {
        Resultat resultat =
                new Resultat("korrelation", "8 threads correlate the same message for one case, over both nodes");
        int omgangar = Integer.getInteger("tillit.kluster.korrelation-omgangar", 10);
        Map<Integer, Integer> statusar = new TreeMap<>();
        int effekterTvaGanger = 0;
        int utanEffekt = 0;
        String exempel = null;
        for (Kluster.Nod nod : kluster.noder()) {
            // the chef's session on each node before the first round, so that its 8 requests leave at once
            nod.loggaIn("chef.bou");
        }
        for (int omgang = 0; omgang < omgangar; omgang++) {
            String[] fall = barnanmalanVidBeslutOmUtredning(omgang);
            String aktualiseringId = fall[0];
            String instans = fall[1];
            LocalDate frist = LocalDate.parse(variabel(instans, "forhandsbedomningFrist"));
            String beslut = "{\"beslutsdatum\":\"" + LocalDate.now(se.tillit.drift.Svensktid.ZON)
                    + "\",\"skal\":\"Barnet kan inte höras förrän efter sjukhusvistelsen\",\"nyFrist\":\""
                    + frist.plusDays(7) + "\"}";
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<HttpResponse<String>>> svar = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Kluster.Nod nod = kluster.nod(t % 2);
                svar.add(pool.submit(() -> {
                    start.await();
                    return nod.post(
                            "chef.bou",
                            "/api/aktualiseringar/" + aktualiseringId + "/forhandsbedomning/forlangningar",
                            beslut);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> s : svar) {
                HttpResponse<String> r = s.get(60, TimeUnit.SECONDS);
                statusar.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() >= 500 && exempel == null) {
                    exempel = r.statusCode() + " " + r.body();
                }
            }
            pool.shutdown();
            long rader = kluster.jdbc()
                    .sql(
                            "select count(*) from forhandsbedomning_forlangning where aktualisering_id = cast(:id as uuid)")
                    .param("id", aktualiseringId)
                    .query(Long.class)
                    .single();
            long korrelerade = kluster.jdbc()
                    .sql(
                            "select count(*) from act_hi_actinst where proc_inst_id_ = :pi and act_id_ = 'Event_ForhandsbedomningForlangd'")
                    .param("pi", instans)
                    .query(Long.class)
                    .single();
            if (rader > 1 || korrelerade > 1) {
                effekterTvaGanger++;
            }
            if (rader == 0
                    || korrelerade == 0
                    || !variabel(instans, "forhandsbedomningFrist")
                            .equals(frist.plusDays(7).toString())) {
                utanEffekt++;
            }
        }
        resultat.rad("rounds (a new case each, 8 identical requests at once, 4 per node)", omgangar);
        resultat.rad("answers by status", statusar);
        resultat.rad("rounds with the effect twice (förlängning rows or correlations > 1)", effekterTvaGanger);
        resultat.rad("rounds without the effect", utanEffekt);
        if (exempel != null) {
            resultat.anteckning("a 5xx answer: " + exempel.substring(0, Math.min(300, exempel.length())));
        }
        resultat.skriv();
        assertThat(effekterTvaGanger).isZero();
        assertThat(utanEffekt).isZero();
        assertThat(statusar.keySet()).allMatch(s -> s < 500);
    }

    /** A barnanmälan whose skyddsbedömning is done: the förhandsbedömning waits at "Besluta om utredning". */
    private String[] barnanmalanVidBeslutOmUtredning(int n) throws Exception {
        LocalDate fodd = LocalDate.of(2015, 1, 1).plusDays(n * 3L);
        String pnr = barnPersonnummer(fodd);
        HttpResponse<String> anmalan = kluster.nod(0).post("handlaggare.bou", "/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Barn","efternamn":"Klustersson","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN",
                 "inkom":"%s","orsakskod":"ORO_FOR_BARN","anmalartyp":"SKOLA","enhet":"BOU"}""".formatted(
                        pnr, se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));
        assertThat(anmalan.statusCode()).as(anmalan.body()).isEqualTo(201);
        String aktualiseringId = json(anmalan.body(), "aktualiseringId");
        String arendenummer = json(anmalan.body(), "arendenummer");
        String skydd = forsta(kluster.nod(0)
                .get(
                        Kluster.TJANSTEKONTO,
                        "/engine-rest/task?processInstanceBusinessKey=" + arendenummer
                                + "&taskDefinitionKey=Task_OmedelbarSkyddsbedomning")
                .body());
        HttpResponse<String> klar =
                kluster.nod(0).post(Kluster.TJANSTEKONTO, "/engine-rest/task/" + skydd + "/complete", "{}");
        assertThat(klar.statusCode()).as(klar.body()).isEqualTo(204);
        String instans = forsta(kluster.nod(0)
                .get(
                        Kluster.TJANSTEKONTO,
                        "/engine-rest/process-instance?businessKey=" + arendenummer
                                + "&processDefinitionKey=forhandsbedomning")
                .body());
        return new String[] {aktualiseringId, instans};
    }

    private String variabel(String instans, String namn) throws Exception {
        return json(
                kluster.nod(0)
                        .get(Kluster.TJANSTEKONTO, "/engine-rest/process-instance/" + instans + "/variables/" + namn)
                        .body(),
                "value");
    }

    private static String forsta(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new AssertionError("no id in " + json);
        }
        return m.group(1);
    }

    private static String json(String json, String falt) {
        Matcher m = Pattern.compile("\"" + falt + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new AssertionError(falt + " not in " + json);
        }
        return m.group(1);
    }

    /** A child's synthetic personnummer (serial 98x) with its check digit. */
    static String barnPersonnummer(LocalDate fodd) {
        String utanKontroll =
                fodd.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE).substring(2) + "983";
        int summa = 0;
        for (int i = 0; i < utanKontroll.length(); i++) {
            int siffra = (utanKontroll.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra / 10 + siffra % 10;
        }
        return fodd.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-983" + (10 - summa % 10) % 10;
    }
}
