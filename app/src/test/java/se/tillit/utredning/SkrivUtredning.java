package se.tillit.utredning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.HttpSession;

/**
 * The investigation written and signed on its page, as a handläggare does it (issue 14: Utreda is never completed
 * empty): take the task, save a draft, sign. For tests and the data generator that need a case past Utreda.
 */
public final class SkrivUtredning {

    private SkrivUtredning() {}

    /**
     * Takes the case's Utreda in the browser session {@code sida}, saves the investigation with one favourable
     * proposal for {@code insatstyp} as a draft and signs it; Task_Utreda is then completed.
     */
    public static void signera(HttpSession sida, JdbcClient jdbc, UUID arendeId, String insatstyp) {
        UUID utredningId = jdbc.sql("select id from utredning where arende_id = :a and avslutad is null")
                .param("a", arendeId)
                .query(UUID.class)
                .single();
        String taskId = jdbc.sql("select task_id from uppgift where arende_id = :a and uppgiftstyp = 'Task_Utreda'")
                .param("a", arendeId)
                .query(String.class)
                .single();
        HttpResponse<String> tagen = sida.postForm("/uppgifter/" + taskId + "/ta", Map.of());
        assertThat(tagen.statusCode()).as("take Utreda").isEqualTo(302);
        int version = jdbc.sql("select coalesce(max(version), 0) from utredningstext where utredning_id = :u")
                .param("u", utredningId)
                .query(Integer.class)
                .single();

        HttpResponse<String> utkast =
                sida.postForm("/utredningar/" + utredningId + "/utkast", formular(version, insatstyp));
        assertThat(utkast.statusCode()).as("draft: " + utkast.body()).isEqualTo(302);
        HttpResponse<String> signerad =
                sida.postForm("/utredningar/" + utredningId + "/signera", formular(version + 1, insatstyp));
        assertThat(signerad.statusCode()).as("sign: " + signerad.body()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from uppgift where task_id = :t")
                        .param("t", taskId)
                        .query(Long.class)
                        .single())
                .as("Utreda completed by the signature")
                .isZero();
    }

    private static Map<String, String> formular(int version, String insatstyp) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", Integer.toString(version));
        f.put("begaran", "Jag behöver stöd i vardagen");
        f.put("bakgrund", "Personen har en funktionsnedsättning och har sökt en insats");
        f.put("enskildesSyn", "Personen vill ha insatsen så snart som möjligt");
        f.put("bedomning", "Behovet är styrkt och tillgodoses inte på annat sätt");
        f.put("antalRader", "1");
        f.put("insatstyp0", insatstyp);
        f.put("utfall0", "BIFALL");
        f.put("motivering0", "Behovet är styrkt");
        return f;
    }
}
