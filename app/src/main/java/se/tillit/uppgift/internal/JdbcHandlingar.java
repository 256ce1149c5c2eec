package se.tillit.uppgift.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.drift.Svensktid;
import se.tillit.uppgift.Handling;
import se.tillit.uppgift.Handlingar;

@Repository
@RequiredArgsConstructor
class JdbcHandlingar implements Handlingar {

    private static final TypeReference<List<Handling.Rad>> RADER = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final java.time.Clock clock;

    /** Keeps what was submitted in the form as the user read it: labels, and an option's label for its value. */
    void registrera(Uppgiftslista.Rad uppgift, Formular formular, Map<String, String> inskickat, String anvandarnamn) {
        List<Handling.Rad> innehall = new ArrayList<>();
        for (Formular.Falt falt : formular.falt()) {
            innehall.add(new Handling.Rad(falt.etikett(), visat(falt, inskickat.get(falt.nyckel()))));
        }
        try {
            jdbc.sql("""
                    insert into handling (id, arende_id, task_id, rubrik, upprattad_av, upprattad, innehall)
                    values (:id, :arende, :task, :rubrik, :av, :nu, cast(:innehall as jsonb))""")
                    .param("id", UUID.randomUUID())
                    .param("arende", uppgift.arendeId())
                    .param("task", uppgift.taskId())
                    .param("rubrik", uppgift.namn())
                    .param("av", anvandarnamn)
                    .param("nu", OffsetDateTime.now(clock))
                    .param("innehall", mapper.writeValueAsString(innehall))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        registreraSvar(uppgift, formular, inskickat, anvandarnamn);
    }

    /**
     * Every field's value by its key, in {@code formularsvar} (V33): the record of what was answered, which the engine
     * no longer holds (docs/adr/0019: only a form's flags become process variables). A field left empty is not a row.
     */
    private void registreraSvar(
            Uppgiftslista.Rad uppgift, Formular formular, Map<String, String> inskickat, String anvandarnamn) {
        OffsetDateTime nu = OffsetDateTime.now(clock);
        for (Formular.Falt falt : formular.falt()) {
            String varde = inskickat.get(falt.nyckel());
            if ("checkbox".equals(falt.typ())) {
                varde = String.valueOf("true".equals(varde) || "on".equals(varde));
            } else if (varde == null || varde.isBlank()) {
                continue;
            }
            jdbc.sql(
                            "insert into formularsvar (task_id, arende_id, formular, falt, varde, registrerad_av, registrerad, kalla)"
                                    + " values (:task, :arende, :formular, :falt, :varde, :av, :nu, 'FORMULAR')")
                    .param("task", uppgift.taskId())
                    .param("arende", uppgift.arendeId())
                    .param("formular", formular.id())
                    .param("falt", falt.nyckel())
                    .param("varde", varde.strip())
                    .param("av", anvandarnamn)
                    .param("nu", nu)
                    .update();
        }
    }

    @Override
    public List<Handling> forArende(UUID arendeId) {
        return jdbc.sql(
                        "select rubrik, upprattad_av, upprattad, innehall from handling where arende_id = :a order by upprattad")
                .param("a", arendeId)
                .query((rs, n) -> new Handling(
                        rs.getString("rubrik"),
                        rs.getString("upprattad_av"),
                        svenskTid(rs.getObject("upprattad", OffsetDateTime.class)),
                        rader(rs.getString("innehall"))))
                .list();
    }

    /** Shown as the user reads a clock in Sweden; the database keeps the instant. */
    private static OffsetDateTime svenskTid(OffsetDateTime tid) {
        return tid.atZoneSameInstant(Svensktid.ZON).toOffsetDateTime();
    }

    private List<Handling.Rad> rader(String json) {
        try {
            return mapper.readValue(json, RADER);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("handling with unreadable content", e);
        }
    }

    private static String visat(Formular.Falt falt, String varde) {
        if ("checkbox".equals(falt.typ())) {
            return "true".equals(varde) || "on".equals(varde) ? "Ja" : "Nej";
        }
        if (varde == null || varde.isBlank()) {
            return "–";
        }
        return falt.alternativ().stream()
                .filter(a -> a.varde().equals(varde.strip()))
                .map(Formular.Alternativ::etikett)
                .findFirst()
                .orElse(varde.strip());
    }
}
