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
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.tillit.bevakning.internal.KalenderForTest;
import se.tillit.motor.internal.Fristberakning;

/**
 * The set-up of every engine-only process test, as a JUnit extension: the engine for the assertions, the
 * delegates of the processes (the real deadline calculation with the DMN tables and the Swedish calendar;
 * recorders in place of the domain use cases), and the engine clock at a chosen Swedish time. Everything
 * is reset after each test (ClockUtil and Mocks are global).
 *
 * <pre>
 * {@literal @}RegisterExtension static ProcessEngineCoverageExtension engine = PostgresProcessEngine.extension();
 * {@literal @}RegisterExtension Processfakes fakes = Processfakes.med(engine, "2026-03-02T10:00");
 * </pre>
 */
final class Processfakes implements BeforeEachCallback, AfterEachCallback {

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

    private final ProcessEngineExtension engine;
    private final String starttid;

    private Processfakes(ProcessEngineExtension engine, String starttid) {
        this.engine = engine;
        this.starttid = starttid;
    }

    static Processfakes med(ProcessEngineExtension engine, String starttid) {
        return new Processfakes(engine, starttid);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(engine.getProcessEngine());
        registrera(this);
        klockan(starttid);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
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
