package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utredningsprocessen;

/**
 * A new ansökan set up the way the case tests set up their cases: a handläggare registers it through the API, its
 * assessment's task is done through the engine so that it leads to an investigation, and for a case that waits for
 * "Fatta beslut" the investigation's task is done too.
 *
 * <pre>{@code
 * String arendeId = new Ansokan(port, taskService, DemoKonton.HANDLAGGARE, "BARN_OCH_UNGA", "BOU")
 *         .person(personnummer(), "Pia", "Placeringsson").tillBeslut();
 * }</pre>
 */
public final class Ansokan {

    /** The case the ansökan opened, as the API answered. */
    public record Arende(String arendeId, String arendenummer) {}

    private final int port;
    private final TaskService taskService;
    private final String anvandare;
    private final String arendetyp;
    private final String enhet;
    private String personnummer;
    private String fornamn = "Anna";
    private String efternamn = "Ansokansson";
    private OffsetDateTime inkom = OffsetDateTime.now().minusDays(1);
    private String motivering = "Ansökan";

    /** An ansökan of this case type to this unit, registered by {@code anvandare} on the test server at {@code port}. */
    public Ansokan(int port, TaskService taskService, String anvandare, String arendetyp, String enhet) {
        this.port = port;
        this.taskService = taskService;
        this.anvandare = anvandare;
        this.arendetyp = arendetyp;
        this.enhet = enhet;
    }

    /** Whom it is for; a new personnummer of Skatteverket's test series unless given. */
    public Ansokan person(String personnummer, String fornamn, String efternamn) {
        this.personnummer = personnummer;
        this.fornamn = fornamn;
        this.efternamn = efternamn;
        return this;
    }

    /** When it came in; a day ago unless given. */
    public Ansokan inkom(OffsetDateTime inkom) {
        this.inkom = inkom;
        return this;
    }

    /** The assessment's motivering; "Ansökan" unless given. */
    public Ansokan motivering(String motivering) {
        this.motivering = motivering;
        return this;
    }

    /** Registered through the API (201); its assessment waits. */
    public Arende registrerad() {
        HttpResponse<String> svar = HttpSession.api(port, anvandare, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"%s","efternamn":"%s","arendetyp":"%s","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","enhet":"%s"}""".formatted(
                                personnummer != null ? personnummer : GynnandeLssBeslut.nyttPersonnummer(),
                                fornamn,
                                efternamn,
                                arendetyp,
                                inkom.truncatedTo(ChronoUnit.SECONDS),
                                enhet));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        return new Arende(HttpSession.json(svar.body(), "arendeId"), HttpSession.json(svar.body(), "arendenummer"));
    }

    /** Registered and assessed: it leads to an investigation. */
    public Arende bedomd() {
        Arende arende = registrerad();
        slutfor(
                taskService,
                arende.arendenummer(),
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", motivering));
        return arende;
    }

    /** Registered, assessed and investigated: the case waits for "Fatta beslut". Returns the case's id. */
    public String tillBeslut() {
        Arende arende = bedomd();
        slutfor(taskService, arende.arendenummer(), Utredningsprocessen.TASK_UTREDA, Map.of());
        return arende.arendeId();
    }

    /** Completes the engine's task of this type in the case with this business key (arendenummer). */
    public static void slutfor(
            TaskService taskService, String arendenummer, String uppgift, Map<String, Object> varden) {
        taskService.complete(
                taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer)
                        .taskDefinitionKey(uppgift)
                        .singleResult()
                        .getId(),
                varden);
    }
}
