package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import se.tillit.DemoKonton;
import se.tillit.Testkonton;
import se.tillit.Testpersoner;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Roll;

/**
 * Issue 16, "one unit's case stays in that unit", in two real browsers: the system administrator moves SoL
 * funktionsnedsättning from one unit (handling LSS too, as the demo's LSS does) to another (SoL äldre, as the demo's
 * Äldreomsorg) on the units' pages, each change with its reason in the unit's history; a handläggare of the first then
 * registers an aktualisering of that type there and is refused, told which unit handles it. The units and the account
 * are the test's own, so the demo's units keep their case types and nothing needs setting back.
 */
class EnhetensArendetyperWebblasareTest extends Webblasartestbas {

    private Webblasare admin;
    private Webblasare handlaggare;

    @Test
    void anAdministratorMovesACaseTypeToAnotherUnit_andAHandlaggareOfTheOldUnitIsToldWhichUnitHandlesIt()
            throws IOException {
        String prov = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String lss = enhet("ETYP-LSS-" + prov, "Etyp LSS " + prov + " (test)", "LSS", "SOL_FUNKTIONSNEDSATTNING");
        String aldre = enhet("ETYP-ALDRE-" + prov, "Etyp äldre " + prov + " (test)", "SOL_ALDRE");
        String anvandare = Testkonton.skapaKonto(
                jdbc, "handlaggare.etyp-" + prov.toLowerCase(), "Etyp Handläggare (test)", lss, Roll.HANDLAGGARE);
        admin = w;
        handlaggare = nyWebblasare();

        // the administrator: the unit of SoL äldre takes SoL funktionsnedsättning beside it ...
        admin.loggaIn(DemoKonton.ADMIN);
        oppnaEnhet(aldre);
        assertThat(admin.driver().findElement(By.id("enhetens-arendetyper")).getText())
                .isEqualTo("SoL äldre");
        admin.kryssa("arendetyp-SOL_FUNKTIONSNEDSATTNING");
        admin.skriv("arendetyper-orsak", "SoL funktionsnedsättning flyttar till Äldreomsorg, beslut KS 2026/12");
        admin.klickaOchVanta("Spara ärendetyperna");
        admin.vantaPa("Enhetens ärendetyper är sparade.");
        assertThat(admin.driver().findElement(By.id("enhetens-arendetyper")).getText())
                .isEqualTo("SoL funktionsnedsättning, SoL äldre");
        assertThat(admin.text()).contains("SOL_ALDRE → SOL_FUNKTIONSNEDSATTNING, SOL_ALDRE");

        // ... and the first unit keeps LSS only: a save without a reason first, refused beside the field
        oppnaEnhet(lss);
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

        // the handläggare of the first unit registers a SoL funktionsnedsättning case there: refused, naming the unit
        // that took it (beside the demo's LSS, which handles it too)
        handlaggare.loggaIn(anvandare);
        handlaggare.oppna("/aktualiseringar/ny", "aktualisering-ny");
        handlaggare.skriv("personnummer", Testpersoner.ny());
        handlaggare.skriv("fornamn", "Sol");
        handlaggare.skriv("efternamn", "Enhetsdotter");
        handlaggare.valj("typ", "ANSOKAN");
        handlaggare.valj("arendetyp", "SOL_FUNKTIONSNEDSATTNING");
        handlaggare.valj("enhet", lss);
        handlaggare.sattVarde(
                "inkom", LocalDate.now(se.tillit.drift.Svensktid.ZON).minusDays(1) + "T08:30");
        handlaggare.skriv("orsakskod", "ANSOKAN_INSATS");
        handlaggare.klickaOchVanta("Registrera");
        handlaggare.vantaPa("Enheten handlägger inte den ärendetypen. Den handläggs av: ");
        assertThat(handlaggare.text()).contains("Etyp äldre " + prov + " (test)");
        visa(handlaggare, "typ");
        handlaggare.kontrollera("aktualisering-ny-fel-enhet");
        assertThat(handlaggare.text()).doesNotContain("Nytt ärende");
    }

    /** A myndighet unit of the test's own with {@code typer}, as the demo's units have theirs. */
    private String enhet(String kod, String namn, String... typer) {
        Testkonton.skapaEnhet(jdbc, kod, namn, Enhet.Enhetstyp.MYNDIGHET);
        for (String typ : typer) {
            jdbc.sql("insert into enhet_arendetyp (enhet_kod, arendetyp, skapad_av) values (:e, :typ, 'test')")
                    .param("e", kod)
                    .param("typ", typ)
                    .update();
        }
        return kod;
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
}
