package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;

/**
 * Issue 16 in two real browsers: the system administrator creates a handläggare, gives a unit and a role; the
 * handläggare logs in and sees the unit's tasks; the administrator deactivates the account, and the handläggare's open
 * session ends at its next click, on the login page that says why.
 */
class KontoadministrationWebblasareTest extends Webblasartestbas {

    private Webblasare admin;
    private Webblasare handlaggare;

    @Test
    void anAdministratorCreatesAHandlaggareWhoWorksTheUnitsTasksUntilDeactivated() throws IOException {
        String arendenummer = nyAnsokanIBou();
        String anvandarnamn = "hanna.prov-" + UUID.randomUUID().toString().substring(0, 6);
        String losenord = "ett-eget-losenord-" + UUID.randomUUID().toString().substring(0, 4);
        admin = w;
        handlaggare = nyWebblasare();

        // the administrator: from the start page to a new account, then a unit and a role on the account's page
        admin.loggaIn(DemoKonton.ADMIN);
        admin.driver()
                .findElement(By.linkText("Konton: skapa, ge och ta roller per enhet, inaktivera"))
                .click();
        admin.vanta(d -> d.getCurrentUrl().endsWith("/admin/konton"));
        admin.kontrollera("admin-konton");
        admin.driver().findElement(By.linkText("Nytt konto")).click();
        admin.vanta(d -> d.getCurrentUrl().endsWith("/admin/konton/ny"));
        admin.kontrollera("admin-konto-ny");
        admin.skriv("anvandarnamn", anvandarnamn);
        admin.skriv("namn", "Hanna Provsson");
        admin.skriv("epost", "hanna.prov@kommun.invalid");
        admin.skriv("losenord", losenord);
        admin.klickaOchVanta("Skapa kontot");
        admin.vantaPa("Skriv orsaken till ändringen. Den loggas.");
        admin.kontrollera("admin-konto-ny-fel");
        admin.skriv("losenord", losenord);
        admin.skriv("orsak", "Nyanställd handläggare, IT-ärende 4711");
        admin.klickaOchVanta("Skapa kontot");
        admin.vantaPa("Kontot är skapat.");
        admin.valj("ge-enhet", "BOU");
        admin.valj("ge-roll", "HANDLAGGARE");
        admin.skriv("ge-orsak", "Börjar på Barn och unga");
        admin.klickaOchVanta("Ge rollen");
        admin.vantaPa("Rollen är given.");
        admin.kontrollera("admin-konto");
        assertThat(admin.text())
                .contains("Roll given:", "Börjar på Barn och unga", "Nyanställd handläggare, IT-ärende 4711");

        // the handläggare: logs in with the password the administrator gave, and sees the unit's task
        handlaggare.loggaIn(anvandarnamn, losenord);
        assertThat(handlaggare.text()).contains("Hanna Provsson", "Barn och unga");
        assertThat(iEnhetensLista(handlaggare, arendenummer))
                .as("the case's task in the unit's list")
                .isTrue();

        // the administrator deactivates the account; the handläggare's open session ends at the next click
        admin.driver().navigate().refresh();
        admin.skriv("status-orsak", "Anställningen upphör");
        admin.klickaOchVanta("Inaktivera kontot");
        admin.vantaPa("Kontot är inaktiverat.");
        assertThat(admin.text()).contains("Inaktiverat", "Anställningen upphör");
        // the units' pages, for axe-core and the screenshots
        admin.oppna("/admin/enheter", "admin-enheter");
        admin.oppna("/admin/enheter/BOU", "admin-enhet");

        handlaggare.driver().get(handlaggare.adress("/uppgifter?vy=enhetens"));
        handlaggare.vanta(d -> d.getCurrentUrl().contains("/login"));
        handlaggare.vantaPa("Din session har avslutats eftersom en administratör har inaktiverat ditt konto");
        handlaggare.kontrollera("login-avslutad");
        assertThat(handlaggare.driver().getCurrentUrl()).contains("/login?avslutad");
        // and cannot log in again
        handlaggare.driver().findElement(By.id("username")).sendKeys(anvandarnamn);
        handlaggare.driver().findElement(By.id("password")).sendKeys(losenord);
        handlaggare.klickaOchVanta("Logga in");
        handlaggare.vantaPa("Fel användarnamn eller lösenord.");
    }

    /** Pages through the unit's task list as a person would: the shared test database holds other tests' tasks too. */
    private static boolean iEnhetensLista(Webblasare w, String arendenummer) {
        w.driver().manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            String foregaende = null;
            for (int sida = 0; sida < 100; sida++) {
                w.driver().get(w.adress("/uppgifter?vy=enhetens&sida=" + sida));
                if (!w.driver()
                        .findElements(By.xpath("//a[text()='" + arendenummer + "']"))
                        .isEmpty()) {
                    return true;
                }
                String lista = w.driver().findElement(By.id("uppgiftslista")).getText();
                if (lista.equals(foregaende)) {
                    return false;
                }
                foregaende = lista;
            }
            return false;
        } finally {
            w.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        }
    }

    private String nyAnsokanIBou() {
        var svar = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Bodil","efternamn":"Kontosson","arendetyp":"BARN_OCH_UNGA","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"BOU"}""".formatted(
                        Testpersoner.ny(), OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        return HttpSession.json(svar.body(), "arendenummer");
    }
}
