package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import se.tillit.DemoKonton;
import se.tillit.Testpersoner;

/**
 * Issue 16, "one unit's case stays in that unit", in two real browsers: the system administrator moves SoL
 * funktionsnedsättning from LSS to Äldreomsorg on the units' pages, each change with its reason in the unit's history;
 * a handläggare of LSS then registers an aktualisering of that type in LSS and is refused, told which unit handles it.
 * The demo's case types of both units are set back after the test (other tests share the database).
 */
class EnhetensArendetyperWebblasareTest extends Webblasartestbas {

    /** The demo profile's types ({@code arende.internal.DemoHandlaggningsansvar}) of the units changed here. */
    static final Map<String, List<String>> I_DEMON = Map.of(
            "LSS", List.of("LSS", "SOL_FUNKTIONSNEDSATTNING"),
            "ALDRE", List.of("SOL_ALDRE"));

    private Webblasare admin;
    private Webblasare handlaggare;

    @AfterEach
    void stangOchAterstall() {
        I_DEMON.forEach((enhet, typer) -> {
            jdbc.sql("delete from enhet_arendetyp where enhet_kod = :e and arendetyp not in (:typer)")
                    .param("e", enhet)
                    .param("typer", typer)
                    .update();
            typer.forEach(
                    typ -> jdbc.sql("""
                            insert into enhet_arendetyp (enhet_kod, arendetyp, skapad_av) values (:e, :typ, 'system:demo')
                            on conflict do nothing""").param("e", enhet).param("typ", typ).update());
        });
    }

    @Test
    void anAdministratorMovesACaseTypeToAnotherUnit_andAHandlaggareOfTheOldUnitIsToldWhichUnitHandlesIt()
            throws IOException {
        admin = w;
        handlaggare = nyWebblasare();

        // the administrator: Äldreomsorg takes SoL funktionsnedsättning beside SoL äldre ...
        admin.loggaIn(DemoKonton.ADMIN);
        oppnaEnhet("ALDRE");
        assertThat(admin.driver().findElement(By.id("enhetens-arendetyper")).getText())
                .isEqualTo("SoL äldre");
        admin.kryssa("arendetyp-SOL_FUNKTIONSNEDSATTNING");
        admin.skriv("arendetyper-orsak", "SoL funktionsnedsättning flyttar till Äldreomsorg, beslut KS 2026/12");
        admin.klickaOchVanta("Spara ärendetyperna");
        admin.vantaPa("Enhetens ärendetyper är sparade.");
        assertThat(admin.driver().findElement(By.id("enhetens-arendetyper")).getText())
                .isEqualTo("SoL funktionsnedsättning, SoL äldre");
        assertThat(admin.text()).contains("SOL_ALDRE → SOL_FUNKTIONSNEDSATTNING, SOL_ALDRE");

        // ... and LSS keeps LSS only: a save without a reason first, refused beside the field
        oppnaEnhet("LSS");
        admin.kryssa("arendetyp-SOL_FUNKTIONSNEDSATTNING");
        admin.klickaOchVanta("Spara ärendetyperna");
        admin.vantaPa("Skriv orsaken till ändringen. Den loggas.");
        visa(admin, "arendetyper-rubrik");
        admin.kontrollera("admin-enhet-arendetyper-fel");
        assertThat(admin.driver()
                        .findElement(By.id("arendetyp-SOL_FUNKTIONSNEDSATTNING"))
                        .isSelected())
                .as("the box stays as it was ticked")
                .isFalse();
        admin.skriv("arendetyper-orsak", "SoL funktionsnedsättning flyttar till Äldreomsorg, beslut KS 2026/12");
        admin.klickaOchVanta("Spara ärendetyperna");
        admin.vantaPa("Enhetens ärendetyper är sparade.");
        admin.kontrollera("admin-enhet-arendetyper");
        assertThat(admin.driver().findElement(By.id("enhetens-arendetyper")).getText())
                .isEqualTo("LSS");
        assertThat(admin.driver()
                        .findElement(By.id("historik-rubrik"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains(
                        "Ärendetyper ändrade:",
                        "LSS, SOL_FUNKTIONSNEDSATTNING → LSS",
                        "SoL funktionsnedsättning flyttar till Äldreomsorg, beslut KS 2026/12",
                        DemoKonton.ADMIN);

        // the handläggare of LSS registers a SoL funktionsnedsättning case in LSS: refused, naming Äldreomsorg
        handlaggare.loggaIn("handlaggare.lss");
        handlaggare.oppna("/aktualiseringar/ny", "aktualisering-ny");
        handlaggare.skriv("personnummer", personnummer());
        handlaggare.skriv("fornamn", "Sol");
        handlaggare.skriv("efternamn", "Enhetsdotter");
        handlaggare.valj("typ", "ANSOKAN");
        handlaggare.valj("arendetyp", "SOL_FUNKTIONSNEDSATTNING");
        handlaggare.valj("enhet", "LSS");
        handlaggare.sattVarde(
                "inkom", LocalDate.now(se.tillit.drift.Svensktid.ZON).minusDays(1) + "T08:30");
        handlaggare.skriv("orsakskod", "ANSOKAN_INSATS");
        handlaggare.klickaOchVanta("Registrera");
        handlaggare.vantaPa("Enheten handlägger inte den ärendetypen. Den handläggs av: Äldreomsorg, myndighet");
        visa(handlaggare, "typ");
        handlaggare.kontrollera("aktualisering-ny-fel-enhet");
        assertThat(handlaggare.text()).doesNotContain("Nytt ärende");
    }

    /** Scrolls the element to the top of the window, for the screenshot. */
    private static void visa(Webblasare w, String id) {
        ((JavascriptExecutor) w.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void oppnaEnhet(String kod) throws IOException {
        admin.oppna("/admin/enheter", "admin-enheter");
        admin.driver().findElement(By.linkText(kod)).click();
        admin.vanta(d -> d.getCurrentUrl().endsWith("/admin/enheter/" + kod));
    }

    /** A synthetic personnummer of Skatteverket's test series (980–999). */
    private static String personnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        return Testpersoner.medKontrollsiffra(String.format(
                "19%02d%02d%02d-%03d",
                slump.nextInt(62, 99), slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20)));
    }
}
