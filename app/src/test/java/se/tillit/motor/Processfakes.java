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
import org.camunda.bpm.engine.test.mock.Mocks;

import se.tillit.bevakning.internal.KalenderForTest;
import se.tillit.motor.internal.Fristberakning;

/**
 * The delegates of the case processes for engine-only tests: the real deadline calculation (DMN tables
 * and the Swedish calendar), and recorders in place of the domain use cases.
 */
final class Processfakes {

    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    /** What the utredning module would answer for days used by earlier investigations (C4). */
    int anvandaDagar;
    final List<String> utfall = new ArrayList<>();
    final List<String> avslut = new ArrayList<>();
    final List<String> sparadeFrister = new ArrayList<>();
    final List<String> avslutadeUtredningar = new ArrayList<>();
    final List<String> paminnelser = new ArrayList<>();
    final List<String> overklagandefrister = new ArrayList<>();
    final List<String> lagaKraft = new ArrayList<>();
    final List<String> omprovningar = new ArrayList<>();
    final List<String> bestallningar = new ArrayList<>();
    final List<String> ejVerkstallda = new ArrayList<>();
    final List<String> planeradeUppfoljningar = new ArrayList<>();
    final List<String> genomfordaUppfoljningar = new ArrayList<>();

    static Processfakes registrera() {
        Processfakes fakes = new Processfakes();
        Mocks.register("fristberakning", new Fristberakning(KalenderForTest.svensk()));
        Mocks.register("aktualiseringsutfall", (JavaDelegate) execution -> fakes.utfall.add(
                execution.getVariable("aktualiseringId") + ":" + execution.getVariable("bedomning")));
        Mocks.register("arendeavslut", (JavaDelegate) execution -> fakes.avslut.add(
                execution.getVariable("arendeId") + ":" + execution.getVariableLocal("avslutsorsak")));
        Mocks.register("utredningsstart", (JavaDelegate) execution -> {
            execution.setVariable("utredningId", UUID.randomUUID().toString());
            execution.setVariable("utredningInledd", idag().toString());
            execution.setVariable("utredningAnvandaDagar", fakes.anvandaDagar);
        });
        Mocks.register("utredningsfrist", (JavaDelegate) execution -> fakes.sparadeFrister.add(
                execution.getVariable("utredningFrist") + ":" + execution.getVariable("utredningFristKalla")));
        Mocks.register("utredningsavslut", (JavaDelegate) execution -> fakes.avslutadeUtredningar.add(
                (String) execution.getVariable("utredningId")));
        Mocks.register("paminnelse", (JavaDelegate) execution -> fakes.paminnelser.add(
                execution.getVariableLocal("bevakning") + ":" + execution.getVariableLocal("frist")));
        Mocks.register("overklagandefrist", (JavaDelegate) execution -> fakes.overklagandefrister.add(
                (String) execution.getVariable("overklagandeFrist")));
        Mocks.register("lagaKraft", (JavaDelegate) execution -> fakes.lagaKraft.add(
                java.time.LocalDate.parse((String) execution.getVariable("overklagandeFrist")).plusDays(1).toString()));
        Mocks.register("omprovningsutfall", (JavaDelegate) execution -> fakes.omprovningar.add(
                (String) execution.getVariable("omprovning")));
        Mocks.register("bestallning", (JavaDelegate) execution -> fakes.bestallningar.add(
                execution.getVariable("utforare") + ":" + execution.getVariable("onskadStart")));
        Mocks.register("ejVerkstallt", (JavaDelegate) execution -> fakes.ejVerkstallda.add(
                execution.getVariableLocal("grund") + ":" + execution.getVariableLocal("raknasFran") + ":" + idag()));
        Mocks.register("uppfoljningsplan", (JavaDelegate) execution -> {
            fakes.planeradeUppfoljningar.add((String) execution.getVariable("uppfoljningFrist"));
            execution.setVariable("uppfoljningId", UUID.randomUUID().toString());
        });
        Mocks.register("uppfoljningGenomford", (JavaDelegate) execution -> {
            fakes.genomfordaUppfoljningar.add(execution.getVariable("resultat") + ":" + idag());
            execution.setVariable("uppfoljningStart", idag().toString());
        });
        return fakes;
    }

    static void nollstall() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** Sets the engine's clock to this Swedish local time. */
    static void klockan(String lokalTid) {
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.parse(lokalTid).atZone(SVENSK_TID).toInstant()));
    }

    static LocalDate idag() {
        return ClockUtil.getCurrentTime().toInstant().atZone(SVENSK_TID).toLocalDate();
    }

    static Date tidpunkt(String lokalTid) {
        return Date.from(java.time.LocalDateTime.parse(lokalTid).atZone(SVENSK_TID).toInstant());
    }

    static ZonedDateTime svensk(Date date) {
        return date.toInstant().atZone(SVENSK_TID);
    }
}
