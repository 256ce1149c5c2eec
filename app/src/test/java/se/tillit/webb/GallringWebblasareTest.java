package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.DemoKonton;
import se.tillit.Testkonton;
import se.tillit.gallring.Gallringsfixtur;
import se.tillit.motor.IndividuellPlanprocessen;
import se.tillit.sakerhet.Roll;

/**
 * Issue 18's gallring in a real browser (docs/adr/0024): the first administrator makes a proposal and approves it, the
 * second confirms it, the due file is destroyed, and the auditor reads the report of what was destroyed; the access log's
 * chain still holds. axe-core on every page; screenshots for docs/skarmbilder (gallring-*.png).
 *
 * <p>The proposal is a real one over the whole shared test database, made on the page as of today. So that it destroys
 * this test's file only, every other file that could be due today (the demo data's 2014 cases, other tests' old cases) is
 * held back for the length of the test with a legal hold, which the proposal then shows as such; the holds are lifted
 * afterwards.
 */
class GallringWebblasareTest extends Webblasartestbas {

    static final String ANDRA_ADMIN = "admin.bekraftare";
    static final String AVGRANSNING = "Testets avgränsning: bara testets akt gallras (test)";

    @Autowired
    Clock clock;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    /** Lifts the test's legal holds: they hold back every other file of the shared database, not only this test's. */
    @AfterEach
    void havGallringsstoppen() {
        jdbc.sql("""
                        update gallringsstopp set havt = now(), havt_av = :admin, havt_skal = 'Testet är slut (test)'
                         where skal = :skal and havt is null""")
                .param("admin", DemoKonton.ADMIN)
                .param("skal", AVGRANSNING)
                .update();
    }

    @Test
    void twoAdministratorsConfirmARun_theDueFileIsDestroyed_andTheAuditorReadsWhatWasDestroyed() throws Exception {
        Testkonton.skapaKonto(jdbc, ANDRA_ADMIN, "Bodil Bekräftare (test)", "SOCFORV", Roll.ADMIN);
        Gallringsfixtur fixtur = new Gallringsfixtur(jdbc);
        // C1 item 17: a SoL file whose last entry is six years old, full (a row in every module); beside it a child's
        // placement (16 kap. 2 §: kept) as old
        LocalDate sexArSedan = LocalDate.now(clock).minusYears(6);
        UUID vuxen = fixtur.person(1966, 12);
        Gallringsfixtur.Arendet arende = fixtur.arende(vuxen, "VUX", "VUXEN", sexArSedan);
        fixtur.heltArende(arende, "VUX");
        // the engine's history of the case: a case process that has ended, under the case number (C1 item 18)
        runtime.createProcessInstanceByKey("individuellplan")
                .businessKey(arende.nummer())
                .setVariables(java.util.Map.of("arendeId", arende.id().toString()))
                .startBeforeActivity(IndividuellPlanprocessen.END_INDIVIDUELL_PLAN_AVSLUTAD)
                .execute();
        String vuxenPnr = fixtur.personnummer(vuxen);
        UUID barn = fixtur.person(2004, 12);
        Gallringsfixtur.Arendet placering = fixtur.arende(barn, "BOU", "BARN_OCH_UNGA", sexArSedan);
        fixtur.aktualisering(placering, "LEDER_TILL_UTREDNING");
        fixtur.beslut(placering, "SOL_PLACERING_BARN", "BIFALL", "SOL");
        hallTillbakaAndraAkter(List.of(vuxen, barn));

        // the first administrator: a proposal now, with its reasons, approved as the first of two
        w.loggaIn(DemoKonton.ADMIN);
        w.driver().findElement(By.linkText("Gallring")).click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/admin/gallring"));
        w.klickaOchVanta("Gör ett nytt förslag nu");
        w.vantaPa("Förslaget per");
        assertThat(w.driver().findElement(By.id("forfallna")).getText())
                .contains(vuxenPnr, arende.nummer(), "SoL (2025:400) 16 kap. 1 §");
        assertThat(w.driver().findElement(By.id("undantagna")).getText())
                .contains(placering.nummer(), "placering av barn", "SoL (2025:400) 16 kap. 2 §");
        w.kontrollera("gallring-forslag");
        visa("forfallna-rubrik");
        w.kontrollera("gallring-forslag-akter");
        w.klickaOchVanta("Godkänn förslaget");
        w.vantaPa("Förslaget är godkänt");
        assertThat(w.driver().findElements(By.id("bekrafta")))
                .as("the one who approved cannot confirm")
                .isEmpty();
        w.kontrollera("gallring-godkant");
        w.loggaUt();

        // the second administrator confirms: the destruction runs, person by person, and the page follows it
        w.loggaIn(ANDRA_ADMIN);
        w.oppna("/admin/gallring", "gallring-bekrafta");
        w.klickaOchVanta("Bekräfta förslaget");
        w.vantaPa("Akterna förstörs nu");
        for (int i = 0; i < 60 && !w.text().contains("Gallringen är klar"); i++) {
            Thread.sleep(500);
            w.driver().navigate().refresh();
        }
        assertThat(w.driver().findElement(By.id("forstoring-lage")).getText())
                .contains("Gallringen är klar", "Akter förstörda helt eller delvis: 1");
        visa("bekraftad-rubrik");
        w.kontrollera("gallring-forstort");
        assertThat(jdbc.sql("select count(*) from person where id = :p")
                        .param("p", vuxen)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from arende where id = :a")
                        .param("a", placering.id())
                        .query(Long.class)
                        .single())
                .isOne();
        w.loggaUt();

        // the auditor reads the report: what was destroyed, per case and kind, and by whom it was confirmed; no one
        // named
        w.loggaIn(DemoKonton.REVISOR);
        w.driver().findElement(By.linkText("Gallringsrapporter")).click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/gallringsrapporter"));
        w.kontrollera("gallring-rapporter");
        w.driver()
                .findElement(By.xpath("//table[@id='korningar']//tbody/tr[1]//a"))
                .click();
        w.vantaPa("Förstört");
        String rapport = w.driver().findElement(By.id("forstort")).getText();
        assertThat(rapport)
                .contains(
                        arende.nummer(),
                        "förstört",
                        "journalanteckningar 1",
                        "beslutsbrev 1",
                        "processer i motorn",
                        "personen är borttagen")
                .doesNotContain(vuxenPnr);
        assertThat(w.text()).contains(DemoKonton.ADMIN, ANDRA_ADMIN);
        w.kontrollera("gallring-rapport");
        visa("forstort-rubrik");
        w.kontrollera("gallring-rapport-forstort");
        // the access log's chain still holds, with the destroyed person's rows pseudonymised
        w.oppna("/revision/kedja", "gallring-kedjan");
        w.vantaPa("Kedjan är hel");
    }

    /** Scrolls the page so that the element is at the top: the screenshot shows that part. */
    private void visa(String id) {
        ((org.openqa.selenium.JavascriptExecutor) w.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /**
     * A legal hold on every other person whose file could be due today: all their cases opened more than five years ago
     * (every rule of the table needs five years after the file's last entry) and none open.
     */
    private void hallTillbakaAndraAkter(List<UUID> testets) {
        jdbc.sql("""
                        insert into gallringsstopp (id, person_id, skal, satt_av, satt)
                        select gen_random_uuid(), p.id, :skal, :admin, now() from person p
                         where p.id not in (:testets)
                           and exists (select 1 from arende a where a.person_id = p.id)
                           and not exists (select 1 from arende a where a.person_id = p.id
                                            and (a.status = 'OPPET' or a.oppnat > now() - interval '5 years'))
                           and not exists (select 1 from gallringsstopp s where s.person_id = p.id and s.havt is null)""")
                .param("skal", AVGRANSNING)
                .param("admin", DemoKonton.ADMIN)
                .param("testets", testets)
                .update();
    }
}
