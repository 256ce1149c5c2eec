package se.tillit.motor.internal;

import camundajar.impl.scala.jdk.CollectionConverters;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine (feel-scala through {@link ScalaFeelEngine}) that keeps what it has parsed. The stock engine
 * parses the text of every input entry, input expression and output entry again on every evaluation
 * ({@code FeelEngine.evalUnaryTests(String, …)}, camunda/feel-scala issue 1149): at profile M about 8 % of
 * completing a task (docs/performance.md, issue 15). The text of a deployed decision never changes, so its parsed form
 * is kept by the text and evaluated with feel-scala's own {@code eval(ParsedExpression, Context)}, in the same variable
 * context the stock engine builds, with the same results and the same error messages.
 *
 * <p>Anything unusual goes to the stock engine unchanged: a text that does not parse or validate (its error is the
 * stock engine's), and every text once the cache holds {@link #GRANS} of each kind (texts from deployed decisions are
 * few; this only bounds the memory if something evaluated generated texts).
 */
public class CachandeFeelMotor extends ScalaFeelEngine {

    /** At most this many parsed texts of each kind are kept. */
    static final int GRANS = 10_000;

    private final Map<String, ParsedExpression> enkelTest = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> uttryck = new ConcurrentHashMap<>();
    private final AtomicLong tolkningar = new AtomicLong();

    public CachandeFeelMotor(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression tolkat = tolkat(uttryck, expression, false);
        if (tolkat == null) {
            return super.evaluateSimpleExpression(expression, variableContext);
        }
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        @SuppressWarnings("unchecked")
        T varde = (T) resultat(feelEngine.eval(tolkat, context));
        return varde;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression tolkat = tolkat(enkelTest, expression, true);
        if (tolkat == null) {
            return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
        }
        // as the stock engine: the name of the tested variable, then the decision's variables
        StaticVariableProvider indatanamn =
                new StaticVariableProvider(new camundajar.impl.scala.collection.immutable.Map.Map1<>(
                        UnaryTests$.MODULE$.inputVariable(), inputVariable));
        ContextVariableWrapper variabler = new ContextVariableWrapper(variableContext);
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new CompositeVariableProvider(
                        CollectionConverters.ListHasAsScala(Arrays.<VariableProvider>asList(indatanamn, variabler))
                                .asScala()
                                .toList());
            }
        };
        return BoxesRunTime.unboxToBoolean(resultat(feelEngine.eval(tolkat, context)));
    }

    /**
     * Makes the process engine's DMN engine evaluate FEEL with this engine (before the engine is built: a plugin's
     * {@code preInit}). Changes nothing when the configuration asks for the legacy JUEL-based FEEL or already names
     * a FEEL engine factory of its own. Returns the factory, or null when nothing was changed.
     */
    public static Fabrik installera(ProcessEngineConfigurationImpl configuration) {
        if (configuration.isDmnFeelEnableLegacyBehavior()) {
            return null;
        }
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        if (dmn.getFeelEngineFactory() != null) {
            return null;
        }
        // the engine's builder sets the custom functions on the configuration after this, before the factory is asked
        DefaultDmnEngineConfiguration valt = dmn;
        Fabrik fabrik = new Fabrik(valt::getFeelCustomFunctionProviders);
        dmn.setFeelEngineFactory(fabrik);
        return fabrik;
    }

    /** How many texts this engine has parsed into its cache (for tests: a text is parsed once). */
    public long antalTolkningar() {
        return tolkningar.get();
    }

    /** The parsed text, or null when it is not to be cached: it does not parse, or the cache is full. */
    private ParsedExpression tolkat(Map<String, ParsedExpression> cache, String text, boolean enkelTest) {
        if (text == null) {
            return null;
        }
        ParsedExpression tolkat = cache.get(text);
        if (tolkat != null || cache.size() >= GRANS) {
            return tolkat;
        }
        Either<Failure, ParsedExpression> resultat =
                enkelTest ? feelEngine.parseUnaryTests(text) : feelEngine.parseExpression(text);
        if (!(resultat instanceof Right<Failure, ParsedExpression> right)) {
            return null; // the stock engine reports it in its own words
        }
        tolkningar.incrementAndGet();
        ParsedExpression forst = cache.putIfAbsent(text, right.value());
        return forst != null ? forst : right.value();
    }

    private static Object resultat(Either<Failure, Object> resultat) {
        if (resultat instanceof Right<Failure, Object> right) {
            return right.value();
        }
        Failure fel = (Failure) ((Left<Failure, Object>) resultat).value();
        FeelException undantag = LOGGER.evaluationException(fel.message()); // the stock engine's exception
        throw undantag;
    }

    /** Builds {@link CachandeFeelMotor}s with the custom functions the DMN engine configuration has when it asks. */
    public static class Fabrik implements FeelEngineFactory {

        private final Supplier<List<FeelCustomFunctionProvider>> funktioner;
        private volatile CachandeFeelMotor senaste;

        public Fabrik(Supplier<List<FeelCustomFunctionProvider>> funktioner) {
            this.funktioner = funktioner;
        }

        @Override
        public FeelEngine createInstance() {
            List<FeelCustomFunctionProvider> leverantorer = funktioner.get();
            senaste = new CachandeFeelMotor(leverantorer == null ? List.of() : leverantorer);
            return senaste;
        }

        /** The engine this factory built last (for tests). */
        public CachandeFeelMotor senaste() {
            return senaste;
        }
    }
}
