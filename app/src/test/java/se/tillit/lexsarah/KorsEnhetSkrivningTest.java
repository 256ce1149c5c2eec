package se.tillit.lexsarah;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.KorsEnhet.BOU;
import static se.tillit.KorsEnhet.HANDLAGGARE_LSS;
import static se.tillit.KorsEnhet.LSS;
import static se.tillit.KorsEnhet.avslojarInget;
import static se.tillit.KorsEnhet.falt;
import static se.tillit.KorsEnhet.idIAdress;
import static se.tillit.KorsEnhet.skickat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.HttpSession;
import se.tillit.KorsEnhet.Arende;
import se.tillit.KorsEnhetTestbas;
import se.tillit.TillitSpringTest;

/**
 * Issue 16 (docs/security.md) and ADR 11: a lex Sarah report whose body names another unit's person, or another unit.
 * Neither is refused: anyone working in the service reports genast about any of its units (27 kap. 2 § SoL), and the
 * person concerned may be anyone. What must hold is that the report touches nothing of the other unit's case and
 * that its author, who may read their own report, learns nothing of the person from it: not whether the personnummer
 * is in the register, not the name, not a protected identity, and nothing of a case (ADR 11: "the author gets the same
 * answer as for a known one"). The report's handling (investigation, assessment, ...) is the lex Sarah-ansvarig's and
 * names its report in the address only: the matrix holds it.
 */
@TillitSpringTest
class KorsEnhetSkrivningTest extends KorsEnhetTestbas {

    @Autowired
    ObjectMapper json;

    @Test
    void theAuthorOfAReportNamingAnotherUnitsPersonLearnsNothingOfThePerson_theSameAnswerAsForAnUnknownPersonnummer()
            throws Exception {
        Arende bou = k.arende(BOU);
        Arende skyddad = k.arende(BOU);
        jdbc.sql("update person set skyddsniva = 'SKYDDAD_FOLKBOKFORING' where id = cast(:p as uuid)")
                .param("p", skyddad.personId())
                .update();
        String okand = k.nyttPersonnummer(1921, 1926);
        Map<String, String> fore = k.avtryck(bou, skyddad);
        HttpSession leo = k.api(HANDLAGGARE_LSS);

        JsonNode kand = lasEgen(leo, rapport(LSS, bou.personnummer()), bou);
        JsonNode skyddadSvar = lasEgen(leo, rapport(LSS, skyddad.personnummer()), skyddad);
        JsonNode okandSvar = lasEgen(leo, rapport(BOU, okand), bou);

        assertThat(utanPersonnummer(kand.get("person")))
                .as("a known person, to the author")
                .isEqualTo(utanPersonnummer(okandSvar.get("person")))
                .isEqualTo(utanPersonnummer(skyddadSvar.get("person")));
        assertThat(kand.get("person").get("namn").isNull()).isTrue();
        assertThat(kand.get("atkomst").asText()).isEqualTo("EGEN");
        Map<String, String> efter = k.avtryck(bou, skyddad);
        efter.remove("lexsarah_rapport (antal)");
        efter.keySet().removeIf(nyckel -> nyckel.startsWith("lexsarah_rapport "));
        assertThat(fore).as("nothing of BOU's cases changed").containsAllEntriesOf(efter);
    }

    @Test
    void theReportingPageLikewise_theAuthorsPageShowsNothingOfAnotherUnitsPerson() {
        Arende bou = k.arende(BOU);
        HttpSession leo = k.browser(HANDLAGGARE_LSS);

        Map<String, String> form = falt(
                "enhet",
                BOU,
                "typ",
                "PATAGLIG_RISK",
                "vadHande",
                "Korsenhetstestet: en akt låg kvar i ett väntrum.",
                "intraffade",
                LocalDate.now(se.tillit.drift.Svensktid.ZON).toString(),
                "klockslag",
                "",
                "plats",
                "Väntrummet",
                "personnummer",
                bou.personnummer(),
                "omedelbaraAtgarder",
                "");
        HttpResponse<String> svar = leo.postForm("/lexsarah/ny", form);

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(302);
        avslojarInget(svar, bou, skickat(form));
        String id = idIAdress(svar);
        k.foljUpp(jdbc.sql("select nummer from lexsarah_rapport where id = cast(:id as uuid)")
                .param("id", id)
                .query(String.class)
                .single());
        HttpResponse<String> sida = leo.get("/lexsarah/" + id);
        assertThat(sida.statusCode()).isEqualTo(200);
        avslojarInget(sida, bou);
        assertThat(sida.body()).doesNotContain(bou.fornamn() + " " + bou.efternamn(), "finns inte i personregistret");
    }

    /** Reports as the LSS handläggare, then reads the report as its author; neither answer shows the other unit's case. */
    private JsonNode lasEgen(HttpSession forfattare, String rapport, Arende annan) throws Exception {
        HttpResponse<String> svar = forfattare.post("/api/lexsarah", rapport);
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        k.foljUpp(HttpSession.json(svar.body(), "nummer"));
        avslojarInget(svar, annan, rapport);
        HttpResponse<String> egen = forfattare.get("/api/lexsarah/" + HttpSession.json(svar.body(), "id"));
        assertThat(egen.statusCode()).as(egen.body()).isEqualTo(200);
        avslojarInget(egen, annan);
        return json.readTree(egen.body());
    }

    private static JsonNode utanPersonnummer(JsonNode person) {
        ObjectNode kopia = person.deepCopy();
        kopia.remove("personnummer");
        return kopia;
    }

    private static String rapport(String enhet, String personnummer) {
        return """
                {"enhet":"%s","typ":"PATAGLIG_RISK","vadHande":"Korsenhetstestet: en akt låg kvar i ett väntrum.",
                 "intraffade":"%s","plats":"Väntrummet","personnummer":"%s"}""".formatted(enhet, LocalDate.now(se.tillit.drift.Svensktid.ZON), personnummer);
    }
}
