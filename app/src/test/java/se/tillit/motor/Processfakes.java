package se.tillit.motor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import se.tillit.bevakning.internal.KalenderForTest;
import se.tillit.motor.internal.Fristberakning;

/**
 * The set-up of every engine-only process test, as one JUnit extension on a static field: the class's own engine with
 * process test coverage ({@link PostgresProcessEngine#extension()}, to which the class callbacks are handed, so that
 * {@link Processtackning} finds its report), the delegates of the processes (the real deadline calculation with the DMN
 * tables and the Swedish calendar; recorders in place of the domain use cases), and the engine clock at a chosen
 * Swedish time. The recorders are emptied before each test and everything global is reset after it (ClockUtil and
 * Mocks are global).
 *
 * <pre>
 * {@literal @}RegisterExtension static Processfakes fakes = Processfakes.med("2026-03-02T10:00");
 * </pre>
 */
final class Processfakes
        implements BeforeAllCallback,
                AfterAllCallback,
                TestInstancePostProcessor,
                BeforeEachCallback,
                AfterEachCallback,
                BeforeTestExecutionCallback,
                AfterTestExecutionCallback {

    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    /** What the utredning module would answer for days used by earlier investigations (C4). */
    int anvandaDagar;

    final List<String> utfall = new ArrayList<>();
    final List<String> avslut = new ArrayList<>();
    final List<String> sparadeFrister = new ArrayList<>();
    final List<String> avslutadeUtredningar = new ArrayList<>();
    final List<String> paminnelser = new ArrayList<>();
    /** The task each reminder names (input uppgift), when the model names one: it goes to whoever has that task. */
    final List<String> paminnelseuppgifter = new ArrayList<>();

    final List<String> overklagandefrister = new ArrayList<>();
    final List<String> lagaKraft = new ArrayList<>();
    final List<String> omprovningar = new ArrayList<>();
    final List<String> overlamnandefrister = new ArrayList<>();
    final List<String> bestallningar = new ArrayList<>();
    final List<String> ejVerkstallda = new ArrayList<>();
    final List<String> planeradeUppfoljningar = new ArrayList<>();
    final List<String> genomfordaUppfoljningar = new ArrayList<>();
    /** kommuniceringId:svarsfrist of each kommunicering's reply deadline the process saved. */
    final List<String> kommuniceringsfrister = new ArrayList<>();
    /** sipId:avslutsorsak of each closed SIP. */
    final List<String> avslutadeSipar = new ArrayList<>();
    /** placeringId:frist of each offer of parental support the process handed to the barn module (R10). */
    final List<String> foraldrastodsfrister = new ArrayList<>();

    /** Every recorder above, emptied before each test (the extension lives as long as its class). */
    private final List<List<String>> inspelningar = List.of(
            utfall,
            avslut,
            sparadeFrister,
            avslutadeUtredningar,
            paminnelser,
            paminnelseuppgifter,
            overklagandefrister,
            lagaKraft,
            omprovningar,
            overlamnandefrister,
            bestallningar,
            ejVerkstallda,
            planeradeUppfoljningar,
            genomfordaUppfoljningar,
            kommuniceringsfrister,
            avslutadeSipar,
            foraldrastodsfrister);

    private final ProcessEngineCoverageExtension engine = PostgresProcessEngine.extension();
    private final String starttid;

    private Processfakes(String starttid) {
        this.starttid = starttid;
    }

    /** The set-up of a process test class whose tests start at this Swedish local time. */
    static Processfakes med(String starttid) {
        return new Processfakes(starttid);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        engine.beforeAll(context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        engine.postProcessTestInstance(testInstance, context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        inspelningar.forEach(List::clear);
        anvandaDagar = 0;
        BpmnAwareTests.init(engine.getProcessEngine());
        registrera(this);
        klockan(starttid);
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        engine.beforeTestExecution(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        engine.afterTestExecution(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        engine.afterAll(context);
    }

    private static void registrera(Processfakes fakes) {
        Mocks.register("fristberakning", new Fristberakning(KalenderForTest.svensk()));
        Mocks.register("aktualiseringsutfall", (JavaDelegate) execution ->
                fakes.utfall.add(execution.getVariable("aktualiseringId") + ":" + execution.getVariable("bedomning")));
        Mocks.register("arendeavslut", (JavaDelegate) execution ->
                fakes.avslut.add(execution.getVariable("arendeId") + ":" + execution.getVariableLocal("avslutsorsak")));
        Mocks.register("utredningsstart", (JavaDelegate) execution -> {
            execution.setVariable("utredningId", UUID.randomUUID().toString());
            execution.setVariable("utredningInledd", idag().toString());
            execution.setVariable("utredningAnvandaDagar", fakes.anvandaDagar);
        });
        Mocks.register("utredningsfrist", (JavaDelegate) execution -> fakes.sparadeFrister.add(
                execution.getVariable("utredningFrist") + ":" + execution.getVariable("utredningFristKalla")));
        Mocks.register("kommuniceringsfrist", (JavaDelegate) execution -> fakes.kommuniceringsfrister.add(
                execution.getVariable("kommuniceringId") + ":" + execution.getVariable("kommuniceringFrist")));
        Mocks.register("utredningsavslut", (JavaDelegate)
                execution -> fakes.avslutadeUtredningar.add((String) execution.getVariable("utredningId")));
        Mocks.register("paminnelse", (JavaDelegate) execution -> {
            fakes.paminnelser.add(execution.getVariableLocal("bevakning") + ":" + execution.getVariableLocal("frist"));
            if (execution.getVariableLocal("uppgift") != null) {
                fakes.paminnelseuppgifter.add((String) execution.getVariableLocal("uppgift"));
            }
        });
        Mocks.register("overklagandefrist", (JavaDelegate)
                execution -> fakes.overklagandefrister.add((String) execution.getVariable("overklagandeFrist")));
        Mocks.register("lagaKraft", (JavaDelegate) execution ->
                fakes.lagaKraft.add(java.time.LocalDate.parse((String) execution.getVariable("overklagandeFrist"))
                        .plusDays(1)
                        .toString()));
        Mocks.register("omprovningsutfall", (JavaDelegate)
                execution -> fakes.omprovningar.add((String) execution.getVariable("omprovning")));
        Mocks.register("overlamnandefrist", (JavaDelegate) execution -> fakes.overlamnandefrister.add(
                execution.getVariable("overklagandeId") + ":" + execution.getVariable("overlamnandeFrist")));
        Mocks.register("bestallning", (JavaDelegate) execution -> fakes.bestallningar.add(
                execution.getVariable("utforare") + ":" + execution.getVariable("onskadStart")));
        Mocks.register("ejVerkstallt", (JavaDelegate) execution -> fakes.ejVerkstallda.add(
                execution.getVariableLocal("grund") + ":" + execution.getVariableLocal("raknasFran") + ":" + idag()));
        Mocks.register("uppfoljningsplan", (JavaDelegate) execution -> {
            fakes.planeradeUppfoljningar.add((String) execution.getVariable("uppfoljningFrist"));
            execution.setVariable("uppfoljningId", UUID.randomUUID().toString());
        });
        Mocks.register("sipAvslut", (JavaDelegate) execution -> fakes.avslutadeSipar.add(
                execution.getVariable("sipId") + ":" + execution.getVariableLocal("avslutsorsak")));
        Mocks.register("sipPaminnelse", (JavaDelegate) execution -> fakes.paminnelser.add(
                execution.getVariableLocal("bevakning") + ":" + execution.getVariableLocal("frist")));
        Mocks.register("foraldrastodsfrist", (JavaDelegate) execution -> fakes.foraldrastodsfrister.add(
                execution.getVariable("placeringId") + ":" + execution.getVariable("foraldrastodFrist")));
        Mocks.register("uppfoljningGenomford", (JavaDelegate) execution -> {
            fakes.genomfordaUppfoljningar.add(execution.getVariable("resultat") + ":" + idag());
            execution.setVariable("uppfoljningStart", idag().toString());
        });
    }

    /** Sets the engine's clock to this Swedish local time. */
    static void klockan(String lokalTid) {
        ClockUtil.setCurrentTime(Date.from(
                java.time.LocalDateTime.parse(lokalTid).atZone(SVENSK_TID).toInstant()));
    }

    static LocalDate idag() {
        return ClockUtil.getCurrentTime().toInstant().atZone(SVENSK_TID).toLocalDate();
    }

    static Date tidpunkt(String lokalTid) {
        return Date.from(
                java.time.LocalDateTime.parse(lokalTid).atZone(SVENSK_TID).toInstant());
    }

    static ZonedDateTime svensk(Date date) {
        return date.toInstant().atZone(SVENSK_TID);
    }
}
