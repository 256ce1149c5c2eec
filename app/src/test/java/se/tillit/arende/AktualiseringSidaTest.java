package se.tillit.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/** Registering an aktualisering from the browser: the same use case as the API (R01). */
@TillitSpringTest
class AktualiseringSidaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHandlaggareRegistersAnAnsokanAndItsTaskAppearsInTheUnitsList() {
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(leo.get("/aktualiseringar/ny").body())
                .contains("Registrera aktualisering", "value=\"LSS\"", "value=\"VUX\"");
        long arendenFore = antalArenden();

        HttpResponse<String> ogiltig = leo.postForm(
                "/aktualiseringar/ny",
                Map.of(
                        "personnummer",
                        "19520909-9885",
                        "arendetyp",
                        "LSS",
                        "enhet",
                        "LSS",
                        "inkom",
                        "",
                        "orsakskod",
                        "ANSOKAN_INSATS"));
        assertThat(ogiltig.statusCode()).isEqualTo(400);
        assertThat(ogiltig.body())
                .contains("Aktualiseringen är inte registrerad", "Välj ett av alternativen", "Ange datum och klockslag")
                .contains("value=\"19520909-9885\"");
        assertThat(antalArenden()).isEqualTo(arendenFore);

        HttpResponse<String> giltig = leo.postForm(
                "/aktualiseringar/ny",
                Aktualiseringsformular.ifyllt(
                        "19520909-9885",
                        "Bertil",
                        "Sidsson",
                        "ANSOKAN",
                        "LSS",
                        "LSS",
                        "ANSOKAN_INSATS",
                        "Ansökan om ledsagarservice"));

        assertThat(giltig.statusCode()).as(giltig.body()).isEqualTo(302);
        assertThat(leo.get("/aktualiseringar/ny").body()).contains("Registrerad. Nytt ärende");
        assertThat(antalArenden()).isEqualTo(arendenFore + 1);
        assertThat(leo.get("/uppgifter?vy=enhetens&uppgiftstyp=Task_BedomAktualisering&sida=999")
                        .body())
                .contains("Bertil Sidsson");
    }

    @Test
    void aBadPersonnummerIsShownNextToTheField() {
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);

        HttpResponse<String> svar = leo.postForm(
                "/aktualiseringar/ny",
                Aktualiseringsformular.ifyllt(
                        "19520909-9880", "Bertil", "Sidsson", "ANSOKAN", "LSS", "LSS", "ANSOKAN_INSATS", ""));

        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(svar.body()).contains("id=\"fel-personnummer\"", "kontrollsiffra");
    }

    private long antalArenden() {
        return jdbc.sql("select count(*) from arende").query(Long.class).single();
    }
}
