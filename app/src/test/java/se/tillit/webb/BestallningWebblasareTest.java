package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.DemoKonton;
import se.tillit.GynnandeLssBeslut;
import se.tillit.GynnandeLssBeslut.Insats;
import se.tillit.motor.Verkstallighetsprocessen;

/**
 * Issue 17 in a real browser: the handläggare's favourable decisions (set up through the API) are orders to Solrosen;
 * the provider logs in, finds the housing order in the list, accepts it, books a place, is refused a start without a
 * date, reports the start, and says why the other order cannot start yet; the handläggare sees the start and the
 * provider's reason on the case page. The provider's steps only in the browser; axe-core on every page.
 */
class BestallningWebblasareTest extends Webblasartestbas {

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Test
    void theProviderAcceptsBooksAPlaceAndReportsTheStartAndTheHandlaggareSeesIt() throws IOException {
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        GynnandeLssBeslut.Fall fall = tvaGynnandeBeslut(idag.minusDays(14));
        String personnummer = fall.personnummer();
        String arendenummer = fall.arendenummer();

        // the provider: from the start page to the orders, the housing order, accept, book, start
        w.loggaIn(DemoKonton.UTFORARE);
        w.kontrollera("utforare-start");
        w.driver().findElement(By.linkText("Beställningar")).click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/bestallningar"));
        w.kontrollera("bestallningar");
        w.driver()
                .findElement(By.xpath(
                        "//tr[contains(., '" + personnummer + "') and contains(., 'Bostad med särskild service')]"
                                + "//a[contains(@href, '/bestallningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/bestallningar/[0-9a-f-]{36}$"));
        w.vantaPa("Acceptera beställningen");
        assertThat(w.text())
                .contains(
                        "Vera Webbsson",
                        personnummer,
                        arendenummer,
                        "Leo Lind (demo)",
                        "handlaggare.lss@demo.tillit.invalid")
                .doesNotContain("Behovet av en egen lägenhet är styrkt");
        w.kontrollera("bestallning-ny");
        w.klickaOchVanta("Acceptera beställningen");
        w.vantaPa("Beställningen är accepterad.");
        w.sattVarde("plats-datum", idag.minusDays(7).toString());
        w.klickaOchVanta("Spara bokad plats");
        w.vantaPa("Den bokade platsen är sparad.");
        visa("rubrik-lage");
        w.kontrollera("bestallning-accepterad");
        w.klickaOchVanta("Rapportera start");
        w.vantaPa("Ange ett datum.");
        visa("rubrik-start");
        w.kontrollera("bestallning-fel");
        w.sattVarde("start-verkstalld", idag.minusDays(1).toString());
        w.klickaOchVanta("Rapportera start");
        w.vantaPa("Starten är rapporterad.");
        assertThat(w.text()).contains("Pågår", "Registrera avbrott");
        visa("rubrik-lage");
        w.kontrollera("bestallning-startad");

        // the other order cannot start yet: the provider says why
        w.oppna("/bestallningar?status=NY", "bestallningar-nya");
        w.driver()
                .findElement(By.xpath("//tr[contains(., '" + personnummer + "') and contains(., 'Korttidsvistelse')]"
                        + "//a[contains(@href, '/bestallningar/')]"))
                .click();
        w.vantaPa("Kan inte starta än");
        w.valj("hinder-orsak", "BRIST_PA_PERSONAL");
        w.skriv("hinder-orsakText", "Två tjänster vakanta till mars");
        w.klickaOchVanta("Spara orsaken");
        w.vantaPa("Orsaken är sparad och visas för handläggaren.");
        visa("rubrik-lage");
        w.kontrollera("bestallning-hinder");
        w.loggaUt();

        // the handläggare finds the case and sees the start and the provider's reason
        w.loggaIn("handlaggare.lss");
        String arendeId = w.arendeId(arendenummer);
        w.driver().get(w.adress("/arenden/" + arendeId));
        visa("rubrik-beslut");
        w.kontrollera("arende-bestallningar");
        assertThat(w.text())
                .contains(
                        "Verkställt " + idag.minusDays(1) + " (Solrosens omsorg (utförare))",
                        "Utföraren kan inte starta: Brist på personal: Två tjänster vakanta till mars");
    }

    /**
     * Issue 17's scenarios (2) and (3): the housing order is started, interrupted and resumed in the browser; the other
     * order cannot start, the provider says why, three months pass (the decision's timer, due then, runs now), and the
     * ej-verkställt record the handläggare opens from the case page carries the provider's reason, marked as the
     * provider's (R22, R23, C36).
     */
    @Test
    void anAvbrottIsResumedAndAnOrderThatCannotStartBecomesEjVerkstalltWithTheProvidersReason() throws IOException {
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        GynnandeLssBeslut.Fall fall = tvaGynnandeBeslut(idag.minusDays(20));
        String personnummer = fall.personnummer();
        String arendenummer = fall.arendenummer();

        w.loggaIn(DemoKonton.UTFORARE);
        w.oppna("/bestallningar?status=NY", "bestallningar-nya-tva");
        oppnaOrdern(personnummer, "Bostad med särskild service");
        w.sattVarde("start-verkstalld", idag.minusDays(15).toString());
        w.klickaOchVanta("Rapportera start");
        w.vantaPa("Starten är rapporterad.");
        w.sattVarde("avbrott-fran", idag.minusDays(6).toString());
        w.skriv("avbrott-orsak", "Sjukhusvistelse");
        w.klickaOchVanta("Registrera avbrott");
        w.vantaPa("Avbrottet är registrerat.");
        assertThat(w.text()).contains("Avbruten", "Från " + idag.minusDays(6) + ", pågår");
        visa("rubrik-lage");
        w.kontrollera("bestallning-avbruten");
        w.sattVarde("aterupptagande-datum", idag.minusDays(2).toString());
        w.klickaOchVanta("Registrera återupptagande");
        w.vantaPa("Återupptagandet är registrerat.");
        assertThat(w.text()).contains("Pågår", "Från " + idag.minusDays(6) + " till " + idag.minusDays(2));
        visa("rubrik-lage");
        w.kontrollera("bestallning-aterupptagen");

        w.oppna("/bestallningar?status=NY", "bestallningar-nya-en");
        oppnaOrdern(personnummer, "Korttidsvistelse");
        w.valj("hinder-orsak", "BRIST_PA_PLATS");
        w.skriv("hinder-orsakText", "Inga lediga helger förrän i vår");
        w.klickaOchVanta("Spara orsaken");
        w.vantaPa("Orsaken är sparad och visas för handläggaren.");

        // three months after the decision: the engine's timer, due then, runs now
        List<String> tidtagare = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Verkstallighetsprocessen.PROCESS)
                .processInstanceBusinessKey(arendenummer)
                .list()
                .stream()
                .flatMap(instans -> managementService
                        .createJobQuery()
                        .processInstanceId(instans.getId())
                        .activityId(Verkstallighetsprocessen.TIMER_EJ_VERKSTALLT)
                        .list()
                        .stream())
                .map(jobb -> jobb.getId())
                .toList();
        assertThat(tidtagare)
                .as("only the order that has not started waits for its three months")
                .hasSize(1);
        managementService.executeJob(tidtagare.get(0));

        w.oppna("/bestallningar?status=NY", "bestallningar-ej-verkstallt");
        assertThat(w.text()).contains("Kan inte starta: Brist på plats", "Ej verkställt sedan " + idag);
        w.loggaUt();

        w.loggaIn("handlaggare.lss");
        w.driver().get(w.adress("/arenden/" + w.arendeId(arendenummer)));
        w.vantaPa("Ej verkställda beslut");
        assertThat(w.text())
                .as("resumed: no longer interrupted")
                .contains("Verkställt " + idag.minusDays(15))
                .doesNotContain("Avbrutet sedan");
        w.driver()
                .findElement(By.xpath(
                        "//section[@aria-labelledby='rubrik-ej-verkstallt']//a[contains(@href, '/ej-verkstallt/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/beslut/[0-9a-f-]{36}/ej-verkstallt/[0-9a-f-]{36}$"));
        w.vantaPa("(utförarens orsak)");
        assertThat(w.text()).contains("Brist på plats", "Inga lediga helger förrän i vår");
        w.kontrollera("ej-verkstallt-utforarens-orsak");
    }

    private void oppnaOrdern(String personnummer, String insats) {
        w.driver()
                .findElement(By.xpath("//tr[contains(., '" + personnummer + "') and contains(., '" + insats + "')]"
                        + "//a[contains(@href, '/bestallningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/bestallningar/[0-9a-f-]{36}$"));
    }

    /** Scrolls the section with the heading {@code id} to the top of the window, for the screenshot. */
    private void visa(String id) {
        ((JavascriptExecutor) w.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /**
     * An LSS case for a new synthetic person with two favourable decisions delivered on the same day, both ordered from
     * Solrosen: bostad med särskild service and korttidsvistelse (through the handläggare's API, {@link GynnandeLssBeslut}).
     */
    private GynnandeLssBeslut.Fall tvaGynnandeBeslut(LocalDate datum) {
        return new GynnandeLssBeslut(port, jdbc, taskService)
                .person("Vera", "Webbsson")
                .insats(Insats.BOSTAD, Insats.KORTTIDSVISTELSE.med("Två helger i månaden", 3))
                .motivering("Behovet av en egen lägenhet är styrkt")
                .delgivet(datum);
    }
}
