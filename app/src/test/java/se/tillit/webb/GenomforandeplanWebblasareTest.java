package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.DemoKonton;
import se.tillit.GynnandeLssBeslut;
import se.tillit.GynnandeLssBeslut.Insats;

/**
 * Issue 17, the genomförandeplan (R18) in a real browser: a favourable decision ordered from Solrosen (set up through the
 * handläggare's API); the provider logs in, opens the order, reports the start, opens the plan, is refused a plan where
 * the person declined without a documented alternative (the text written is kept), writes it with the person's
 * participation and sets it; the handläggare opens the case page and reads the plan. No API call and no SQL in the
 * journey; axe-core on every page.
 */
class GenomforandeplanWebblasareTest extends Webblasartestbas {

    static final String GENOMFORANDE = "Daglig verksamhet på Verkstan måndag till torsdag. Mål: arbeta i caféet. "
            + "Handledare Sara ansvarar; uppföljning med personen varje kvartal.";

    @Autowired
    TaskService taskService;

    @Test
    void theProviderWritesThePlanWithThePersonAndTheHandlaggareReadsItOnTheCasePage() throws IOException {
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        GynnandeLssBeslut.Fall fall = new GynnandeLssBeslut(port, jdbc, taskService)
                .person("Dag", "Plansson")
                .insats(Insats.DAGLIG_VERKSAMHET)
                .delgivet(idag.minusDays(14));
        String personnummer = fall.personnummer();
        String arendenummer = fall.arendenummer();

        w.loggaIn(DemoKonton.UTFORARE);
        w.driver().findElement(By.linkText("Beställningar")).click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/bestallningar"));
        w.driver()
                .findElement(By.xpath("//tr[contains(., '" + personnummer + "') and contains(., 'Daglig verksamhet')]"
                        + "//a[contains(@href, '/bestallningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/bestallningar/[0-9a-f-]{36}$"));
        w.sattVarde("start-verkstalld", idag.minusDays(2).toString());
        w.klickaOchVanta("Rapportera start");
        w.vantaPa("Starten är rapporterad.");
        visa("rubrik-genomforandeplan");
        w.kontrollera("bestallning-genomforandeplan");

        w.driver()
                .findElement(By.linkText("Skriv eller läs genomförandeplanen"))
                .click();
        w.vantaPa("Ingen genomförandeplan är fastställd ännu.");
        w.kontrollera("genomforandeplan-ny");
        w.skriv("plan-genomforande", GENOMFORANDE);
        w.kryssa("plan-deltog-NEJ_AVBOJDE");
        w.sattVarde("plan-faststalld", idag.toString());
        w.sattVarde("plan-foljsUpp", idag.plusMonths(6).toString());
        w.klickaOchVanta("Fastställ planen");
        w.vantaPa("Personen har avböjt: dokumentera alternativet innan planen fastställs.");
        assertThat(w.driver().findElement(By.id("plan-genomforande")).getAttribute("value"))
                .as("nothing lost")
                .isEqualTo(GENOMFORANDE);
        w.kontrollera("genomforandeplan-fel");

        w.kryssa("plan-deltog-JA");
        w.kryssa("plan-hur-SAMTAL");
        w.kryssa("plan-hur-MOTE");
        w.klickaOchVanta("Fastställ planen");
        w.vantaPa("Genomförandeplanen är fastställd.");
        assertThat(w.driver().findElement(By.tagName("main")).getText())
                .contains("Samtal, Möte", "Version 1", "Revidera planen");
        visa("rubrik-galler");
        w.kontrollera("genomforandeplan");
        w.loggaUt();

        w.loggaIn("handlaggare.lss");
        String arendeId = w.arendeId(arendenummer);
        w.driver().get(w.adress("/arenden/" + arendeId));
        w.vantaPa("Genomförandeplaner");
        visa("rubrik-genomforandeplaner");
        w.kontrollera("arende-genomforandeplan");
        assertThat(w.driver().findElement(By.tagName("main")).getText())
                .contains(
                        "Genomförandeplan: Daglig verksamhet (LSS)",
                        "Daglig verksamhet på Verkstan",
                        "Samtal, Möte",
                        "Ja");
    }

    /** Scrolls the section with the heading {@code id} to the top of the window, for the screenshot. */
    private void visa(String id) {
        ((JavascriptExecutor) w.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
