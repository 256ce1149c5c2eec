package se.tillit.motor.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import se.tillit.revision.Atkomstlogg;

/**
 * Writes every request to Camunda's REST API that touches a case to the access log (docs/adr/0019): a process
 * instance, an execution, a task, a variable, the history, a message or signal, a job or an incident, a form submitted
 * or a process started. The row names the method, the path (never the query string: it may hold a business key or a
 * value) and the answer's status, and the case when the path names a process instance or a task of one. Refused
 * requests are logged too: an attempt is worth knowing.
 */
@RequiredArgsConstructor
class MotorRestAtkomstlogg extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MotorRestAtkomstlogg.class);
    private static final int LANGSTA_BESKRIVNING = 200;

    /** The resources of the REST API (after {@code /engine-rest}, and {@code /engine/{name}} if named) about cases. */
    static final List<String> ARENDERESURSER = List.of(
            "process-instance",
            "execution",
            "task",
            "variable-instance",
            "history",
            "message",
            "signal",
            "condition",
            "external-task",
            "job",
            "incident",
            "case-instance",
            "case-execution",
            "modification",
            "migration",
            "restart");

    private static final Pattern RESURS = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?/([^/?]+)(/[^/?]+)?(.*)$");

    private final Atkomstlogg atkomstlogg;
    private final HistoryService historik;

    /** Whether a request to this path (without the context path) touches a case. */
    static boolean rorArende(String sokvag) {
        Matcher m = RESURS.matcher(sokvag);
        if (!m.matches()) {
            return false;
        }
        String resurs = m.group(1);
        String rest = (m.group(2) == null ? "" : m.group(2)) + m.group(3);
        if (ARENDERESURSER.contains(resurs)) {
            return true;
        }
        // starting a process or submitting its start form creates a case's instance
        return resurs.equals("process-definition") && (rest.endsWith("/start") || rest.endsWith("/submit-form"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sokvag =
                request.getRequestURI().substring(request.getContextPath().length());
        if (!rorArende(sokvag)) {
            chain.doFilter(request, response);
            return;
        }
        UUID arendeId = arende(sokvag).orElse(null);
        try {
            chain.doFilter(request, response);
        } finally {
            String beskrivning =
                    "Motorns REST-API: " + request.getMethod() + " " + sokvag + " -> " + response.getStatus();
            try {
                atkomstlogg.logga(
                        request.getMethod().equals("GET") ? Atkomstlogg.Handling.LAS : Atkomstlogg.Handling.SKRIV,
                        arendeId,
                        null,
                        beskrivning.length() > LANGSTA_BESKRIVNING
                                ? beskrivning.substring(0, LANGSTA_BESKRIVNING - 1) + "…"
                                : beskrivning);
            } catch (RuntimeException e) {
                // the answer is on its way; a request that cannot be logged is itself worth an alarm in the log
                log.error(
                        "An /engine-rest request touching a case could not be written to the access log: {} {}",
                        request.getMethod(),
                        sokvag,
                        e);
            }
        }
    }

    /** The case of a process instance or task named in the path, read as the system (the engine's user is not set yet). */
    private Optional<UUID> arende(String sokvag) {
        Matcher m = RESURS.matcher(sokvag);
        if (!m.matches() || m.group(2) == null) {
            return Optional.empty();
        }
        String id = m.group(2).substring(1);
        try {
            String processInstans = switch (m.group(1)) {
                case "process-instance" -> id;
                case "task" -> {
                    HistoricTaskInstance task = historik.createHistoricTaskInstanceQuery()
                            .taskId(id)
                            .singleResult();
                    yield task == null ? null : task.getProcessInstanceId();
                }
                default -> null;
            };
            if (processInstans == null) {
                return Optional.empty();
            }
            HistoricVariableInstance arende = historik.createHistoricVariableInstanceQuery()
                    .processInstanceId(processInstans)
                    .variableName("arendeId")
                    .disableCustomObjectDeserialization()
                    .singleResult();
            return arende == null || arende.getValue() == null
                    ? Optional.empty()
                    : Optional.of(UUID.fromString(arende.getValue().toString()));
        } catch (RuntimeException e) {
            return Optional.empty(); // a made-up id, or not a case's: logged without a case
        }
    }
}
