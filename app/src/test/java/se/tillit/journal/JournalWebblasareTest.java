package se.tillit.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * The journal in a real browser (Debian's chromium, headless), from the case page: a note with an attachment chosen
 * in the file field, a refused disguised file, a correction. axe-core checks each page for serious or critical
 * WCAG 2.1 A/AA violations; screenshots go to target/skarmbilder.
 */
@TillitSpringTest
@Tag("webblasare") // left out of CI's second pass (.ci/run)
class JournalWebblasareTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SKARMBILDER = Path.of("target/skarmbilder");

    static WebDriver webblasare;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startaWebblasaren() throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); .ci/run installs them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-sync",
                "--no-first-run",
                "--disable-component-update",
                "--disable-extensions",
                "--window-size=1280,900",
                "--lang=sv-SE");
        webblasare = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        webblasare.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SKARMBILDER);
    }

    @AfterAll
    static void stangWebblasaren() {
        if (webblasare != null) {
            webblasare.quit();
        }
    }

    @Test
    void aHandlaggareWritesANoteWithAnAttachmentAndCorrectsIt() throws IOException {
        var ansokan = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"19860303-9853","fornamn":"Jonna","efternamn":"Webbjournal","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                                OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        Path intyg = Files.write(Files.createTempFile("intyg", ".pdf"), Testfiler.pdf());
        Path forklatt = Files.write(Files.createTempFile("forklatt", ".pdf"), Testfiler.exe());
        String igar = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1).toString();

        webblasare.get("http://localhost:" + port + "/login");
        webblasare.findElement(By.id("username")).sendKeys("handlaggare.lss");
        webblasare.findElement(By.id("password")).sendKeys(DemoKonton.LOSENORD);
        webblasare
                .findElement(By.cssSelector("form.formular button[type='submit']"))
                .click();
        vanta(d -> !d.getCurrentUrl().contains("/login"));

        webblasare.get("http://localhost:" + port + "/arenden/" + arendeId);
        webblasare
                .findElement(By.linkText("Hela journalen, och skriv en ny anteckning"))
                .click();
        vanta(d -> d.getCurrentUrl().endsWith("/journal"));
        kontrollera("journal-tom");

        // a program renamed .pdf: refused by its content, the text kept, the error at the file field
        fyll(igar, "slag-INKOMMEN_HANDLING", "Läkarintyget kom in med posten.", forklatt);
        vanta(d -> d.getPageSource().contains("Anteckningen är inte sparad"));
        assertThat(webblasare.getPageSource()).contains("är inte en PDF", "Läkarintyget kom in med posten.");
        kontrollera("journal-fel");

        webblasare.findElement(By.id("bilagor")).sendKeys(intyg.toString());
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Signera och spara')]"))
                .click();
        vanta(d -> d.getPageSource().contains("Anteckningen är signerad och sparad."));
        assertThat(webblasare.getPageSource())
                .contains("Läkarintyget kom in med posten.", intyg.getFileName().toString());
        kontrollera("journal");

        webblasare.findElement(By.linkText("Visa eller rätta anteckningen")).click();
        vanta(d -> d.getPageSource().contains("Rätta anteckningen"));
        kontrollera("journalanteckning");
        var text = webblasare.findElement(By.id("text"));
        text.clear();
        text.sendKeys("Läkarintyget och en ansökan kom in med posten.");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Signera och spara rättelsen')]"))
                .click();
        vanta(d -> d.getPageSource().contains("Rättelsen är signerad och sparad."));
        assertThat(webblasare.getPageSource())
                .contains("Rättad genom en senare anteckning", "Rättar anteckningen om " + igar);
        kontrollera("journal-rattad");
    }

    private static void fyll(String datum, String slag, String text, Path fil) {
        ((JavascriptExecutor) webblasare)
                .executeScript("document.getElementById('handelsedatum').value = arguments[0];", datum);
        webblasare.findElement(By.cssSelector("label[for='" + slag + "']")).click();
        webblasare.findElement(By.id("text")).sendKeys(text);
        webblasare.findElement(By.id("bilagor")).sendKeys(fil.toString());
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Signera och spara')]"))
                .click();
    }

    private static void vanta(java.util.function.Function<WebDriver, Boolean> villkor) {
        new org.openqa.selenium.support.ui.WebDriverWait(webblasare, Duration.ofSeconds(15)).until(villkor::apply);
    }

    private static void kontrollera(String namn) throws IOException {
        Path bild =
                ((TakesScreenshot) webblasare).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(bild, SKARMBILDER.resolve(namn + ".png"), StandardCopyOption.REPLACE_EXISTING);
        List<String> allvarliga = new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(webblasare)
                        .getViolations()
                        .stream()
                        .filter(regel -> "serious".equals(regel.getImpact()) || "critical".equals(regel.getImpact()))
                        .map(JournalWebblasareTest::beskriv)
                        .toList();
        assertThat(allvarliga).as("axe-core on %s", namn).isEmpty();
    }

    private static String beskriv(Rule regel) {
        return regel.getId() + " (" + regel.getImpact() + "): " + regel.getHelp() + " — "
                + regel.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .limit(3)
                        .toList();
    }
}
