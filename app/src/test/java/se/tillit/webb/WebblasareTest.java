package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utredningsprocessen;

/**
 * The day's work in a real browser (Debian's chromium, headless): a handläggare claims and completes a task
 * through its form after one invalid submit; a chef sees an overdue task; a revisor sees the history. axe-core
 * checks every page for serious or critical WCAG 2.1 A/AA violations. Screenshots go to target/skarmbilder.
 */
class WebblasareTest extends Webblasartestbas {

    @Test
    void aHandlaggareAChefAndARevisorDoTheirWork() throws IOException {
        String arendenummer = nyAnsokan(Testpersoner.ny());
        String arendeId = jdbc.sql("select id from arende where arendenummer = :n")
                .param("n", arendenummer)
                .query(String.class)
                .single();

        // the handläggare: claim, one invalid submit, then complete
        w.loggaIn("handlaggare.lss");
        w.oppna("/uppgifter?vy=enhetens", "uppgifter-enhetens");
        // the task-type filter: htmx replaces the list and the address, the page itself is not reloaded
        ((org.openqa.selenium.JavascriptExecutor) webblasare).executeScript("window.sammaSida = true;");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("uppgiftstyp")))
                .selectByValue(Utredningsprocessen.TASK_UTREDA);
        w.vanta(d -> d.getCurrentUrl().contains("uppgiftstyp=Task_Utreda"));
        w.vanta(d -> !d.findElement(By.id("uppgiftslista")).getText().contains(arendenummer));
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("uppgiftstyp")))
                .selectByValue(Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING);
        w.vanta(d -> d.getCurrentUrl().contains("uppgiftstyp=Task_BedomAktualisering"));
        assertThat(((org.openqa.selenium.JavascriptExecutor) webblasare)
                        .executeScript("return window.sammaSida === true;"))
                .as("filtered in place, not by a page load")
                .isEqualTo(true);
        // the newest assessment (no deadline) is last: the shared test database holds other tests' tasks too
        webblasare.get(
                "http://localhost:" + port + "/uppgifter?vy=enhetens&uppgiftstyp=Task_BedomAktualisering&sida=999");
        w.vanta(d -> d.findElement(By.id("uppgiftslista")).getText().contains(arendenummer));
        webblasare
                .findElement(By.xpath("//tr[.//a[text()='" + arendenummer + "']]//button"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/uppgifter/[^?]+$"));
        w.kontrollera("uppgift");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Slutför')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Rätta felen nedan"));
        assertThat(webblasare.getPageSource()).contains("Fältet måste fyllas i.");
        w.kontrollera("uppgift-fel");
        webblasare.findElement(By.cssSelector("label[for='bedomning-0']")).click();
        webblasare.findElement(By.id("motivering")).sendKeys("Ansökan om bostad med särskild service");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Slutför')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Uppgiften är slutförd."));
        w.oppna("/arenden/" + arendeId, "arende");
        // the investigation's page (issue 14): an empty save refused beside the field, then a draft
        String utredningId = jdbc.sql("select id::text from utredning where arende_id = :a::uuid")
                .param("a", arendeId)
                .query(String.class)
                .single();
        w.oppna("/utredningar/" + utredningId, "utredning");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Spara utkast')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Skriv något innan du sparar."));
        w.kontrollera("utredning-fel");
        webblasare.findElement(By.id("begaran")).sendKeys("Jag vill bo i en egen lägenhet med stöd");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Spara utkast')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Utkastet är sparat som en ny version."));
        w.oppna("/aktualiseringar/ny", "aktualisering-ny");
        // discharge from hospital: the demo profile's stay of the unit, and its page
        w.oppna("/utskrivningar", "utskrivningar");
        webblasare
                .findElement(By.xpath("//table//a[contains(@href, '/utskrivningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/utskrivningar/[0-9a-f-]+$"));
        w.kontrollera("utskrivning");
        // a SIP from the case (R20): the request, the SIP page, a step refused with its errors, the person's no
        w.oppna("/sip/ny?arende=" + arendeId, "sip-ny");
        webblasare.findElement(By.id("regionEnhet")).sendKeys("Vårdcentralen Ekbacken");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Begär SIP')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("SIP:en är begärd"));
        w.kontrollera("sip");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Registrera samtycke')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Inget sparades"));
        w.kontrollera("sip-fel");
        ((org.openqa.selenium.JavascriptExecutor) webblasare)
                .executeScript(
                        "document.getElementById('nejDatum').value = arguments[0];",
                        java.time.LocalDate.now(se.tillit.drift.Svensktid.ZON).toString());
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Registrera att personen inte vill')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Personens nej är registrerat"));
        w.loggaUt();

        // the chef: an overdue investigation
        jdbc.sql(
                        "update uppgift set forfaller = now() - interval '3 days' where arendenummer = :n and uppgiftstyp = 'Task_Utreda'")
                .param("n", arendenummer)
                .update();
        w.loggaIn("chef.lss");
        w.oppna("/forsenat", "forsenat");
        assertThat(webblasare
                        .findElement(By.xpath("//tr[th[text()='Utredningar']]/td[1]/a"))
                        .getText())
                .isNotEqualTo("0");
        w.oppna("/forsenat/lista?enhet=LSS&typ=Task_Utreda&forsenade=true", "forsenat-lista");
        assertThat(webblasare.getPageSource()).contains(arendenummer);
        // the month's cost of the demo profile's 2014 insatser
        w.oppna("/kostnader?manad=2014-06", "kostnader");
        assertThat(webblasare.getPageSource())
                .contains("Solrosens omsorg (utförare)", "Daglig verksamhet (LSS)")
                .doesNotContain("UTF-SOLROSEN")
                .doesNotContain("LSS_DAGLIG_VERKSAMHET");
        // the last quarter's unexecuted decisions of the demo profile (IVO, revisorer, kommunfullmäktige), one on its
        // case
        w.oppna("/ivo", "ivo");
        assertThat(webblasare.getPageSource())
                .contains(
                        "IVO:s individrapport",
                        "2024-960001",
                        "tackade nej",
                        "Närmar sig två år",
                        "Statistik till kommunfullmäktige");
        w.oppna(
                "/arenden/"
                        + jdbc.sql("select id from arende where arendenummer = '2024-960001'")
                                .query(String.class)
                                .single(),
                "arende-ej-verkstallt");
        assertThat(webblasare.getPageSource()).contains("Ej verkställda beslut", "Brist på plats eller bostad");
        w.oppna(
                "/utskrivningar/rapport?manad=" + java.time.YearMonth.now(se.tillit.drift.Svensktid.ZON),
                "utskrivning-rapport");
        assertThat(webblasare.getPageSource()).contains("Karl Demosson", "Utskrivningsklara dagar");
        w.oppna("/nyckeltal?enhet=LSS", "nyckeltal");
        assertThat(webblasare.getPageSource()).contains("Förhandsbedömningar inom 14 dagar", "Utvecklingen per månad");
        // issue 19: the six months drawn as a chart (Chart.js from the jar, no inline script), the table kept beside
        // it;
        // the demo profile's executed insatser of 2014 (one housing decision executed in June, seven in January)
        w.oppna("/nyckeltal?enhet=LSS&fran=2014-06-01&tom=2014-06-30", "nyckeltal-2014-06");
        assertThat(webblasare.getPageSource())
                .contains("Verkställighetstid, bostad med särskild service för vuxna (LSS)");
        w.vanta(d ->
                !d.findElements(By.cssSelector("canvas[data-ritad='true']")).isEmpty());
        org.openqa.selenium.WebElement diagram = webblasare.findElement(By.cssSelector("canvas[data-ritad='true']"));
        assertThat(diagram.getSize().getWidth()).isGreaterThan(200);
        assertThat(diagram.getSize().getHeight()).isGreaterThan(100);
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) webblasare).executeScript("""
                var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { return true; } }
                return false;""", diagram))
                .as("the canvas has something drawn on it")
                .isTrue();
        assertThat(webblasare.findElement(By.id("trendtabell")).isDisplayed()).isTrue();
        // one line per row of the table the chart is drawn from
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) webblasare)
                                .executeScript("return Chart.getChart(arguments[0]).data.datasets.length;", diagram))
                        .intValue())
                .isPositive()
                .isEqualTo(webblasare
                        .findElements(By.cssSelector(
                                "#trendtabell tbody tr[data-typ='" + diagram.getAttribute("data-trend") + "']"))
                        .size());
        // and each line holds the row's figures month by month, a month without one left empty (not shifted)
        assertThat((String) ((org.openqa.selenium.JavascriptExecutor) webblasare).executeScript("""
                var fel = [];
                document.querySelectorAll('canvas[data-ritad]').forEach(function (canvas) {
                  var rader = document.querySelectorAll('#trendtabell tbody tr[data-typ="' + canvas.dataset.trend + '"]');
                  Chart.getChart(canvas).data.datasets.forEach(function (serie, i) {
                    rader[i].querySelectorAll('td').forEach(function (cell, m) {
                      var text = cell.textContent.trim().replace(/\\s/g, '').replace(',', '.');
                      var tabell = text === '–' ? null : Number(text);
                      if (serie.data[m] !== tabell) { fel.push(serie.label + ' ' + m + ': ' + serie.data[m] + ' ≠ ' + tabell); }
                    });
                  });
                });
                return fel.join('; ');"""))
                .isEmpty();
        assertThat(webblasare.findElement(By.id("trendtabell")).getText()).contains("204,0");
        ((org.openqa.selenium.JavascriptExecutor) webblasare)
                .executeScript("arguments[0].scrollIntoView();", webblasare.findElement(By.id("rubrik-diagram")));
        w.kontrollera("nyckeltal-diagram");
        // the Kolada export behind the page's link, fetched in the chef's session as the browser downloads it
        String kolada = (String) ((org.openqa.selenium.JavascriptExecutor) webblasare).executeAsyncScript("""
                var klar = arguments[arguments.length - 1];
                fetch(document.getElementById('kolada-export').href).then(function (svar) {
                  return svar.text().then(function (text) {
                    klar(svar.status + ' ' + svar.headers.get('Content-Disposition') + ' ' + text);
                  });
                });""");
        assertThat(kolada)
                .startsWith("200 attachment")
                .contains("\"kpi\":\"U28418\"", "\"municipality\":\"9999\"", "\"period\":\"2014-06-01/2014-06-30\"")
                // one decision: the page shows the chef its figure, the export suppresses it (R61)
                .contains("{\"count\":1,\"gender\":\"T\",\"status\":\"--\",\"value\":null}");
        w.loggaUt();

        // the provider: a week of attendance at daily activity
        w.loggaIn(DemoKonton.UTFORARE);
        w.oppna("/narvaro?enhet=UTF-SOLROSEN&vecka=2014-06-02", "narvaro");
        assertThat(webblasare.findElements(By.cssSelector("input[type='checkbox'][name='narvarande']")))
                .isNotEmpty();
        w.loggaUt();

        // the revisor: the history
        w.loggaIn(DemoKonton.REVISOR);
        w.oppna("/revision/arenden/" + arendeId, "revision-historik");
        assertThat(webblasare.getPageSource()).contains("Historik för ärende " + arendenummer, "Utredning inledd");
        w.oppna("/revision/atkomst?anvandare=handlaggare.lss", "revision-atkomst");
        w.loggaUt();

        // the administrator: the decision tables, and a file the check refuses (R25; nothing is deployed)
        w.loggaIn(DemoKonton.ADMIN);
        w.oppna("/admin/tabeller", "tabeller");
        Path utanTtl = Files.createTempFile("internpris", ".dmn");
        Files.writeString(
                utanTtl,
                Files.readString(Path.of("../decisions/internpris.dmn"))
                        .replace(" camunda:historyTimeToLive=\"3650\"", ""));
        webblasare.findElement(By.id("fil")).sendKeys(utanTtl.toAbsolutePath().toString());
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Kontrollera och driftsätt')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("driftsattes inte"));
        assertThat(webblasare.getPageSource()).contains("saknar camunda:historyTimeToLive");
        w.kontrollera("tabeller-fel");
        Files.delete(utanTtl);
        w.oppna("/admin/utskrivning", "admin-utskrivning");
        w.loggaUt();
    }

    /** Lex Sarah (C25, C39): the provider's staff report from the simple form, the ansvarig investigates and assesses. */
    @Test
    void aProvidersStaffReportsLexSarahAndTheAnsvarigWorksOnIt() throws IOException {
        w.loggaIn(DemoKonton.UTFORARE);
        w.oppna("/lexsarah/ny", "lexsarah-ny");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Skicka rapporten')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Rätta felen nedan"));
        w.kontrollera("lexsarah-ny-fel");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("enhet"))).selectByValue("UTF-SOLROSEN");
        webblasare.findElement(By.cssSelector("label[for='typ-PATAGLIG_RISK']")).click();
        webblasare
                .findElement(By.id("vadHande"))
                .sendKeys("Nattpersonalen var ensam med tre brukare som behöver två personer vid förflyttning.");
        ((org.openqa.selenium.JavascriptExecutor) webblasare)
                .executeScript(
                        "document.getElementById('intraffade').value = arguments[0];",
                        java.time.LocalDate.now(se.tillit.drift.Svensktid.ZON).toString());
        webblasare.findElement(By.id("plats")).sendKeys("Solrosens boende, natt");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Skicka rapporten')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Rapporten är mottagen med nummer"));
        w.kontrollera("lexsarah-egen");
        String rapport = webblasare.getCurrentUrl();
        w.loggaUt();

        w.loggaIn(DemoKonton.LEXSARAH_ANSVARIG);
        w.oppna("/lexsarah", "lexsarah-lista");
        webblasare.get(rapport);
        webblasare
                .findElement(By.id("dokumentation"))
                .sendKeys("Schemat hade en lucka efter en sjukanmälan; ingen vikarie kallades in.");
        webblasare
                .findElement(By.id("enskildesUppfattning"))
                .sendKeys("Brukarna har inte märkt något; ingen förflyttning behövdes.");
        webblasare.findElement(By.id("konsekvenser")).sendKeys("Ingen skada, men en påtaglig risk vid ett larm.");
        webblasare.findElement(By.id("orsaker")).sendKeys("Rutinen för vikarier gäller inte nattetid.");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Dokumentera utredningen')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Utredningen är sparad."));
        webblasare.findElement(By.cssSelector("label[for='allvarligt-ja']")).click();
        webblasare
                .findElement(By.id("motivering"))
                .sendKeys("Risk för allvarlig skada vid förflyttning utan två personer.");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Spara bedömningen')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Bedömningen är sparad."));
        w.kontrollera("lexsarah");
        w.oppna(rapport.substring(rapport.indexOf("/lexsarah/")) + "/ivo", "lexsarah-ivo");
        assertThat(webblasare.getPageSource()).contains("Anmälan enligt lex Sarah", "Solrosens omsorg (utförare)");
        w.loggaUt();
    }

    /** Issue 14: a handläggare finds a person by personnummer (a POST) and changes the address, refused once, on the person page. */
    @Test
    void aHandlaggareFindsAPersonAndChangesTheAddress() throws IOException {
        String personnummer = Testpersoner.ny();
        String arendenummer = nyAnsokan(personnummer);
        w.loggaIn("handlaggare.lss");
        w.oppna("/sok", "sok");
        webblasare.findElement(By.id("sok")).sendKeys(personnummer.substring(2));
        webblasare
                .findElement(By.xpath("//main//button[@type='submit' and contains(., 'Sök')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains(arendenummer));
        assertThat(webblasare.getCurrentUrl()).endsWith("/sok").doesNotContain(personnummer.substring(9));
        w.kontrollera("sok-traffar");
        webblasare
                .findElement(By.xpath("//table//a[contains(@href, '/personer/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/personer/[0-9a-f-]+$"));
        w.kontrollera("person");
        webblasare.findElement(By.id("gatuadress")).sendKeys("Provgatan 5");
        webblasare.findElement(By.id("postnummer")).sendKeys("123");
        webblasare.findElement(By.id("postort")).sendKeys("Tillköping");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Spara adressen')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Inget är sparat. Rätta felen nedan."));
        w.kontrollera("person-fel");
        webblasare.findElement(By.id("postnummer")).clear();
        webblasare.findElement(By.id("postnummer")).sendKeys("123 45");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Spara adressen')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Adressen är sparad."));
        assertThat(webblasare.getPageSource()).contains("123 45 Tillköping");
        w.loggaUt();
    }

    /**
     * Issue 14, journey 1, in the browser only (no API call, no SQL): an LSS ansökan for two insatser, the assessment,
     * the investigation written over two saves, two journal notes (one with an attachment), kommunicering, the decision
     * with one bifall and one avslag, the letter opened as PDF and read, delgivning; then (issue 17, scenario 1) the
     * provider accepts and starts the order and writes the genomförandeplan, and the handläggare reads it on the case
     * page and does the yearly follow-up reached from there.
     */
    @Test
    void aWholeLssCaseInTheBrowser_fromAnsokanToTheProvidersPlanAndTheFollowUp() throws Exception {
        String personnummer = Testpersoner.ny();
        String idag =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
        w.loggaIn("handlaggare.lss");

        // aktualisering: the ansökan as it came in
        w.oppna("/aktualiseringar/ny", "resa-aktualisering");
        webblasare.findElement(By.id("personnummer")).sendKeys(personnummer);
        webblasare.findElement(By.id("fornamn")).sendKeys("Maj");
        webblasare.findElement(By.id("efternamn")).sendKeys("Resasson");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("typ"))).selectByValue("ANSOKAN");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("arendetyp"))).selectByValue("LSS");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("enhet"))).selectByValue("LSS");
        // yesterday morning: a time of today could still lie ahead, whatever hour the test runs
        w.sattVarde("inkom", java.time.LocalDate.parse(idag).minusDays(1) + "T08:30");
        webblasare.findElement(By.id("orsakskod")).sendKeys("ANSOKAN_INSATS");
        webblasare.findElement(By.id("beskrivning")).sendKeys("Ansöker om korttidsvistelse och ledsagarservice.");
        w.klicka("Registrera");
        w.vanta(d ->
                d.getPageSource().contains("nytt ärende") || d.getPageSource().contains("Nytt ärende"));
        String arendenummer =
                webblasare.findElement(By.cssSelector("div.info p")).getText().replaceAll(".*?(\\d{4}-\\d{6}).*", "$1");

        // the assessment, taken from the unit's list
        w.taFranEnhetensLista(arendenummer, "Bedöm");
        webblasare.findElement(By.cssSelector("label[for='bedomning-0']")).click();
        webblasare.findElement(By.id("motivering")).sendKeys("Ansökan gäller insatser enligt LSS; utredning inleds.");
        w.klicka("Slutför");
        w.vanta(d -> d.getPageSource().contains("Uppgiften är slutförd."));

        // the investigation: taken, then written over two saves
        w.taFranEnhetensLista(arendenummer, "Utreda");
        webblasare
                .findElement(By.xpath("//a[contains(@href, '/utredningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/utredningar/[0-9a-f-]+$"));
        w.kontrollera("resa-utredning");
        String utredning = webblasare.getCurrentUrl();
        webblasare
                .findElement(By.id("begaran"))
                .sendKeys("Jag vill få komma iväg ibland och ha någon med mig när jag handlar.");
        webblasare
                .findElement(By.id("bakgrund"))
                .sendKeys("Maj bor med sin mamma och har en intellektuell funktionsnedsättning.");
        w.klicka("Spara utkast");
        w.vanta(d -> d.getPageSource().contains("Utkastet är sparat som en ny version."));
        webblasare.findElement(By.id("enskildesSyn")).sendKeys("Maj vill träffa andra unga och prova på att bo borta.");
        webblasare
                .findElement(By.id("bedomning"))
                .sendKeys("Behovet av korttidsvistelse är styrkt; ledsagning ges genom korttiden.");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("insatstyp0")))
                .selectByValue("LSS_KORTTIDSVISTELSE");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("utfall0"))).selectByValue("BIFALL");
        webblasare.findElement(By.id("motivering0")).sendKeys("Miljöombyte och avlösning för mamman.");
        w.klicka("Lägg till en rad");
        w.vanta(d -> !d.findElements(By.id("insatstyp1")).isEmpty());
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("insatstyp1")))
                .selectByValue("LSS_LEDSAGARSERVICE_AVLOSARSERVICE");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("utfall1"))).selectByValue("AVSLAG");
        webblasare.findElement(By.id("motivering1")).sendKeys("Behovet tillgodoses genom korttidsvistelsen.");
        w.klicka("Spara utkast");
        w.vanta(d -> d.getPageSource().contains("Utkastet är sparat som en ny version."));

        // two journal notes, one with an attachment
        String arendeId = w.arendeId(arendenummer);
        w.oppna("/arenden/" + arendeId + "/journal", "resa-journal");
        journalanteckning(idag, "HEMBESOK", "Hembesök hos Maj och hennes mamma; vi gick igenom ansökan.", null);
        Path intyg = Files.createTempFile("lakarintyg", ".pdf");
        Files.write(intyg, ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes());
        journalanteckning(idag, "INKOMMEN_HANDLING", "Läkarintyg om funktionsnedsättningen har kommit in.", intyg);
        Files.delete(intyg);
        assertThat(webblasare.getPageSource())
                .contains("Hembesök hos Maj", "Läkarintyg om funktionsnedsättningen", "lakarintyg");

        // kommunicering before the avslag, the reply, then the signature
        webblasare.get(utredning);
        w.sattVarde("skickad", idag);
        webblasare.findElement(By.cssSelector("label[for='satt-POST']")).click();
        webblasare.findElement(By.id("vad")).sendKeys("Utredningen med förslag till beslut.");
        w.klicka("Kommunicera underlaget");
        w.vanta(d -> !d.findElements(By.id("besvarad")).isEmpty());
        w.sattVarde("besvarad", idag);
        webblasare.findElement(By.id("sammanfattning")).sendKeys("Maj och mamman har inget att tillägga.");
        w.klicka("Registrera svaret");
        w.vanta(d -> d.getPageSource().contains("Maj och mamman har inget att tillägga."));
        w.klicka("Signera och slutför");
        w.vanta(d -> d.getPageSource().contains("Utredningen är signerad och slutförd."));

        // the decision, from the task list, filled from the investigation's proposals
        w.taFranEnhetensLista(arendenummer, "Fatta beslut");
        webblasare.findElement(By.xpath("//a[contains(@href, '/beslut/nytt')]")).click();
        w.vanta(d -> d.getCurrentUrl().contains("/beslut/nytt"));
        w.kontrollera("resa-beslut");
        w.sattVarde("beslut[0].giltigFrom", idag);
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("beslut[0].utforare")))
                .selectByValue("UTF-SOLROSEN");
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("beslut[0].utforartyp")))
                .selectByValue("EGEN_REGI");
        w.sattVarde("beslut[0].onskadStart", idag);
        new org.openqa.selenium.support.ui.Select(webblasare.findElement(By.id("beslut[0].individuellPlan")))
                .selectByValue("MUNTLIGT_OCH_SKRIFTLIGT");
        webblasare.findElement(By.id("beslut[0].omfattning")).sendKeys("Fyra dygn per månad");
        w.sattVarde("beslut[1].giltigFrom", idag);
        w.klicka("Fatta beslut");
        w.vanta(d -> d.getPageSource().contains("Beslutet är fattat och beslutsbrevet skrivet."));
        w.kontrollera("resa-arende-beslut");

        // the letter as sent: a PDF with the person, both insatser and how to appeal the avslag
        String brev = webblasare
                .findElement(By.xpath("//a[contains(@href, '/beslutsbrev/')]"))
                .getAttribute("href");
        String text = w.pdfText(brev);
        assertThat(text)
                .contains(
                        "Maj Resasson",
                        "Korttidsvistelse utanför hemmet (LSS)",
                        "Ledsagarservice eller avlösarservice (LSS)",
                        "förvaltningsrätten",
                        "tre veckor",
                        "27 § LSS");

        // delgivning on the decision's page
        webblasare
                .findElement(By.xpath("//table//a[contains(@href, '/beslut/') and contains(., 'Ledsagarservice')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/beslut/[0-9a-f-]+$"));
        w.kontrollera("resa-beslutssida");
        w.sattVarde("delgivningsdatum", idag);
        webblasare
                .findElement(By.cssSelector("label[for='delgivningssatt-POST']"))
                .click();
        w.klicka("Registrera delgivningen");
        w.vanta(d -> d.getPageSource().contains("Delgivningen är registrerad."));
        w.loggaUt();

        // issue 17, scenario (1), after the decision: the provider finds the order, accepts it, reports the start and
        // writes the genomförandeplan with Maj (R18); the handläggare reads it on the case page and reaches the yearly
        // follow-up from there (R15)
        w.loggaIn(DemoKonton.UTFORARE);
        w.oppna("/bestallningar?status=NY", "resa-bestallningar");
        webblasare
                .findElement(By.xpath("//tr[contains(., '" + personnummer + "') and contains(., 'Korttidsvistelse')]"
                        + "//a[contains(@href, '/bestallningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/bestallningar/[0-9a-f-]{36}$"));
        assertThat(w.text())
                .contains("Maj Resasson", arendenummer, "Fyra dygn per månad")
                .doesNotContain("Miljöombyte och avlösning för mamman");
        w.klickaOchVanta("Acceptera beställningen");
        w.vantaPa("Beställningen är accepterad.");
        w.sattVarde("start-verkstalld", idag);
        w.klickaOchVanta("Rapportera start");
        w.vantaPa("Starten är rapporterad.");
        webblasare
                .findElement(By.linkText("Skriv eller läs genomförandeplanen"))
                .click();
        w.vantaPa("Ingen genomförandeplan är fastställd ännu.");
        w.skriv("plan-genomforande", "Korttidsvistelse på Solrosen en helg i månaden; Maj väljer aktiviteterna själv.");
        w.kryssa("plan-deltog-JA");
        w.kryssa("plan-hur-SAMTAL");
        w.sattVarde("plan-faststalld", idag);
        w.sattVarde(
                "plan-foljsUpp", java.time.LocalDate.parse(idag).plusMonths(6).toString());
        w.klickaOchVanta("Fastställ planen");
        w.vantaPa("Genomförandeplanen är fastställd.");
        w.kontrollera("resa-genomforandeplan");
        w.loggaUt();

        w.loggaIn("handlaggare.lss");
        w.driver().get(w.adress("/arenden/" + arendeId));
        w.vantaPa("Genomförandeplaner");
        assertThat(w.text()).contains("Korttidsvistelse på Solrosen en helg i månaden", "Samtal");
        webblasare
                .findElement(
                        By.xpath("//section[.//h2[@id='rubrik-efter-beslutet']]//a[contains(@href, '/uppgifter/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/uppgifter/[^/?]+$"));
        w.klickaOchVanta("Ta uppgiften");
        w.vantaPa("Resultat av uppföljningen");
        w.kryssa("resultat-0");
        w.skriv("anteckning", "Maj trivs på korttidsvistelsen; insatsen fortsätter oförändrad.");
        w.klickaOchVanta("Slutför uppgiften");
        w.vantaPa("Uppgiften är slutförd.");
        w.loggaUt();
    }

    private void journalanteckning(String datum, String slag, String text, Path bilaga) {
        w.sattVarde("handelsedatum", datum);
        webblasare.findElement(By.cssSelector("label[for='slag-" + slag + "']")).click();
        webblasare.findElement(By.id("text")).sendKeys(text);
        if (bilaga != null) {
            webblasare
                    .findElement(By.id("bilagor"))
                    .sendKeys(bilaga.toAbsolutePath().toString());
        }
        w.klickaOchVanta("Signera och spara");
        w.vanta(d -> d.getPageSource().contains("Anteckningen är signerad och sparad."));
    }

    private String nyAnsokan(String personnummer) {
        var svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Bertil","efternamn":"Sidsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                                personnummer, OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(svar.statusCode()).as(svar.body()).isIn(201);
        return HttpSession.json(svar.body(), "arendenummer");
    }
}
