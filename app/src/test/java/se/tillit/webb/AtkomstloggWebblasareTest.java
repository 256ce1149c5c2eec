package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.tillit.DemoKonton;

/**
 * Issue 18 in a real browser: a handläggare reads a case and the start page; the auditor filters the access log by the
 * person, finds the read, exports the selection and checks the log's chain; the chef opens the log review from the
 * start page and sees the unit's staff's reads. axe-core on every page.
 */
class AtkomstloggWebblasareTest extends Webblasartestbas {

    @Test
    void theAuditorFindsAReadByPersonExportsItAndChecksTheChain_theChefReviewsTheUnitsLog() throws Exception {
        // a case of BOU's demo data, to be read (the journey itself has no SQL)
        Map<String, Object> arende = jdbc.sql("""
                        select a.id, p.personnummer from arende a join person p on p.id = a.person_id
                         where a.enhet_kod = 'BOU' and p.skyddsniva = 'INGEN' order by a.skapad limit 1""").query().singleRow();
        String pnr = (String) arende.get("personnummer");
        String personnummer = pnr.substring(0, 8) + "-" + pnr.substring(8);

        w.loggaIn(DemoKonton.HANDLAGGARE);
        w.oppna("/arenden/" + arende.get("id"), "atkomst-arendet-lases");
        w.loggaUt();

        w.loggaIn(DemoKonton.REVISOR);
        w.driver().findElement(By.linkText("Revision")).click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/revision"));
        w.driver().findElement(By.linkText("Åtkomstloggen")).click();
        w.vanta(d -> d.getCurrentUrl().contains("/revision/atkomst"));
        w.skriv("personnummer", personnummer);
        w.klickaOchVanta("Filtrera");
        w.vanta(d -> d.getCurrentUrl().contains("personnummer="));
        w.kontrollera("revision-atkomst-person");
        String tabell = w.driver().findElement(By.tagName("table")).getText();
        assertThat(tabell).contains(DemoKonton.HANDLAGGARE);

        String export = w.driver().findElement(By.id("exportera-logg")).getAttribute("href");
        assertThat(export).contains("/revision/atkomst.csv?", "personnummer=");
        assertThat(w.hamta(export))
                .startsWith(se.tillit.drift.Csv.BOM + "tid;anvandare;roller;handling;")
                .contains(DemoKonton.HANDLAGGARE);

        w.driver().findElement(By.id("kontrollera-kedjan")).click();
        w.vantaPa("Kedjan är hel");
        w.kontrollera("revision-kedja");
        w.loggaUt();

        w.loggaIn(DemoKonton.CHEF);
        w.driver().findElement(By.id("start-loggkontroll")).click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/atkomstlogg"));
        w.kontrollera("loggkontroll-chef");
        String loggrader = w.driver().findElement(By.id("loggrader")).getText();
        assertThat(loggrader).contains(DemoKonton.HANDLAGGARE);
        // no row by another unit's user (a row's detail may name one: the matrix's refused admin requests do)
        assertThat(loggrader.lines())
                .as("rows of handlaggare.lss in BOU's log")
                .noneMatch(rad -> rad.matches("\\S+ \\S+ handlaggare\\.lss .*"));
    }
}
