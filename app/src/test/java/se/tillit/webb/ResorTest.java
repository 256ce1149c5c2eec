package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.tillit.DemoKonton;
import se.tillit.Testpersoner;

/**
 * Issue 14, journeys 2 and 3, in the browser only (no API call, no SQL), each from login to the last page, every page
 * under axe-core: the appeal of an avslag (in time, omprövning without change, forwarded, domslut upheld), and a
 * child's case (anmälan, skyddsbedömning the same day, förhandsbedömning, utredning, the chef's förlängning from the
 * overdue view, the decision the delegationsordning sends to the chef). Screenshots: target/skarmbilder/resa2-*, resa3-*.
 */
class ResorTest extends Webblasartestbas {

    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    /** Journey 2: the avslag of journey 1's path is appealed in time, not changed on omprövning, forwarded, upheld. */
    @Test
    void anAppealOfAnAvslag_inTimeReconsideredForwardedUpheld() throws Exception {
        String idag = LocalDate.now(SVENSK_TID).toString();
        w.loggaIn("handlaggare.lss");
        String arendenummer = lssArendeMedBifallOchAvslag(Testpersoner.ny(), "Stig", "Resarsson");

        // the avslag's page: delgivning today, then the appeal that came in today, within the three weeks
        webblasare
                .findElement(By.xpath("//table//a[contains(@href, '/beslut/') and contains(., 'Ledsagarservice')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/beslut/[0-9a-f-]+$"));
        String beslutssida = webblasare.getCurrentUrl();
        w.sattVarde("delgivningsdatum", idag);
        w.kryssa("delgivningssatt-POST");
        w.klicka("Registrera delgivningen");
        w.vantaPa("Delgivningen är registrerad.");
        // three weeks from the delgivning, moved to the next working day when it ends on a weekend or holiday
        String sistaDag = w.text().replaceAll("(?s).*Till och med (\\d{4}-\\d{2}-\\d{2}).*", "$1");
        assertThat(LocalDate.parse(sistaDag))
                .isBetween(
                        LocalDate.parse(idag).plusWeeks(3),
                        LocalDate.parse(idag).plusWeeks(3).plusDays(4));
        w.kontrollera("resa2-delgivet");
        w.sattVarde("inkom", idag);
        w.klicka("Registrera överklagandet");
        w.vantaPa("Överklagandet är registrerat.");
        assertThat(w.text()).contains("Överklagande som kom in " + idag, "I rätt tid (sista dag " + sistaDag + ")");
        w.kontrollera("resa2-overklagat");

        // omprövning: the process's task, taken from the unit's list, leads to the decision's page
        w.taFranEnhetensLista(arendenummer, "Ompröva beslutet");
        w.kontrollera("resa2-uppgift-omprova");
        foljLankenTillBeslutet(beslutssida);
        w.klicka("Registrera omprövningen");
        w.vantaPa("Inget sparades. Rätta felen nedan.");
        w.kontrollera("resa2-omprovning-fel");
        w.kryssa(id("input[id^='omprovning-INTE_ANDRAT-']"));
        webblasare
                .findElement(By.cssSelector("textarea[id^='motivering-']"))
                .sendKeys("Överklagandet för inte fram något nytt; behovet tillgodoses genom korttidsvistelsen.");
        w.sattVarde(id("input[id^='omprovad-']"), idag);
        w.klicka("Registrera omprövningen");
        w.vantaPa("Omprövningen är registrerad.");
        assertThat(w.text())
                .contains(
                        "Ändras inte (" + idag + ", handlaggare.lss)",
                        "Överlämnas senast",
                        "Överklagandet för inte fram något nytt");

        // forwarding to förvaltningsrätten: again a task of the unit first
        w.taFranEnhetensLista(arendenummer, "Överlämna överklagandet");
        foljLankenTillBeslutet(beslutssida);
        w.sattVarde(id("input[id^='overlamnat-']"), idag);
        w.skriv(id("input[id^='malnummer-']"), "4711-" + idag.substring(2, 4));
        w.klicka("Registrera överlämnandet");
        w.vantaPa("Överlämnandet är registrerat.");
        assertThat(w.text())
                .contains(
                        "Överlämnat till förvaltningsrätten",
                        idag + " av handlaggare.lss",
                        "4711-" + idag.substring(2, 4));
        assertThat(w.text()).doesNotContain("Överlämnas senast");
        w.kontrollera("resa2-overlamnat");

        // the court upholds the avslag
        w.kryssa(id("input[id^='domstolensUtfall-AVSLAGET-']"));
        w.sattVarde(id("input[id^='domDatum-']"), idag);
        w.klicka("Registrera domen");
        w.vantaPa("Domen är registrerad.");
        assertThat(w.text()).contains("Överklagandet avslogs " + idag + " (registrerat av handlaggare.lss)");
        assertThat(webblasare.findElements(By.xpath("//form[contains(@action, '/overklaganden/')]")))
                .as("no step left")
                .isEmpty();
        w.kontrollera("resa2-domslut");

        // nothing of the appeal is left on the unit's list
        w.oppna("/uppgifter?vy=enhetens", "resa2-uppgifter");
        assertThat(webblasare.findElements(
                        By.xpath("//tr[.//a[text()='" + arendenummer + "'] and (contains(., 'Ompröva')"
                                + " or contains(., 'Överlämna') or contains(., 'enligt domen'))]")))
                .isEmpty();
        w.loggaUt();
    }

    /**
     * Journey 3: a child. The anmälan, the omedelbar skyddsbedömning the same day, the förhandsbedömning, the
     * investigation; the chef extends it from the overdue view (its "due within N days" column: a new investigation is
     * due in four months, and making it overdue would need SQL); the handläggare signs and proposes the decision, which
     * the delegationsordning gives to the chef (BARN_OCH_UNGA, punkt 2.2); the chef takes the task and decides; the letter.
     */
    @Test
    void aChildsCase_fromAnmalanToTheChefsDecision() throws Exception {
        LocalDateTime nu = LocalDateTime.now(SVENSK_TID);
        String idag = nu.toLocalDate().toString();
        // a few minutes ago, today: the skyddsbedömning is then due the same day (just after midnight, midnight itself)
        LocalDateTime inkom = nu.minusMinutes(5).toLocalDate().isBefore(nu.toLocalDate())
                ? nu.toLocalDate().atStartOfDay()
                : nu.minusMinutes(5);
        w.loggaIn(DemoKonton.HANDLAGGARE);

        w.oppna("/aktualiseringar/ny", "resa3-anmalan");
        w.skriv("personnummer", Testpersoner.medKontrollsiffra("20140607-982"));
        w.skriv("fornamn", "Nils");
        w.skriv("efternamn", "Resbarnsson");
        w.valj("typ", "ANMALAN");
        w.valj("arendetyp", "BARN_OCH_UNGA");
        w.valj("enhet", "BOU");
        w.sattVarde("inkom", inkom.truncatedTo(ChronoUnit.MINUTES).toString());
        w.skriv("orsakskod", "ORO_FOR_BARN");
        w.skriv("anmalartyp", "SKOLA");
        w.skriv(
                "beskrivning",
                "Skolan är orolig: Nils har varit frånvarande i tre veckor och säger att han inte får gå hemifrån.");
        w.klicka("Registrera");
        w.vanta(d ->
                d.getPageSource().contains("nytt ärende") || d.getPageSource().contains("Nytt ärende"));
        String arendenummer =
                webblasare.findElement(By.cssSelector("div.info p")).getText().replaceAll(".*?(\\d{4}-\\d{6}).*", "$1");

        // the omedelbar skyddsbedömning, the same day, through its form
        w.taFranEnhetensLista(arendenummer, "Gör omedelbar skyddsbedömning");
        w.kontrollera("resa3-skyddsbedomning");
        w.kryssa("omedelbartSkyddsbehov-1");
        w.skriv("atgarder", "Samtal med Nils och hans mamma i skolan i dag; ingen akut fara, mamman tar emot stöd.");
        w.klicka("Slutför");
        w.vantaPa("Uppgiften är slutförd.");

        // the förhandsbedömning: an investigation is opened
        w.taFranEnhetensLista(arendenummer, "Besluta om utredning");
        w.kryssa("bedomning-0");
        w.skriv("motivering", "Oron är allvarlig och gäller barnets skolgång och hemsituation; utredning inleds.");
        w.klicka("Slutför");
        w.vantaPa("Uppgiften är slutförd.");

        // the investigation, taken and written as a draft
        w.taFranEnhetensLista(arendenummer, "Utreda");
        webblasare
                .findElement(By.xpath("//main//a[contains(@href, '/utredningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/utredningar/[0-9a-f-]+$"));
        String utredning = webblasare.getCurrentUrl();
        w.skriv("begaran", "Mamman vill att Nils får någon vuxen att prata med utanför hemmet.");
        w.skriv("bakgrund", "Nils bor med sin mamma; skolan anmälde oro efter lång frånvaro.");
        w.skriv("enskildesSyn", "Nils vill gärna träffa någon att spela fotboll med.");
        w.skriv("bedomning", "En kontaktperson ger Nils en trygg vuxen och stöd att komma tillbaka till skolan.");
        w.valj("insatstyp0", "SOL_KONTAKTPERSON");
        w.valj("utfall0", "BIFALL");
        w.skriv("motivering0", "Nils behöver en vuxen förebild utanför familjen.");
        w.klicka("Spara utkast");
        w.vantaPa("Utkastet är sparat som en ny version.");
        w.kontrollera("resa3-utredning");
        w.loggaUt();

        // the chef: the overdue view, investigations due within 200 days, the förlängning from the list
        w.loggaIn(DemoKonton.CHEF);
        w.oppna("/forsenat", "resa3-forsenat");
        webblasare.findElement(By.id("dagar")).clear();
        w.skriv("dagar", "200");
        w.klicka("Filtrera");
        w.vanta(d -> d.getCurrentUrl().contains("dagar=200"));
        webblasare
                .findElement(By.xpath("//section[h2[@id='enhet-BOU']]//tr[th[text()='Utredningar']]/td[2]/a"))
                .click();
        w.vanta(d -> d.getCurrentUrl().contains("/forsenat/lista"));
        w.kontrollera("resa3-forsenat-lista");
        webblasare
                .findElement(By.xpath(
                        "//tr[.//a[text()='" + arendenummer + "']]//a[contains(@href, '/utredning/forlangning')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().endsWith("/utredning/forlangning"));
        w.kontrollera("resa3-forlangning");
        LocalDate fristNu = LocalDate.parse(webblasare
                .findElement(By.xpath("//dl[@class='fakta']/dd[1]"))
                .getText()
                .strip());
        String nyFrist = fristNu.plusMonths(2).toString();
        w.sattVarde("beslutsdatum", idag);
        w.skriv("skal", "Utredningen behöver ett utlåtande från barn- och ungdomspsykiatrin som dröjer.");
        w.sattVarde("nyFrist", nyFrist);
        w.klicka("Besluta förlängning");
        w.vantaPa("Förlängningen är registrerad och fristen flyttad.");
        assertThat(w.text()).contains("Beslutad " + idag + ": förlängd till " + nyFrist + " av " + DemoKonton.CHEF);
        w.loggaUt();

        // the handläggare signs, then proposes the decision: the table sends it to the chef
        w.loggaIn(DemoKonton.HANDLAGGARE);
        webblasare.get(utredning);
        w.klicka("Signera och slutför");
        w.vantaPa("Utredningen är signerad och slutförd.");
        w.taFranEnhetensLista(arendenummer, "Fatta beslut");
        webblasare
                .findElement(By.xpath("//main//a[contains(@href, '/beslut/nytt')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().contains("/beslut/nytt"));
        assertThat(w.text()).contains("Enligt delegationsordningen beslutas detta av enhetschef (punkt 2.2).");
        w.kontrollera("resa3-beslut-forslag");
        w.sattVarde("beslut[0].giltigFrom", idag);
        w.valj("beslut[0].utforare", "UTF-SOLROSEN");
        w.valj("beslut[0].utforartyp", "EGEN_REGI");
        w.sattVarde("beslut[0].onskadStart", idag);
        w.klicka("Fatta beslut");
        w.vantaPa("Beslutet ligger utanför din delegation. Förslaget har gått till enhetschefen som en uppgift.");
        w.kontrollera("resa3-arende-forslag");
        w.loggaUt();

        // the chef takes the task, reviews the proposal and decides; the letter is on the case page
        w.loggaIn(DemoKonton.CHEF);
        w.taFranEnhetensLista(arendenummer, "Fatta beslut enligt delegationsordningen");
        webblasare
                .findElement(By.xpath("//main//a[contains(@href, '/beslut/nytt')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().contains("/beslut/nytt"));
        assertThat(w.text()).contains("Förslag från " + DemoKonton.HANDLAGGARE);
        w.kontrollera("resa3-beslut-chef");
        w.klicka("Fatta beslut");
        w.vantaPa("Beslutet är fattat och beslutsbrevet skrivet.");
        w.kontrollera("resa3-arende-beslut");
        String brev = webblasare
                .findElement(By.xpath("//a[contains(@href, '/beslutsbrev/')]"))
                .getAttribute("href");
        assertThat(w.pdfText(brev)).contains("Nils Resbarnsson", "Kontaktperson (SoL)");
        webblasare
                .findElement(By.xpath("//table//a[contains(@href, '/beslut/') and contains(., 'Kontaktperson')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/beslut/[0-9a-f-]+$"));
        assertThat(w.text()).contains(DemoKonton.CHEF, "2.2");
        w.kontrollera("resa3-beslutssida");
        w.loggaUt();
    }

    /**
     * Journey 1's path, compact, by the logged-in handläggare of LSS: the ansökan for two insatser, the assessment, the
     * investigation with a bifall and an avslag, kommunicering and its reply, the signature, the decision. Ends on the
     * case page after the decision.
     */
    private String lssArendeMedBifallOchAvslag(String personnummer, String fornamn, String efternamn)
            throws IOException {
        String idag = LocalDate.now(SVENSK_TID).toString();
        w.oppna("/aktualiseringar/ny", "resa2-aktualisering");
        w.skriv("personnummer", personnummer);
        w.skriv("fornamn", fornamn);
        w.skriv("efternamn", efternamn);
        w.valj("typ", "ANSOKAN");
        w.valj("arendetyp", "LSS");
        w.valj("enhet", "LSS");
        // yesterday morning: a time of today could still lie ahead, whatever hour the test runs
        w.sattVarde("inkom", LocalDate.parse(idag).minusDays(1) + "T08:30");
        w.skriv("orsakskod", "ANSOKAN_INSATS");
        w.skriv("beskrivning", "Ansöker om korttidsvistelse och ledsagarservice.");
        w.klicka("Registrera");
        w.vanta(d ->
                d.getPageSource().contains("nytt ärende") || d.getPageSource().contains("Nytt ärende"));
        String arendenummer =
                webblasare.findElement(By.cssSelector("div.info p")).getText().replaceAll(".*?(\\d{4}-\\d{6}).*", "$1");

        w.taFranEnhetensLista(arendenummer, "Bedöm");
        w.kryssa("bedomning-0");
        w.skriv("motivering", "Ansökan gäller insatser enligt LSS; utredning inleds.");
        w.klicka("Slutför");
        w.vantaPa("Uppgiften är slutförd.");

        w.taFranEnhetensLista(arendenummer, "Utreda");
        webblasare
                .findElement(By.xpath("//main//a[contains(@href, '/utredningar/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/utredningar/[0-9a-f-]+$"));
        w.skriv("begaran", "Jag vill komma iväg ibland och ha någon med mig när jag handlar.");
        w.skriv("bakgrund", fornamn + " bor med sin syster och har en intellektuell funktionsnedsättning.");
        w.skriv("enskildesSyn", fornamn + " vill prova på att bo borta några dygn i månaden.");
        w.skriv("bedomning", "Behovet av korttidsvistelse är styrkt; ledsagning ges genom korttiden.");
        w.valj("insatstyp0", "LSS_KORTTIDSVISTELSE");
        w.valj("utfall0", "BIFALL");
        w.skriv("motivering0", "Miljöombyte och avlösning för systern.");
        w.klicka("Lägg till en rad");
        w.vanta(d -> !d.findElements(By.id("insatstyp1")).isEmpty());
        w.valj("insatstyp1", "LSS_LEDSAGARSERVICE_AVLOSARSERVICE");
        w.valj("utfall1", "AVSLAG");
        w.skriv("motivering1", "Behovet tillgodoses genom korttidsvistelsen.");
        w.klicka("Spara utkast");
        w.vantaPa("Utkastet är sparat som en ny version.");
        w.sattVarde("skickad", idag);
        w.kryssa("satt-POST");
        w.skriv("vad", "Utredningen med förslag till beslut.");
        w.klicka("Kommunicera underlaget");
        w.vanta(d -> !d.findElements(By.id("besvarad")).isEmpty());
        w.sattVarde("besvarad", idag);
        w.skriv("sammanfattning", fornamn + " har inget att tillägga.");
        w.klicka("Registrera svaret");
        w.vantaPa(fornamn + " har inget att tillägga.");
        w.klicka("Signera och slutför");
        w.vantaPa("Utredningen är signerad och slutförd.");

        w.taFranEnhetensLista(arendenummer, "Fatta beslut");
        webblasare
                .findElement(By.xpath("//main//a[contains(@href, '/beslut/nytt')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().contains("/beslut/nytt"));
        w.sattVarde("beslut[0].giltigFrom", idag);
        w.valj("beslut[0].utforare", "UTF-SOLROSEN");
        w.valj("beslut[0].utforartyp", "EGEN_REGI");
        w.sattVarde("beslut[0].onskadStart", idag);
        w.valj("beslut[0].individuellPlan", "MUNTLIGT");
        w.skriv("beslut[0].omfattning", "Fyra dygn per månad");
        w.sattVarde("beslut[1].giltigFrom", idag);
        w.klicka("Fatta beslut");
        w.vantaPa("Beslutet är fattat och beslutsbrevet skrivet.");
        return arendenummer;
    }

    /** On a task's page: the link to the page where the task is done, which is this decision's page. */
    private void foljLankenTillBeslutet(String beslutssida) throws IOException {
        webblasare
                .findElement(By.xpath("//main//a[contains(@href, '/beslut/')]"))
                .click();
        w.vanta(d -> d.getCurrentUrl().matches(".*/beslut/[0-9a-f-]+$"));
        assertThat(webblasare.getCurrentUrl()).isEqualTo(beslutssida);
    }

    /** The id of the field the selector finds: an appeal's fields carry the appeal's id in theirs. */
    private String id(String css) {
        return webblasare.findElement(By.cssSelector(css)).getAttribute("id");
    }
}
