package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.tillit.DemoKonton;

/**
 * A real browser (Debian's chromium, headless) and what a person does with it: log in and out, open a page, click a
 * button by its text, take a task from the unit's list. Every page it is asked to check goes through axe-core (no
 * serious or critical WCAG 2.1 A/AA violation) and is saved as a screenshot in target/skarmbilder for docs/.
 */
public final class Webblasare {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SKARMBILDER = Path.of("target/skarmbilder");

    private final WebDriver driver;
    private int port;

    private Webblasare(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts chromium, or skips the test class where it is not installed. */
    static Webblasare starta() throws IOException {
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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SKARMBILDER);
        return new Webblasare(driver);
    }

    void stang() {
        driver.quit();
    }

    /** The application's port (the test's {@code @LocalServerPort}). */
    void port(int port) {
        this.port = port;
    }

    public WebDriver driver() {
        return driver;
    }

    public String adress(String sokvag) {
        return "http://localhost:" + port + sokvag;
    }

    public void loggaIn(String anvandare) throws IOException {
        loggaIn(anvandare, DemoKonton.LOSENORD);
    }

    void loggaIn(String anvandare, String losenord) throws IOException {
        driver.manage().deleteAllCookies(); // whoever was logged in in this browser before is not
        driver.get(adress("/login"));
        kontrollera("login");
        driver.findElement(By.id("username")).sendKeys(anvandare);
        driver.findElement(By.id("password")).sendKeys(losenord);
        driver.findElement(By.cssSelector("form.formular button[type='submit']"))
                .click();
        vanta(d -> !d.getCurrentUrl().contains("/login"));
    }

    void loggaUt() {
        driver.findElement(By.xpath("//form[contains(@action, '/logout')]//button"))
                .click();
        vanta(d -> d.getCurrentUrl().contains("/login"));
    }

    void oppna(String sokvag, String namn) throws IOException {
        driver.get(adress(sokvag));
        kontrollera(namn);
    }

    public void vanta(Function<WebDriver, Boolean> villkor) {
        // htmx swaps elements while we look at them: a stale element means "look again"
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(villkor::apply);
    }

    /** Waits until the page says {@code text}. */
    public void vantaPa(String text) {
        try {
            vanta(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the page said instead: the errors beside the fields, or an error page
            throw new AssertionError(
                    "Waited for \"" + text + "\" on " + driver.getCurrentUrl() + ", the page says:\n"
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    /** Clicks the submit button whose text contains {@code knapptext}. */
    public void klicka(String knapptext) {
        driver.findElement(By.xpath("//button[@type='submit' and contains(normalize-space(.), '" + knapptext + "')]"))
                .click();
    }

    /**
     * Clicks the submit button and waits until the browser has left the page: a message the old page already shows
     * (the previous save's) is then not taken for this one's, nor is a file to upload removed while it is sent.
     */
    void klickaOchVanta(String knapptext) {
        org.openqa.selenium.WebElement sidan = driver.findElement(By.tagName("html"));
        klicka(knapptext);
        // left once the old page's element is gone: stale, or chromium's "does not belong to the document" while it
        // navigates (a WebDriverException that ExpectedConditions.stalenessOf does not take for staleness)
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                sidan.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException lamnad) {
                return true;
            }
        });
    }

    /** Sets a field by script: how a date or date-time input is filled whatever the browser's locale. */
    public void sattVarde(String id, String varde) {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, varde);
    }

    void skriv(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    void valj(String id, String varde) {
        new Select(driver.findElement(By.id(id))).selectByValue(varde);
    }

    /** Clicks the label of a radio button or checkbox, as a person does. */
    public void kryssa(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    public String text() {
        return driver.getPageSource();
    }

    /** Takes the case's task whose name contains {@code uppgift} from the unit's list; the browser is then on the task's page. */
    void taFranEnhetensLista(String arendenummer, String uppgift) {
        // page through the unit's list as a person would: the shared test database holds other tests' tasks too
        By rad = By.xpath("//tr[.//a[text()='" + arendenummer + "'] and contains(., '" + uppgift + "')]//button");
        String foregaende = null;
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            for (int sida = 0; sida < 100; sida++) {
                driver.get(adress("/uppgifter?vy=enhetens&sida=" + sida));
                java.util.List<org.openqa.selenium.WebElement> traffar = driver.findElements(rad);
                if (!traffar.isEmpty()) {
                    traffar.get(0).click();
                    vanta(d -> d.getCurrentUrl().matches(".*/uppgifter/[^?]+$"));
                    return;
                }
                String lista = driver.findElement(By.id("uppgiftslista")).getText();
                if (lista.equals(foregaende)) {
                    break; // past the last page the list shows the last page again
                }
                foregaende = lista;
            }
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        }
        throw new AssertionError("No task '" + uppgift + "' of " + arendenummer + " in the unit's list");
    }

    /** The case's id from the search page's link, as a person finds the case (no SQL). */
    String arendeId(String arendenummer) {
        driver.get(adress("/sok"));
        driver.findElement(By.id("sok")).sendKeys(arendenummer);
        driver.findElement(By.xpath("//main//button[@type='submit' and contains(., 'Sök')]"))
                .click();
        vanta(d -> !d.findElements(By.xpath("//table//a[contains(@href, '/arenden/')]"))
                .isEmpty());
        String href = driver.findElement(By.xpath("//table//a[contains(@href, '/arenden/')]"))
                .getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** What a link answers, fetched with the browser's session (a download the browser would save), as text. */
    String hamta(String adress) throws Exception {
        java.net.http.HttpResponse<String> svar = webblasarensSession().get(adress, "Accept", "*/*");
        assertThat(svar.statusCode()).isEqualTo(200);
        return svar.body();
    }

    /** The PDF behind a link, fetched with the browser's session, as text. */
    String pdfText(String adress) throws Exception {
        java.net.http.HttpResponse<byte[]> svar = webblasarensSession().getBytes(adress);
        assertThat(svar.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument dokument = org.apache.pdfbox.Loader.loadPDF(svar.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(dokument)
                    .replaceAll("\\s+", " ");
        }
    }

    /** The browser's session, to fetch what a link answers as a download. */
    private se.tillit.HttpSession webblasarensSession() {
        return se.tillit.HttpSession.withSessionCookie(
                port, driver.manage().getCookieNamed("TILLIT_SESSION").getValue());
    }

    /** axe-core on the page as it is, and a screenshot for docs/. */
    public void kontrollera(String namn) throws IOException {
        Path bild = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(bild, SKARMBILDER.resolve(namn + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Results resultat = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> allvarliga = resultat.getViolations().stream()
                .filter(regel -> "serious".equals(regel.getImpact()) || "critical".equals(regel.getImpact()))
                .map(Webblasare::beskriv)
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
