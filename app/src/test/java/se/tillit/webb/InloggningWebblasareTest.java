package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;

/**
 * Issue 16 in chromium: the login through the identity provider (the test's own, testprobes.TestIdp), refused with a
 * clear page for a person without any role, then a handläggare who takes a task from the unit's list and completes it,
 * and logs out at Tillit and at the provider; and the lockout message after five failed local logins, which an
 * administrator lifts on the account's page.
 */
class InloggningWebblasareTest extends Webblasartestbas {

    @Test
    void aPersonWithoutARoleIsRefusedThenAHandlaggareWorksATaskAndLogsOut() throws IOException {
        String utanRoll = "utanroll." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into anvandare (anvandarnamn, namn, losenord_hash, skapad_av)
                        values (:namn, 'Utan Roll (syntetisk)', '{noop}inget-lokalt-losenord', 'test:webblasare')""").param("namn", utanRoll).update();

        loggaInHosLeverantoren(utanRoll);
        w.vanta(d -> d.getCurrentUrl().contains("/login?nekad=SAKNAR_ROLL"));
        assertThat(w.text()).contains("Ditt konto i Tillit har ingen roll i någon enhet");
        w.kontrollera("login-nekad");
        webblasare.get(w.adress("/uppgifter"));
        w.vanta(d -> d.getCurrentUrl().endsWith("/login"));

        String arendenummer = nyAnsokan();
        loggaInHosLeverantoren("handlaggare.lss");
        w.vanta(d -> !d.getCurrentUrl().contains("/login") && d.getCurrentUrl().startsWith(w.adress("/")));
        w.taFranEnhetensLista(arendenummer, "Bedöm om aktualiseringen leder till utredning");
        webblasare.findElement(By.cssSelector("label[for='bedomning-0']")).click();
        webblasare.findElement(By.id("motivering")).sendKeys("Ansökan om bostad med särskild service");
        w.klicka("Slutför");
        w.vantaPa("Uppgiften är slutförd.");

        w.loggaUt();
        w.vanta(d -> d.getCurrentUrl().contains("/login?utloggad"));
        assertThat(w.text()).contains("Du är utloggad.");
        webblasare.get(w.adress("/uppgifter"));
        w.vanta(d -> d.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void fiveFailedLocalLoginsLockTheNameWithAMessage() throws IOException {
        String namn = "webb.sparr." + UUID.randomUUID().toString().substring(0, 8);
        loggaInFelFemGanger(namn);

        assertThat(webblasare.getCurrentUrl()).endsWith("/login?sparrad");
        assertThat(w.text()).contains("För många misslyckade inloggningar").contains("Vänta 15 minuter");
        w.kontrollera("login-sparrad");
    }

    /**
     * The person who calls the service desk after a lockout: five failures lock the name, the administrator (in a second
     * browser) sees the lockout on the account's page and lifts it with a reason, and the right password works at once.
     */
    @Test
    void anAdministratorUnlocksALockedAccountAndThePersonLogsInAtOnce() throws IOException {
        String namn = "webb.upplast-" + UUID.randomUUID().toString().substring(0, 6);
        String losenord = "ett-eget-losenord-" + UUID.randomUUID().toString().substring(0, 4);
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .postForm(
                                "/admin/konton/ny",
                                java.util.Map.of(
                                        "anvandarnamn",
                                        namn,
                                        "namn",
                                        "Ulla Upplåst (syntetisk)",
                                        "losenord",
                                        losenord,
                                        "enhet",
                                        "LSS",
                                        "roll",
                                        "HANDLAGGARE",
                                        "orsak",
                                        "Nyanställd"))
                        .statusCode())
                .isEqualTo(302);
        loggaInFelFemGanger(namn);
        assertThat(webblasare.getCurrentUrl()).endsWith("/login?sparrad");

        Webblasare admin = nyWebblasare();
        admin.loggaIn(DemoKonton.ADMIN);
        admin.oppna("/admin/konton/" + namn, "admin-konto-sparrat");
        assertThat(admin.text()).contains("Spärrad efter för många misslyckade inloggningar, till");
        admin.klickaOchVanta("Lås upp");
        admin.vantaPa("Skriv orsaken till ändringen. Den loggas.");
        admin.skriv("upplasning-orsak", "Ringde servicedesk, bekräftad av sin chef");
        admin.klickaOchVanta("Lås upp");
        admin.vantaPa("Inloggningen är upplåst.");
        assertThat(admin.text())
                .contains("Inloggning upplåst", "Ringde servicedesk, bekräftad av sin chef")
                .doesNotContain("Spärrad efter");

        w.loggaIn(namn, losenord);
        assertThat(webblasare.getCurrentUrl()).isEqualTo(w.adress("/"));
    }

    /** Five logins of {@code namn} with a wrong password, each from the login page, as a person retries. */
    private void loggaInFelFemGanger(String namn) {
        for (int i = 0; i < 5; i++) {
            webblasare.get(w.adress("/login"));
            webblasare.findElement(By.id("username")).sendKeys(namn);
            webblasare.findElement(By.id("password")).sendKeys("fel-losenord-" + i);
            webblasare
                    .findElement(By.cssSelector("form.formular button[type='submit']"))
                    .click();
            w.vanta(d -> d.getCurrentUrl().contains("/login?"));
        }
    }

    /** The login page's button, then the provider's own form: a subject and the claims, as its user types them. */
    private void loggaInHosLeverantoren(String anvandarnamn) throws IOException {
        webblasare.manage().deleteAllCookies();
        w.oppna("/login", "login-oidc");
        webblasare.findElement(By.id("oidc-inloggning")).click();
        w.vanta(d -> !d.findElements(By.name("claims")).isEmpty());
        webblasare.findElement(By.name("username")).sendKeys("sub-" + anvandarnamn);
        webblasare.findElement(By.name("claims")).sendKeys("{\"preferred_username\": \"" + anvandarnamn + "\"}");
        webblasare.findElement(By.cssSelector("input[type='submit']")).click();
        w.vanta(d -> d.getCurrentUrl().startsWith(w.adress("/")));
    }

    private String nyAnsokan() {
        var svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Inga","efternamn":"Loggsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        Testpersoner.ny(), OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        return HttpSession.json(svar.body(), "arendenummer");
    }
}
