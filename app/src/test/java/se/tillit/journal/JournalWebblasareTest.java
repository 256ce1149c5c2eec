package se.tillit.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.webb.Webblasartestbas;

/**
 * The journal in a real browser (Debian's chromium, headless), from the case page: a note with an attachment chosen
 * in the file field, a refused disguised file, a correction. axe-core checks each page for serious or critical
 * WCAG 2.1 A/AA violations; screenshots go to target/skarmbilder.
 */
class JournalWebblasareTest extends Webblasartestbas {

    @Test
    void aHandlaggareWritesANoteWithAnAttachmentAndCorrectsIt() throws IOException {
        var ansokan = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Jonna","efternamn":"Webbjournal","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        Testpersoner.ny(), OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        Path intyg = Files.write(Files.createTempFile("intyg", ".pdf"), Testfiler.pdf());
        Path forklatt = Files.write(Files.createTempFile("forklatt", ".pdf"), Testfiler.exe());
        String igar = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1).toString();

        w.loggaIn("handlaggare.lss");

        webblasare.get(w.adress("/arenden/" + arendeId));
        webblasare
                .findElement(By.linkText("Hela journalen, och skriv en ny anteckning"))
                .click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/journal"));
        w.kontrollera("journal-tom");

        // a program renamed .pdf: refused by its content, the text kept, the error at the file field
        fyll(igar, "slag-INKOMMEN_HANDLING", "Läkarintyget kom in med posten.", forklatt);
        w.vanta(d -> d.getPageSource().contains("Anteckningen är inte sparad"));
        assertThat(webblasare.getPageSource()).contains("är inte en PDF", "Läkarintyget kom in med posten.");
        w.kontrollera("journal-fel");

        webblasare.findElement(By.id("bilagor")).sendKeys(intyg.toString());
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Signera och spara')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Anteckningen är signerad och sparad."));
        assertThat(webblasare.getPageSource())
                .contains("Läkarintyget kom in med posten.", intyg.getFileName().toString());
        w.kontrollera("journal");

        webblasare.findElement(By.linkText("Visa eller rätta anteckningen")).click();
        w.vanta(d -> d.getPageSource().contains("Rätta anteckningen"));
        w.kontrollera("journalanteckning");
        var text = webblasare.findElement(By.id("text"));
        text.clear();
        text.sendKeys("Läkarintyget och en ansökan kom in med posten.");
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Signera och spara rättelsen')]"))
                .click();
        w.vanta(d -> d.getPageSource().contains("Rättelsen är signerad och sparad."));
        assertThat(webblasare.getPageSource())
                .contains("Rättad genom en senare anteckning", "Rättar anteckningen om " + igar);
        w.kontrollera("journal-rattad");
    }

    private void fyll(String datum, String slag, String text, Path fil) {
        ((JavascriptExecutor) webblasare)
                .executeScript("document.getElementById('handelsedatum').value = arguments[0];", datum);
        webblasare.findElement(By.cssSelector("label[for='" + slag + "']")).click();
        webblasare.findElement(By.id("text")).sendKeys(text);
        webblasare.findElement(By.id("bilagor")).sendKeys(fil.toString());
        webblasare
                .findElement(By.xpath("//button[@type='submit' and contains(., 'Signera och spara')]"))
                .click();
    }
}
