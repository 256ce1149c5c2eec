package se.tillit.motor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The caching FEEL engine (issue 15) gives what Camunda's stock FEEL engine gives, for every decision table in
 * decisions/ over inputs drawn from the tables' own entries (each rule hit, and random mixes with unknown and missing
 * values), errors included; and it parses each text once.
 */
class CachandeFeelMotorTest {

    static final Path BESLUT = Path.of("../decisions");
    static final Pattern CITERAT = Pattern.compile("\"([^\"]*)\"");
    static final Pattern DATUM = Pattern.compile("date\\(\"(\\d{4}-\\d{2}-\\d{2})\"\\)");
    static final Pattern TAL = Pattern.compile("(?<![\\w\"-])(\\d+(?:\\.\\d+)?)(?![\\w\"-])");

    static Stream<String> tabeller() throws IOException {
        try (Stream<Path> filer = Files.list(BESLUT)) {
            return filer
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".dmn"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}: the same results with and without the cache")
    @MethodSource("tabeller")
    void everyTableGivesTheStockEnginesResults(String fil) throws IOException {
        DmnEngine vanlig =
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        CachandeFeelMotor.Fabrik fabrik = new CachandeFeelMotor.Fabrik(List::of);
        DmnEngine cachande = ((DefaultDmnEngineConfiguration)
                        DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                .feelEngineFactory(fabrik)
                .buildEngine();
        List<DmnDecision> vanliga = lasa(vanlig, fil);
        List<DmnDecision> cachade = lasa(cachande, fil);

        int jamforda = 0;
        int traffar = 0;
        for (int i = 0; i < vanliga.size(); i++) {
            if (!(vanliga.get(i).getDecisionLogic() instanceof DmnDecisionTableImpl tabell)) {
                continue;
            }
            List<Map<String, Object>> indata = indata(tabell);
            for (int varv = 0; varv < 2; varv++) { // the second time from the cache alone
                long tolkningarFore = fabrik.senaste().antalTolkningar();
                for (Map<String, Object> variabler : indata) {
                    Object utfall = utfall(cachande, cachade.get(i), variabler);
                    assertThat(utfall)
                            .as("%s with %s", vanliga.get(i).getKey(), variabler)
                            .isEqualTo(utfall(vanlig, vanliga.get(i), variabler));
                    jamforda++;
                    traffar += utfall instanceof List<?> rader && !rader.isEmpty() ? 1 : 0;
                }
                if (varv == 1) {
                    assertThat(fabrik.senaste().antalTolkningar())
                            .as("nothing parsed again")
                            .isEqualTo(tolkningarFore);
                }
            }
        }
        System.out.printf(
                "FEEL-cache %s: %d evaluations compared, %d with rows, %d texts parsed%n",
                fil, jamforda, traffar, fabrik.senaste().antalTolkningar());
        assertThat(jamforda).isPositive();
        assertThat(traffar).as("rows were hit, not only misses").isPositive();
        assertThat(fabrik.senaste().antalTolkningar()).isPositive();
    }

    @Test
    void aTextIsParsedOnceAndErrorsAreTheStockEnginesOwn() {
        FeelEngine vanlig = new ScalaFeelEngineFactory().createInstance();
        CachandeFeelMotor cachande = new CachandeFeelMotor(List.of());
        VariableContext tva = Variables.createVariables().putValue("x", 2).asVariableContext();
        VariableContext text = Variables.createVariables().putValue("x", "2").asVariableContext();

        for (int i = 0; i < 5; i++) {
            assertThat(cachande.evaluateSimpleUnaryTests("< 3", "x", tva)).isTrue();
            assertThat(cachande.evaluateSimpleUnaryTests("[3..5]", "x", tva)).isFalse();
            assertThat(cachande.<Object>evaluateSimpleExpression("x + 1", tva)).isEqualTo(3L);
        }
        assertThat(cachande.antalTolkningar()).isEqualTo(3);
        assertThat(cachande.<Object>evaluateSimpleExpression("x + 1", tva))
                .isEqualTo(vanlig.<Object>evaluateSimpleExpression("x + 1", tva));
        // a value of the wrong type, a text that does not parse: the same answer or the same exception
        assertThat(cachande.evaluateSimpleUnaryTests("< 3", "x", text))
                .isEqualTo(vanlig.evaluateSimpleUnaryTests("< 3", "x", text));
        for (String trasig : List.of("< < 3", "[3..", "\"A\" \"B\"")) {
            assertThatThrownBy(() -> cachande.evaluateSimpleUnaryTests(trasig, "x", tva))
                    .isInstanceOf(FeelException.class)
                    .hasMessage(meddelande(() -> vanlig.evaluateSimpleUnaryTests(trasig, "x", tva)));
        }
        assertThatThrownBy(() -> cachande.evaluateSimpleExpression("x +", tva))
                .isInstanceOf(FeelException.class)
                .hasMessage(meddelande(() -> vanlig.evaluateSimpleExpression("x +", tva)));
        assertThat(cachande.antalTolkningar()).as("failures are not kept").isEqualTo(3);
    }

    private static String meddelande(Runnable anrop) {
        try {
            anrop.run();
        } catch (FeelException e) {
            return e.getMessage();
        }
        throw new AssertionError("the stock engine did not fail");
    }

    private static List<DmnDecision> lasa(DmnEngine motor, String fil) throws IOException {
        try (InputStream in = Files.newInputStream(BESLUT.resolve(fil))) {
            return motor.parseDecisions(in);
        }
    }

    /** The result list, or the exception's type and message. */
    private static Object utfall(DmnEngine motor, DmnDecision beslut, Map<String, Object> variabler) {
        try {
            return motor.evaluateDecision(beslut, variabler).getResultList();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** For each rule an input that meets it, then 150 random mixes of the columns' values, unknown values and nulls. */
    private static List<Map<String, Object>> indata(DmnDecisionTableImpl tabell) {
        List<DmnDecisionTableInputImpl> kolumner = tabell.getInputs();
        List<List<Object>> varden = new ArrayList<>();
        List<String> namn = new ArrayList<>();
        for (int k = 0; k < kolumner.size(); k++) {
            DmnDecisionTableInputImpl kolumn = kolumner.get(k);
            namn.add(variabel(kolumn.getExpression().getExpression()));
            String typ = kolumn.getExpression().getTypeDefinition() == null
                    ? null
                    : kolumn.getExpression().getTypeDefinition().getTypeName();
            Set<Object> kolumnensVarden = new LinkedHashSet<>();
            for (DmnDecisionTableRuleImpl regel : tabell.getRules()) {
                kolumnensVarden.addAll(varden(regel.getConditions().get(k), typ, true));
            }
            kolumnensVarden.add(
                    typ != null && (typ.equals("integer") || typ.equals("double")) ? (Object) (-1) : "OKAND");
            List<Object> lista = new ArrayList<>(kolumnensVarden);
            lista.add(null);
            varden.add(lista);
        }
        List<Map<String, Object>> indata = new ArrayList<>();
        Random slump = new Random(15);
        for (DmnDecisionTableRuleImpl regel : tabell.getRules()) {
            Map<String, Object> variabler = new HashMap<>();
            for (int k = 0; k < kolumner.size(); k++) {
                List<Object> regelns = varden(regel.getConditions().get(k), null, false);
                List<Object> ur = regelns.isEmpty() ? varden.get(k) : regelns;
                if ("null".equals(regel.getConditions().get(k).getExpression())) {
                    ur = java.util.Collections.singletonList(null);
                }
                variabler.put(namn.get(k), ur.get(slump.nextInt(ur.size())));
            }
            indata.add(variabler);
        }
        for (int i = 0; i < 150; i++) {
            Map<String, Object> variabler = new HashMap<>();
            for (int k = 0; k < kolumner.size(); k++) {
                variabler.put(
                        namn.get(k),
                        varden.get(k).get(slump.nextInt(varden.get(k).size())));
            }
            indata.add(variabler);
        }
        return indata;
    }

    /** The variable an input expression reads: {@code arendetyp}, {@code date(datum)}. */
    private static String variabel(String uttryck) {
        Matcher m = Pattern.compile("([A-Za-z_]\\w*)(?!\\w*\\()").matcher(uttryck);
        String senaste = uttryck;
        while (m.find()) {
            senaste = m.group(1);
        }
        return senaste;
    }

    /**
     * Values an entry names: strings, dates (as text), numbers; with {@code grannar} their neighbours too (±1 day, ±1
     * and +0.5), which lie on either side of a range's ends.
     */
    private static List<Object> varden(DmnExpressionImpl villkor, String typ, boolean grannar) {
        String text = villkor.getExpression() == null ? "" : villkor.getExpression();
        List<Object> varden = new ArrayList<>();
        Matcher datum = DATUM.matcher(text);
        boolean harDatum = false;
        while (datum.find()) {
            harDatum = true;
            LocalDate dag = LocalDate.parse(datum.group(1));
            varden.addAll(
                    grannar
                            ? List.of(
                                    dag.minusDays(1).toString(),
                                    dag.toString(),
                                    dag.plusDays(1).toString())
                            : List.of(dag.toString()));
        }
        if (harDatum) {
            return varden;
        }
        Matcher citerat = CITERAT.matcher(text);
        while (citerat.find()) {
            varden.add(citerat.group(1));
        }
        Matcher tal = TAL.matcher(text);
        while (tal.find()) {
            double d = Double.parseDouble(tal.group(1));
            for (double v : grannar ? new double[] {d - 1, d, d + 0.5, d + 1} : new double[] {d}) {
                if ("integer".equals(typ) || "long".equals(typ)) {
                    if (v == Math.rint(v)) {
                        varden.add((int) v);
                    }
                } else if (typ == null && v == Math.rint(v)) {
                    varden.add((int) v);
                } else {
                    varden.add(v);
                }
            }
        }
        if (text.equals("true") || text.equals("false")) {
            varden.add(Boolean.parseBoolean(text));
        }
        return varden;
    }
}
