package se.tillit.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Roll;

/**
 * Issue 16, "one unit's case stays in that unit". A registration in one unit once answered with another unit's open
 * case (its id and number) and attached its text to that case, because the open-case lookup was per person and case
 * type across units. Now: a case type the unit does not handle is refused with the units that do (from their set-up
 * alone), and where two units handle the same type, each unit's aktualisering goes to its own case.
 */
@TillitSpringTest
class EnhetensArendenTest {

    /** a second LSS unit, for this test only: two units handling the same case type */
    static final String NORR = "LSS-NORR";

    static final String NORRS_HANDLAGGARE = "handlaggare.lssnorr";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void enAndraLssEnhet() {
        Testkonton.skapaEnhet(jdbc, NORR, "LSS norr (test)", Enhetstyp.MYNDIGHET);
        jdbc.sql("""
                        insert into enhet_arendetyp (enhet_kod, arendetyp, skapad_av) values (:kod, 'LSS', 'test')
                        on conflict do nothing""").param("kod", NORR).update();
        Testkonton.skapaKonto(jdbc, NORRS_HANDLAGGARE, "Nora Norr (test)", NORR, Roll.HANDLAGGARE);
    }

    @Test
    void aCaseTypeTheUnitDoesNotHandleIsRefusedNamingTheRightUnit_andNothingOfTheOtherUnitsCaseIsShown() {
        String barn = Testpersoner.medKontrollsiffra("20140505-982");
        HttpSession hanna = HttpSession.browser(port, "handlaggare.bou", DemoKonton.LOSENORD);
        HttpResponse<String> bou = hanna.postForm("/aktualiseringar/ny", anmalan(barn, "BARN_OCH_UNGA", "BOU"));
        assertThat(bou.statusCode()).as(bou.body()).isEqualTo(302);
        Map<String, Object> bousArende =
                jdbc.sql("""
                        select id::text as id, arendenummer from arende
                         where person_id = (select id from person where personnummer = :pnr) and status = 'OPPET'""").param("pnr", barn.replace("-", "")).query().singleRow();

        // handlaggare.lss (LSS and VUX) registers the same child as a child case in LSS
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> fel = leo.postForm("/aktualiseringar/ny", anmalan(barn, "BARN_OCH_UNGA", "LSS"));

        assertThat(fel.statusCode()).isEqualTo(400); // R01
        assertThat(fel.body())
                .contains("Enheten handlägger inte den ärendetypen. Den handläggs av: Barn och unga")
                .doesNotContain((String) bousArende.get("arendenummer"), (String) bousArende.get("id"));
        assertThat(aktualiseringar((String) bousArende.get("id")))
                .as("nothing attached to BOU's case")
                .isEqualTo(1);
        assertThat(oppnaArenden(barn)).isEqualTo(1);
    }

    @Test
    void twoUnitsHandlingOneCaseType_eachRegistrationGoesToItsOwnUnitsCase() {
        String person = Testpersoner.medKontrollsiffra("19550606-988");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(leo.postForm("/aktualiseringar/ny", anmalan(person, "LSS", "LSS"))
                        .statusCode())
                .isEqualTo(302);
        String lssArendenummer = jdbc.sql("""
                        select arendenummer from arende where enhet_kod = 'LSS' and status = 'OPPET'
                           and person_id = (select id from person where personnummer = :pnr)""")
                .param("pnr", person.replace("-", ""))
                .query(String.class)
                .single();

        HttpSession nora = HttpSession.browser(port, NORRS_HANDLAGGARE, DemoKonton.LOSENORD);
        HttpResponse<String> norr = nora.postForm("/aktualiseringar/ny", anmalan(person, "LSS", NORR));
        assertThat(norr.statusCode()).as(norr.body()).isEqualTo(302);
        String sida = nora.get("/aktualiseringar/ny").body();

        assertThat(sida).contains("Registrerad. Nytt ärende").doesNotContain(lssArendenummer);
        assertThat(jdbc.sql("""
                        select string_agg(enhet_kod, ',' order by enhet_kod) from arende where status = 'OPPET'
                           and person_id = (select id from person where personnummer = :pnr)""")
                        .param("pnr", person.replace("-", ""))
                        .query(String.class)
                        .single())
                .isEqualTo("LSS,LSS-NORR");
        // and the other unit's case cannot be opened from the unit that registered
        String lssId = jdbc.sql("select id::text from arende where arendenummer = :n")
                .param("n", lssArendenummer)
                .query(String.class)
                .single();
        assertThat(nora.get("/arenden/" + lssId).statusCode()).isEqualTo(404);
    }

    @Test
    void whetherAPersonnummerIsInTheRegisterIsNotSaidToSomeoneWithoutTheRoleInTheUnit() {
        // a provider's account tries the register through the registration form: the role is checked first
        HttpSession utforare = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        Map<String, String> utanNamn = anmalan("19620830-9838", "LSS", "LSS");
        utanNamn.remove("fornamn");
        utanNamn.remove("efternamn");
        HttpResponse<String> svar = utforare.postForm("/aktualiseringar/ny", utanNamn);
        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(svar.body()).doesNotContain("finns inte i registret", "för- och efternamn");
    }

    private static Map<String, String> anmalan(String personnummer, String arendetyp, String enhet) {
        return Aktualiseringsformular.anmalan(personnummer, "Ebba", "Enhetsson", arendetyp, enhet, "Anmälan");
    }

    private long aktualiseringar(String arendeId) {
        return jdbc.sql("select count(*) from aktualisering where arende_id = cast(:a as uuid)")
                .param("a", arendeId)
                .query(Long.class)
                .single();
    }

    private long oppnaArenden(String personnummer) {
        return jdbc.sql("""
                        select count(*) from arende where status = 'OPPET'
                           and person_id = (select id from person where personnummer = :pnr)""")
                .param("pnr", personnummer.replace("-", ""))
                .query(Long.class)
                .single();
    }
}
