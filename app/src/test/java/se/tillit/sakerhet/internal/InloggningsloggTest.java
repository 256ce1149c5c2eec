package se.tillit.sakerhet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Inloggningslogg;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;
import se.tillit.sakerhet.Roll;

/**
 * Issue 16: every login, logout, failed login and lockout is a row; five failures lock the name for a while, whether
 * an account has it or not, and the answer is the same; people never use HTTP Basic; the auditor reads the log.
 */
@TillitSpringTest
class InloggningsloggTest {

    private static final String LOSENORD = "ett-langt-testlosenord-16";

    @LocalServerPort
    int port;

    @Autowired
    Inloggningslogg logg;

    @Autowired
    Anvandarkonton konton;

    @Test
    void aLoginAndALogoutAreRowsWithTheMethodAndTheSourceAddress() {
        String namn = nyttKonto(Map.of("BOU", EnumSet.of(Roll.HANDLAGGARE)));
        HttpSession session = HttpSession.browser(port, namn, LOSENORD);
        assertThat(session.loginResponse().headers().firstValue("Location"))
                .hasValueSatisfying(plats -> assertThat(plats).endsWith("/"));

        session.postForm("/logout", Map.of());

        List<Inloggningslogg.Rad> rader = logg.lista(namn, null, null, null, 10);
        assertThat(rader)
                .extracting(Inloggningslogg.Rad::handelse)
                .containsExactly(Handelse.UTLOGGNING, Handelse.INLOGGNING);
        assertThat(rader).allSatisfy(rad -> {
            assertThat(rad.metod()).isEqualTo(Metod.LOSENORD);
            assertThat(rad.kallip()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void fiveFailuresLockAnExistingAccountAndTheRightPasswordIsRefusedWhileItIsLocked() {
        String namn = nyttKonto(Map.of("BOU", EnumSet.of(Roll.HANDLAGGARE)));

        List<String> svar = femMisslyckanden(namn);
        HttpResponse<String> medRattLosenord = HttpSession.anonymous(port).submitLogin(namn, LOSENORD);

        assertThat(svar).containsExactly("/login?fel", "/login?fel", "/login?fel", "/login?fel", "/login?sparrad");
        assertThat(plats(medRattLosenord)).endsWith("/login?sparrad");
        assertThat(HttpSession.anonymous(port).get("/login?sparrad").body())
                .contains("För många misslyckade inloggningar")
                .contains("Vänta 15 minuter");
        List<Inloggningslogg.Rad> rader = logg.lista(namn, null, null, null, 10);
        assertThat(rader.get(0).handelse()).isEqualTo(Handelse.MISSLYCKAD);
        assertThat(rader.get(0).orsak()).isEqualTo(Orsak.KONTO_SPARRAT);
        assertThat(rader.get(1).handelse()).isEqualTo(Handelse.SPARRAD);
        assertThat(rader.get(1).orsak()).isEqualTo(Orsak.KONTO);
        assertThat(rader.subList(2, 7))
                .allSatisfy(rad -> assertThat(rad.orsak()).isEqualTo(Orsak.FEL_UPPGIFTER));
    }

    @Test
    void aNameNoAccountHasIsLockedTheSameWaySoTheLockoutTellsNothingOfWhichAccountsExist() {
        String namn = "finns.inte." + UUID.randomUUID().toString().substring(0, 8);

        List<String> svar = femMisslyckanden(namn);

        assertThat(svar).containsExactly("/login?fel", "/login?fel", "/login?fel", "/login?fel", "/login?sparrad");
        assertThat(plats(HttpSession.anonymous(port).submitLogin(namn, LOSENORD)))
                .endsWith("/login?sparrad");
    }

    @Test
    void aLockedNameIsRefusedOverHttpBasicTooWithTheSameMessage() {
        String namn = "tjanst.finns.inte." + UUID.randomUUID().toString().substring(0, 8);
        femMisslyckanden(namn);

        HttpResponse<String> svar = HttpSession.basic(port, namn, LOSENORD).get("/api/arenden");

        assertThat(svar.statusCode()).isEqualTo(401);
        assertThat(svar.body()).contains("För många misslyckade inloggningar");
    }

    @Test
    void aLoginResetsTheCount() {
        String namn = nyttKonto(Map.of("BOU", EnumSet.of(Roll.HANDLAGGARE)));
        for (int i = 0; i < 4; i++) {
            HttpSession.anonymous(port).submitLogin(namn, "fel-losenord-" + i);
        }
        assertThat(plats(HttpSession.anonymous(port).submitLogin(namn, LOSENORD)))
                .endsWith("/");

        assertThat(femMisslyckanden(namn).subList(0, 4)).containsOnly("/login?fel");
    }

    @Test
    void aPersonsPasswordOverHttpBasicIsRefusedAndLogged() {
        String namn = nyttKonto(Map.of("BOU", EnumSet.of(Roll.HANDLAGGARE)));

        HttpResponse<String> svar = HttpSession.basic(port, namn, LOSENORD).get("/api/arenden");

        assertThat(svar.statusCode()).isEqualTo(401);
        assertThat(svar.body()).contains("Personliga konton använder inte HTTP Basic");
        Inloggningslogg.Rad rad = logg.lista(namn, null, null, null, 1).get(0);
        assertThat(rad.handelse()).isEqualTo(Handelse.NEKAD);
        assertThat(rad.metod()).isEqualTo(Metod.BASIC);
        assertThat(rad.orsak()).isEqualTo(Orsak.PERSON_MED_BASIC);
    }

    @Test
    void aServiceAccountsBasicLoginsAreLoggedOncePerInterval() {
        String namn = nyttTjanstekonto();
        HttpSession tjanst = HttpSession.basic(port, namn, LOSENORD);

        for (int i = 0; i < 3; i++) {
            assertThat(tjanst.get("/api/arenden/" + UUID.randomUUID()).statusCode())
                    .isEqualTo(404);
        }

        assertThat(logg.lista(namn, Handelse.INLOGGNING, null, null, 10))
                .singleElement()
                .satisfies(rad -> assertThat(rad.metod()).isEqualTo(Metod.BASIC));
    }

    @Test
    void aServiceAccountCannotLogInWithTheBrowser() {
        String namn = nyttTjanstekonto();

        assertThat(plats(HttpSession.anonymous(port).submitLogin(namn, LOSENORD)))
                .endsWith("/login?fel");
        assertThat(logg.lista(namn, null, null, null, 1).get(0).orsak()).isEqualTo(Orsak.TJANSTEKONTO_I_WEBBLASARE);
    }

    @Test
    void theAuditorReadsTheLogInTheBrowserAndNoOneElseDoes() {
        String namn = "revisionstest." + UUID.randomUUID().toString().substring(0, 8);
        HttpSession.anonymous(port).submitLogin(namn, "fel");

        HttpResponse<String> sida = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/revision/inloggningar?anvandare=" + namn);

        assertThat(sida.statusCode()).isEqualTo(200);
        assertThat(sida.body())
                .contains(namn)
                .contains("Misslyckad inloggning")
                .contains("Fel användarnamn eller lösenord")
                .contains("127.0.0.1")
                .contains("Lösenord");
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/revision/inloggningar")
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .get("/revision/inloggningar")
                        .statusCode())
                .isEqualTo(403);
    }

    private List<String> femMisslyckanden(String namn) {
        return java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> plats(HttpSession.anonymous(port).submitLogin(namn, "fel-losenord-" + i)))
                .map(plats -> plats.substring(plats.indexOf("/login")))
                .toList();
    }

    private static String plats(HttpResponse<String> svar) {
        return svar.headers().firstValue("Location").orElse("");
    }

    private String nyttKonto(Map<String, java.util.Set<Roll>> roller) {
        String namn = "inloggning." + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaOmSaknas(
                new NyttKonto(namn, "Testperson Inloggning (syntetisk)", null, false, roller),
                LOSENORD,
                "test:inloggning");
        return namn;
    }

    private String nyttTjanstekonto() {
        String namn = "tjanst." + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaOmSaknas(
                new NyttKonto(
                        namn, "Testtjänst (syntetisk)", null, true, Map.of("SOCFORV", EnumSet.of(Roll.INTEGRATION))),
                LOSENORD,
                "test:inloggning");
        return namn;
    }
}
