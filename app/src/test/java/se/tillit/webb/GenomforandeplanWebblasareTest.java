package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;

/**
 * Issue 17, the genomförandeplan (R18) in a real browser: a favourable decision ordered from Solrosen (set up through the
 * handläggare's API); the provider logs in, opens the order, reports the start, opens the plan, is refused a plan where
 * the person declined without a documented alternative (the text written is kept), writes it with the person's
 * participation and sets it; the handläggare opens the case page and reads the plan. No API call and no SQL in the
 * journey; axe-core on every page.
 */
@TillitSpringTest
class GenomforandeplanWebblasareTest {

    static final String GENOMFORANDE = "Daglig verksamhet på Verkstan måndag till torsdag. Mål: arbeta i caféet. "
            + "Handledare Sara ansvarar; uppföljning med personen varje kvartal.";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    private Webblasare w;

    @AfterEach
    void stangWebblasaren() {
        if (w != null) {
            w.stang();
        }
    }

    @Test
    void theProviderWritesThePlanWithThePersonAndTheHandlaggareReadsItOnTheCasePage() throws IOException {
        LocalDate idag = LocalDate.now();
        String personnummer = personnummer();
        String arendenummer = gynnandeBeslut(personnummer, idag.minusDays(14));
        w = Webblasare.starta();
        w.port(port);

        w.loggaIn(DemoKonton.UTFORARE);
        w.driver().findElement(By.linkText("Beställningar")).click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/bestallningar"));
        w.driver().findElement(By.xpath("//tr[contains(., '" + personnummer + "') and contains(., 'Daglig verksamhet')]"
                + "//a[contains(@href, '/bestallningar/')]")).click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/bestallningar/[0-9a-f-]{36}$"));
        w.sattVarde("start-verkstalld", idag.minusDays(2).toString());
        w.klickaOchVanta("Rapportera start");
        w.vantaPa("Starten är rapporterad.");
        visa("rubrik-genomforandeplan");
        w.kontrollera("bestallning-genomforandeplan");

        w.driver().findElement(By.linkText("Skriv eller läs genomförandeplanen")).click();
        w.vantaPa("Ingen genomförandeplan är fastställd ännu.");
        w.kontrollera("genomforandeplan-ny");
        w.skriv("plan-genomforande", GENOMFORANDE);
        w.kryssa("plan-deltog-NEJ_AVBOJDE");
        w.sattVarde("plan-faststalld", idag.toString());
        w.sattVarde("plan-foljsUpp", idag.plusMonths(6).toString());
        w.klickaOchVanta("Fastställ planen");
        w.vantaPa("Personen har avböjt: dokumentera alternativet innan planen fastställs.");
        assertThat(w.driver().findElement(By.id("plan-genomforande")).getAttribute("value")).as("nothing lost")
                .isEqualTo(GENOMFORANDE);
        w.kontrollera("genomforandeplan-fel");

        w.kryssa("plan-deltog-JA");
        w.kryssa("plan-hur-SAMTAL");
        w.kryssa("plan-hur-MOTE");
        w.klickaOchVanta("Fastställ planen");
        w.vantaPa("Genomförandeplanen är fastställd.");
        assertThat(w.driver().findElement(By.tagName("main")).getText()).contains("Samtal, Möte", "Version 1", "Revidera planen");
        visa("rubrik-galler");
        w.kontrollera("genomforandeplan");
        w.loggaUt();

        w.loggaIn("handlaggare.lss");
        String arendeId = w.arendeId(arendenummer);
        w.driver().get(w.adress("/arenden/" + arendeId));
        w.vantaPa("Genomförandeplaner");
        visa("rubrik-genomforandeplaner");
        w.kontrollera("arende-genomforandeplan");
        assertThat(w.driver().findElement(By.tagName("main")).getText()).contains("Genomförandeplan: Daglig verksamhet (LSS)",
                "Daglig verksamhet på Verkstan", "Samtal, Möte", "Ja");
    }

    /** Scrolls the section with the heading {@code id} to the top of the window, for the screenshot. */
    private void visa(String id) {
        ((JavascriptExecutor) w.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** An LSS case for a new synthetic person with a favourable decision on daglig verksamhet, ordered from Solrosen. */
    private String gynnandeBeslut(String personnummer, LocalDate datum) {
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> ansokan = leo.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Dag","efternamn":"Plansson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}"""
                .formatted(personnummer, OffsetDateTime.now().minusMonths(2).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey("Task_BedomAktualisering").singleResult().getId(),
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan om daglig verksamhet"));
        HttpResponse<String> beslut = leo.post("/api/arenden/" + arendeId + "/beslut", """
                {"insatstyp":"LSS_DAGLIG_VERKSAMHET","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 10"},
                 "omfattning":"HELTID","niva":2,"giltigFrom":"%1$s","motivering":"Behovet är styrkt",
                 "overklagandehanvisning":true,"delegationspunkt":"LSS-3.1","beslutsdatum":"%1$s",
                 "utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%1$s","individuellPlan":"MUNTLIGT"}""".formatted(datum));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        assertThat(leo.post("/api/beslut/" + HttpSession.json(beslut.body(), "id") + "/delgivning",
                "{\"delgivningsdatum\":\"" + datum + "\"}").statusCode()).isEqualTo(200);
        return arendenummer;
    }

    /** A synthetic personnummer of Skatteverket's test series (980–999), born 1940–1999, new for most calls. */
    private static String personnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        return Testpersoner.medKontrollsiffra(String.format("19%02d%02d%02d-%03d", slump.nextInt(40, 100),
                slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20)));
    }
}
