package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.GynnandeLssBeslut;
import se.tillit.GynnandeLssBeslut.Insats;
import se.tillit.HttpSession;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utredningsprocessen;

/**
 * Issue 17, the handläggare after the decision, in a real browser (the case and its decision set up through the API as
 * BestallningWebblasareTest does; every step of the journeys in the browser, no API call, no SQL): (a) the yearly
 * follow-up reached from the case page and completed; (b) the avslut of an insats on the decision's page, then the
 * provider sees the order ended with its reason; (c) an LSS decision with the information on the individuell plan
 * (R21), the person's request registered, the plan drawn up (LSS 10 §). axe-core on every page checked.
 */
class EfterBeslutetWebblasareTest extends Webblasartestbas {

    @Autowired
    TaskService taskService;

    @Test
    void theYearlyFollowUpIsReachedFromTheCasePageAndCompleted() throws IOException { // R15, T02
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        String arendenummer = verkstalltBeslut("Ylva", GynnandeLssBeslut.nyttPersonnummer(), idag.minusDays(20));
        w.loggaIn("handlaggare.lss");
        w.driver().get(w.adress("/arenden/" + w.arendeId(arendenummer)));
        visa("rubrik-efter-beslutet");
        w.kontrollera("efter-beslutet-arende");
        w.driver()
                .findElement(
                        By.xpath("//section[.//h2[@id='rubrik-efter-beslutet']]//a[contains(@href, '/uppgifter/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/uppgifter/[^/?]+$"));
        w.klickaOchVanta("Ta uppgiften");
        w.vantaPa("Resultat av uppföljningen");
        w.kryssa("resultat-0");
        w.skriv("anteckning", "Ylva trivs på korttidsvistelsen; insatsen fortsätter oförändrad.");
        w.kontrollera("uppfoljning-uppgift");
        w.klickaOchVanta("Slutför uppgiften");
        w.vantaPa("Uppgiften är slutförd.");
        w.driver().get(w.adress("/arenden/" + w.arendeId(arendenummer)));
        assertThat(w.text()).contains("Uppföljd " + idag + ": FORTSATT", "Planerad " + idag.plusYears(1));
    }

    @Test
    void anInsatsEndedOnTheDecisionPageEndsTheProvidersOrderWithItsReason() throws IOException {
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        String personnummer = GynnandeLssBeslut.nyttPersonnummer();
        String arendenummer = verkstalltBeslut("Bo", personnummer, idag.minusDays(20));
        w.loggaIn("handlaggare.lss");
        w.driver().get(w.adress("/arenden/" + w.arendeId(arendenummer)));
        w.driver().findElement(By.linkText("Avsluta insatsen")).click();
        w.vantaPa("Avslut av insatsen");
        w.klickaOchVanta("Avsluta insatsen");
        w.vantaPa("Inget sparades");
        visa("rubrik-avslut");
        w.kontrollera("insatsavslut-fel");
        w.valj("insatsslut", "FLYTTAT");
        w.sattVarde("avslutsdatum", idag.toString());
        w.klickaOchVanta("Avsluta insatsen");
        w.vantaPa("Insatsen är avslutad.");
        visa("rubrik-avslut");
        w.kontrollera("insatsavslut");
        assertThat(w.text()).contains(idag + ": personen har flyttat");
        w.loggaUt();

        w.loggaIn(DemoKonton.UTFORARE);
        w.oppna("/bestallningar?status=AVSLUTAD", "bestallningar-avslutade");
        w.driver()
                .findElement(
                        By.xpath("//tr[contains(., '" + personnummer + "')]//a[contains(@href, '/bestallningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/bestallningar/[0-9a-f-]{36}$"));
        w.vantaPa("insatsen avslutades av handläggaren");
        visa("rubrik-lage");
        w.kontrollera("bestallning-avslutad");
        assertThat(w.text())
                .contains(idag + ": insatsen avslutades av handläggaren (personen har flyttat)")
                .doesNotContain("Registrera avbrott")
                .doesNotContain("Rapportera start")
                .doesNotContain("Spara orsaken");
    }

    @Test
    void anLssGrantRecordsThePlanInformationAndTheRequestedPlanIsDrawnUp() throws IOException { // R21, LSS 10 §
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        String arendenummer = tillBeslut("Ivar");
        w.loggaIn("handlaggare.lss");
        w.driver().get(w.adress("/arenden/" + w.arendeId(arendenummer) + "/beslut/nytt"));
        w.vantaPa("Fatta beslut");
        w.valj("beslut[0].insatstyp", "LSS_KORTTIDSVISTELSE");
        w.klickaOchVanta("Visa lagrum för vald insats");
        w.kryssa("beslut[0].utfall-BIFALL");
        w.sattVarde("beslut[0].giltigFrom", idag.toString());
        w.skriv("beslut[0].omfattning", "Fyra dygn per månad");
        w.skriv("beslut[0].motivering", "Ivar behöver miljöombyte och hans föräldrar avlösning.");
        w.valj("beslut[0].utforare", "UTF-SOLROSEN");
        w.valj("beslut[0].utforartyp", "EGEN_REGI");
        w.sattVarde("beslut[0].onskadStart", idag.toString());
        w.klickaOchVanta("Fatta beslut");
        w.vantaPa("Ange hur personen informerades om rätten till individuell plan (10 § LSS)");
        w.kontrollera("beslut-individuell-plan-fel");
        w.valj("beslut[0].individuellPlan", "MUNTLIGT_OCH_SKRIFTLIGT");
        w.klickaOchVanta("Fatta beslut");
        w.vantaPa("Beslutet är fattat och beslutsbrevet skrivet.");
        // the letter tells the person in writing of the right to a plan (R21)
        String brev = w.driver()
                .findElement(By.xpath("//a[contains(@href, '/beslutsbrev/')]"))
                .getAttribute("href");
        try {
            assertThat(w.pdfText(brev)).contains("Individuell plan", "10 § LSS");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        // the person asks for a plan: registered from the case page
        visa("rubrik-efter-beslutet");
        w.kontrollera("efter-beslutet-plan");
        w.klickaOchVanta("Registrera begäran");
        w.vantaPa("Begäran är registrerad.");
        assertThat(w.text()).contains("Muntligt och skriftligt");

        // the plan's task, from the case page, done on the decision's page
        String arendeId = w.arendeId(arendenummer);
        w.driver().get(w.adress("/arenden/" + arendeId));
        w.driver()
                .findElement(By.xpath(
                        "//section[.//h2[@id='rubrik-efter-beslutet']]//a[contains(., 'Individuell plan: upprätta')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/uppgifter/[^/?]+$"));
        w.kontrollera("individuell-plan-uppgift");
        w.driver()
                .findElement(By.xpath("//main//a[contains(@href, '/beslut/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/beslut/[0-9a-f-]+$"));
        w.sattVarde("upprattad", idag.toString());
        w.klickaOchVanta("Registrera att planen upprättats");
        w.vantaPa("Planen är registrerad som upprättad.");
        visa("rubrik-individuell-plan");
        w.kontrollera("individuell-plan");
        assertThat(w.text())
                .contains("Nästa omprövning senast", idag.plusYears(1).toString());
        w.driver().get(w.adress("/arenden/" + arendeId));
        assertThat(w.text()).contains("Individuell plan: ompröva");
    }

    /** Scrolls the section with the heading {@code id} to the top of the window, for the screenshot. */
    private void visa(String id) {
        ((JavascriptExecutor) w.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** An LSS case for a new synthetic person, its investigation done: it waits for "Fatta beslut". */
    private String tillBeslut(String fornamn) {
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> ansokan = leo.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"%s","efternamn":"Efterbeslutsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        GynnandeLssBeslut.nyttPersonnummer(),
                        fornamn,
                        OffsetDateTime.now().minusMonths(2).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        Ansokan.slutfor(
                taskService,
                arendenummer,
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan"));
        Ansokan.slutfor(taskService, arendenummer, Utredningsprocessen.TASK_UTREDA, Map.of());
        return arendenummer;
    }

    /**
     * A favourable LSS decision on korttidsvistelse, ordered from Solrosen, delivered on the day and started two days
     * later (through the handläggare's API, {@link GynnandeLssBeslut}).
     */
    private String verkstalltBeslut(String fornamn, String personnummer, LocalDate datum) {
        return new GynnandeLssBeslut(port, jdbc, taskService)
                .person(fornamn, "Efterbeslutsson")
                .personnummer(personnummer)
                .insats(Insats.KORTTIDSVISTELSE.med("Fyra dygn per månad", 2))
                .individuellPlan("MUNTLIGT")
                .verkstalld(datum.plusDays(2))
                .delgivet(datum)
                .arendenummer();
    }
}
