package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Barnprocesserna;
import se.tillit.motor.Utredningsprocessen;

/**
 * Issue 17, children, in a real browser (issue text: "a child's follow-up after an ended investigation escalating to the
 * chef when six months pass"). Set up as the other browser tests set up their cases (the handläggare's API and the
 * engine for the steps before): a child's investigation that ended six months and two days ago, in the engine's time
 * (ClockUtil moved back while it ends, the way the process tests move time). The journey itself only in the browser,
 * no API call and no SQL: the handläggare closes the case because the investigation ended without insats, the
 * follow-up appears on the case's children page with its deadline (23 kap. 1–5 §§, C1 item 12), its six months have
 * passed, the escalation timer runs (the job executor, or here the engine's job as EjVerkstalltApiTest runs its
 * timers), and the chef sees it escalated on /forsenat. A second walk decides a placement on the decision form and
 * ends it on the decision's page. axe-core on every page.
 */
class BarnWebblasareTest extends Webblasartestbas {

    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void aChildsFollowUpAfterAnEndedInvestigationEscalatesToTheChefWhenSixMonthsPass() throws Exception {
        LocalDate utredningAvslutad = LocalDate.now(SVENSK_TID).minusMonths(6).minusDays(2);
        String arendenummer = barnutredningAvslutad("Ebba", "Eskaleringsson", utredningAvslutad);

        // the handläggare closes the case: the investigation ended without insats
        w.loggaIn(DemoKonton.HANDLAGGARE);
        String arendeId = w.arendeId(arendenummer);
        w.oppna("/arenden/" + arendeId, "barn-arende");
        w.driver().findElement(By.linkText("Avsluta ärendet")).click();
        w.vantaPa("Utredningen avslutad utan insats att verkställa");
        w.kryssa("orsak-UTREDNING_AVSLUTAD_UTAN_INSATS");
        w.klickaOchVanta("Avsluta ärendet");

        // the follow-up appears on the case's children page, due six months after the investigation ended
        w.oppna("/arenden/" + arendeId, "barn-arende-avslutat");
        w.driver().findElement(By.linkText("Barn: placering och uppföljning")).click();
        w.vantaPa("Efter avslutad utredning");
        assertThat(w.text())
                .contains(
                        "Startade " + utredningAvslutad + ", ska vara avslutad senast "
                                + utredningAvslutad.plusMonths(6),
                        "Avsluta uppföljningen");
        visa("rubrik-uppfoljningar");
        w.kontrollera("barn-uppfoljning");
        w.klickaOchVanta("Avsluta uppföljningen");
        w.vantaPa("Ange ett datum.");
        visa("rubrik-uppfoljningar");
        w.kontrollera("barn-uppfoljning-fel");
        w.loggaUt();

        // six months have passed: the escalation timer is due
        eskaleringenHarGattTillChefen(arendenummer);

        // the chef sees it on the overdue view, and the case in its list
        w.loggaIn(DemoKonton.CHEF);
        w.driver().get(w.adress("/forsenat"));
        org.openqa.selenium.WebElement rad =
                w.driver().findElement(By.xpath("//tr[th[text()='Uppföljningar av barn (sex månader)']]"));
        ((JavascriptExecutor) w.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", rad);
        w.kontrollera("barn-forsenat");
        String forsenade = w.driver()
                .findElement(By.xpath("//tr[th[text()='Uppföljningar av barn (sex månader)']]/td[1]/a"))
                .getText();
        assertThat(Integer.parseInt(forsenade)).isPositive();
        w.driver()
                .findElement(By.xpath("//tr[th[text()='Uppföljningar av barn (sex månader)']]/td[1]/a"))
                .click();
        w.vantaPa(arendenummer);
        w.kontrollera("barn-forsenat-lista");
        assertThat(w.text()).contains("Följ upp barnets situation");
        w.oppna(
                "/uppgifter?vy=enhetens&uppgiftstyp=" + Barnprocesserna.TASK_BARNUPPFOLJNING_FORSENAD,
                "barn-eskalering");
        assertThat(w.text()).contains(arendenummer, "Uppföljningen av barnet är försenad");
    }

    @Test
    void aChefDecidesAPlacementOnTheDecisionFormAndTheHandlaggareEndsItOnTheDecisionsPage() throws IOException {
        String arendenummer = barnutredningAvslutad("Per", "Placeringsson", LocalDate.now(SVENSK_TID));
        LocalDate idag = LocalDate.now(SVENSK_TID);

        // the chef decides (a placement is the utskott's: the chef records its protocol)
        w.loggaIn(DemoKonton.CHEF);
        String arendeId = w.arendeId(arendenummer);
        w.driver().get(w.adress("/arenden/" + arendeId + "/beslut/nytt"));
        w.valj("beslut[0].insatstyp", "SOL_PLACERING_BARN");
        w.kryssa("beslut[0].utfall-BIFALL");
        w.klickaOchVanta("Visa lagrum");
        w.vantaPa("Vid bifall: placeringen");
        w.vantaPa("utskottets protokoll");
        w.valj("beslut[0].placeringsform", "FAMILJEHEM");
        w.skriv("beslut[0].plats", "Familjehemmet Ek i Tillby");
        w.sattVarde("beslut[0].placeradFran", idag.toString());
        w.sattVarde("beslut[0].giltigFrom", idag.toString());
        w.skriv("beslut[0].motivering", "Per behöver vård i ett familjehem.");
        w.valj("beslut[0].utforare", "UTF-SOLROSEN");
        w.valj("beslut[0].utforartyp", "EXTERN");
        w.sattVarde("beslut[0].onskadStart", idag.toString());
        visa("beslut[0].placering");
        w.kontrollera("barn-beslut-placering");
        w.skriv("utskottsprotokoll", "SU " + idag + " § 12");
        w.klickaOchVanta("Fatta beslut");
        w.vantaPa("Beslutet är fattat");
        w.loggaUt();

        // R10: the placement gives the unit the task of offering the parents a support contact within a week; the
        // handläggare finds it in the unit's list and records the offer on the children page
        w.loggaIn(DemoKonton.HANDLAGGARE);
        w.oppna(
                "/uppgifter?vy=enhetens&uppgiftstyp=" + Barnprocesserna.TASK_ERBJUD_FORALDRASTOD,
                "barn-foraldrastod-lista");
        w.driver()
                .findElement(By.xpath("//tr[.//a[text()='" + arendenummer + "']]//a[contains(@href, '/uppgifter/')]"))
                .click();
        w.vantaPa("Erbjud föräldrarna stödkontakt");
        w.kontrollera("barn-foraldrastod-uppgift");
        w.driver().findElement(By.linkText("Öppna sidan där uppgiften görs")).click();
        w.vantaPa("Föräldrarna ska erbjudas en stödkontakt senast " + idag.plusDays(7));
        String fid = w.driver()
                .findElement(By.xpath("//input[@type='date' and contains(@id, 'foraldrastod-')]"))
                .getAttribute("id")
                .replace("-datum", "");
        w.sattVarde(fid + "-datum", idag.toString());
        w.kryssa(fid + "-ERBJUDET_ACCEPTERAT");
        visa("rubrik-" + fid);
        w.kontrollera("barn-foraldrastod");
        w.klickaOchVanta("Registrera erbjudandet");
        w.vantaPa("Erbjudandet om stödkontakt är registrerat.");
        assertThat(w.text()).contains("Erbjuden, föräldrarna tackade ja");
        w.kontrollera("barn-foraldrastod-registrerat");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer)
                        .taskDefinitionKey(Barnprocesserna.TASK_ERBJUD_FORALDRASTOD)
                        .count())
                .isZero();

        // the handläggare finds the decision, sees the placement and ends it: first without a reason
        w.driver().get(w.adress("/arenden/" + arendeId));
        w.driver()
                .findElement(By.xpath("//a[contains(@href, '/beslut/') and contains(., 'Placering av barn')]"))
                .click();
        w.vantaPa("Familjehemmet Ek i Tillby");
        visa("rubrik-placering");
        w.kontrollera("barn-placering");
        w.sattVarde("placering-avslutad", idag.toString());
        w.klickaOchVanta("Avsluta placeringen");
        w.vantaPa("Välj varför placeringen upphörde");
        w.kontrollera("barn-placering-avslut-fel");
        w.valj("placering-orsak", "HEMFLYTT");
        w.klickaOchVanta("Avsluta placeringen");
        w.vantaPa("Placeringen är avslutad.");
        visa("rubrik-placering");
        w.kontrollera("barn-placering-avslutad");
        w.driver().get(w.adress("/arenden/" + arendeId + "/barn"));
        w.vantaPa("Efter avslutad placering");
        w.kontrollera("barn-sida");
    }

    /**
     * A child's ansökan through the handläggare's API, assessed, and its investigation ended on {@code dag} in the
     * engine's time: the case waits for the decision.
     */
    private String barnutredningAvslutad(String fornamn, String efternamn, LocalDate dag) {
        HttpSession hanna = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);
        HttpResponse<String> ansokan = hanna.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"%s","efternamn":"%s","arendetyp":"BARN_OCH_UNGA","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"BOU"}""".formatted(
                        personnummer(),
                        fornamn,
                        efternamn,
                        OffsetDateTime.now().minusMonths(8).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        Ansokan.slutfor(
                taskService,
                arendenummer,
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan"));
        try {
            ClockUtil.setCurrentTime(
                    Date.from(dag.atTime(14, 0).atZone(SVENSK_TID).toInstant()));
            Ansokan.slutfor(taskService, arendenummer, Utredningsprocessen.TASK_UTREDA, Map.of());
        } finally {
            ClockUtil.reset();
        }
        return arendenummer;
    }

    /** The escalation timer is past due: the job executor runs it, or this does (the task is created once either way). */
    private void eskaleringenHarGattTillChefen(String arendenummer) throws InterruptedException {
        for (int forsok = 0;
                forsok < 100
                        && taskService
                                        .createTaskQuery()
                                        .processInstanceBusinessKey(arendenummer)
                                        .taskDefinitionKey(Barnprocesserna.TASK_BARNUPPFOLJNING_FORSENAD)
                                        .count()
                                == 0;
                forsok++) {
            if (forsok % 10 == 0) {
                org.camunda.bpm.engine.runtime.ProcessInstance uppfoljning = runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(arendenummer)
                        .processDefinitionKey(Barnprocesserna.BARNUPPFOLJNING)
                        .singleResult();
                for (Job timer : uppfoljning == null
                        ? java.util.List.<Job>of()
                        : managementService
                                .createJobQuery()
                                .processInstanceId(uppfoljning.getId())
                                .activityId(Barnprocesserna.TIMER_BARNUPPFOLJNING_FORSENAD)
                                .list()) {
                    try {
                        managementService.executeJob(timer.getId());
                    } catch (RuntimeException executorHadIt) {
                        // the job executor ran it at the same time
                    }
                }
            }
            Thread.sleep(100);
        }
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer)
                        .taskDefinitionKey(Barnprocesserna.TASK_BARNUPPFOLJNING_FORSENAD)
                        .taskCandidateGroup("BOU:CHEF")
                        .count())
                .as("the escalation to the chef")
                .isEqualTo(1);
    }

    /** Scrolls the element with the id to the top of the window, for the screenshot. */
    private void visa(String id) {
        ((JavascriptExecutor) w.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** A synthetic child's personnummer of Skatteverket's test series (980–999), born 2010–2019. */
    private static String personnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        return Testpersoner.medKontrollsiffra(String.format(
                "20%02d%02d%02d-%03d",
                slump.nextInt(10, 20), slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20)));
    }
}
