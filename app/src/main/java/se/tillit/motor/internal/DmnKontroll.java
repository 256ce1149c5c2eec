package se.tillit.motor.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.ModelException;

import se.tillit.tabell.Tabellproblem;
import se.tillit.tabell.Tabellproblem.Typ;

/**
 * Checks an uploaded DMN file before the engine deploys it (R25), and reports every problem, not only the
 * first: size; XML without a DOCTYPE (checked with our own parser before any DMN parser reads the file);
 * DMN the engine's DMN parser accepts; exactly one decision, with a history time to live, whose key is
 * already deployed; and in UNIQUE and ANY tables no two rows that can match the same input.
 */
final class DmnKontroll {

    static final int STORSTA_FIL = 1024 * 1024;
    private static final int LANGSTA_BESKRIVNING = 120;
    /** What the engine accepts as a history time to live: days, as a number or an ISO period of days. */
    private static final Pattern HISTORY_TTL = Pattern.compile("\\d+|P\\d+D");

    /** The outcome: the decision key when the file has exactly one decision, and the problems found. */
    record Kontroll(String beslutsnyckel, List<Tabellproblem> problem) {
        boolean godkand() {
            return problem.isEmpty();
        }
    }

    private final DmnEngine dmnEngine;

    DmnKontroll(DmnEngine dmnEngine) {
        this.dmnEngine = dmnEngine;
    }

    Kontroll kontrollera(byte[] fil, Set<String> kandaNycklar) {
        if (fil == null || fil.length == 0) {
            return avvisad(Tabellproblem.av(Typ.TOM));
        }
        if (fil.length > STORSTA_FIL) {
            return avvisad(Tabellproblem.av(Typ.FOR_STOR, String.valueOf(fil.length), String.valueOf(STORSTA_FIL)));
        }
        Optional<Tabellproblem> xmlFel = xmlFel(fil);
        if (xmlFel.isPresent()) {
            return avvisad(xmlFel.get());
        }
        List<Tabellproblem> sprakFel = sprakFel(fil);
        if (!sprakFel.isEmpty()) {
            return new Kontroll(null, sprakFel);
        }
        DmnModelInstance modell;
        try {
            modell = Dmn.readModelFromStream(new ByteArrayInputStream(fil));
            dmnEngine.parseDecisionRequirementsGraph(modell);
        } catch (ModelException | DmnEngineException e) {
            return avvisad(Tabellproblem.av(Typ.DMN_FEL, djupasteMeddelande(e)));
        }

        List<Tabellproblem> problem = new ArrayList<>();
        Collection<Decision> beslut = modell.getModelElementsByType(Decision.class);
        if (beslut.size() != 1) {
            problem.add(Tabellproblem.av(Typ.ETT_BESLUT, String.valueOf(beslut.size()),
                    beslut.stream().map(Decision::getId).collect(Collectors.joining(", "))));
        }
        String standardsprak = modell.getDefinitions().getExpressionLanguage();
        for (Decision decision : beslut) {
            String ttl = decision.getCamundaHistoryTimeToLiveString();
            if (ttl == null || !HISTORY_TTL.matcher(ttl.strip()).matches()) {
                problem.add(Tabellproblem.av(Typ.HISTORY_TTL_SAKNAS, decision.getId()));
            }
            if (!kandaNycklar.contains(decision.getId())) {
                problem.add(Tabellproblem.av(Typ.OKAND_NYCKEL, String.valueOf(decision.getId()),
                        String.join(", ", new TreeSet<>(kandaNycklar))));
            }
            if (decision.getExpression() instanceof DecisionTable tabell
                    && (tabell.getHitPolicy() == HitPolicy.UNIQUE || tabell.getHitPolicy() == HitPolicy.ANY)) {
                problem.addAll(overlapp(decision.getId(), tabell, standardsprak));
            }
        }
        return new Kontroll(beslut.size() == 1 ? beslut.iterator().next().getId() : null, List.copyOf(problem));
    }

    /** Rows that can both match some input; for ANY, only those whose outputs differ (the engine refuses those). */
    private static List<Tabellproblem> overlapp(String beslut, DecisionTable tabell, String standardsprak) {
        List<Tabellproblem> problem = new ArrayList<>();
        List<Input> indata = List.copyOf(tabell.getInputs());
        List<Rule> regler = List.copyOf(tabell.getRules());
        List<Vardemangd[]> mangder = new ArrayList<>();
        for (int r = 0; r < regler.size(); r++) {
            List<InputEntry> villkor = List.copyOf(regler.get(r).getInputEntries());
            Vardemangd[] rad = new Vardemangd[indata.size()];
            for (int k = 0; k < indata.size() && k < villkor.size(); k++) {
                InputEntry entry = villkor.get(k);
                String sprak = entry.getExpressionLanguage() != null ? entry.getExpressionLanguage() : standardsprak;
                try {
                    if (sprak != null && !sprak.toLowerCase(Locale.ROOT).contains("feel")) {
                        throw new FeelVillkor.EjAnalyserbart(text(entry));
                    }
                    rad[k] = FeelVillkor.tolka(text(entry));
                } catch (FeelVillkor.EjAnalyserbart e) {
                    problem.add(Tabellproblem.av(Typ.KAN_INTE_KONTROLLERAS, beslut, String.valueOf(r + 1),
                            etikett(regler.get(r)), etikett(indata.get(k)), text(entry)));
                }
            }
            mangder.add(villkor.size() == indata.size() && !Arrays.asList(rad).contains(null) ? rad : null);
        }
        boolean any = tabell.getHitPolicy() == HitPolicy.ANY;
        for (int i = 0; i < regler.size(); i++) {
            for (int j = i + 1; j < regler.size(); j++) {
                if (mangder.get(i) != null && mangder.get(j) != null && kanTraffaSamma(mangder.get(i), mangder.get(j))
                        && !(any && utdata(regler.get(i)).equals(utdata(regler.get(j))))) {
                    problem.add(Tabellproblem.av(Typ.OVERLAPP, beslut, String.valueOf(i + 1), etikett(regler.get(i)),
                            String.valueOf(j + 1), etikett(regler.get(j)), villkor(indata, regler.get(i), regler.get(j))));
                }
            }
        }
        return problem;
    }

    private static boolean kanTraffaSamma(Vardemangd[] a, Vardemangd[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k].snitt(b[k]).arTom()) {
                return false;
            }
        }
        return true;
    }

    /** The two rows' entries per input, leaving out inputs where both match anything. */
    private static String villkor(List<Input> indata, Rule a, Rule b) {
        List<InputEntry> villkorA = List.copyOf(a.getInputEntries());
        List<InputEntry> villkorB = List.copyOf(b.getInputEntries());
        List<String> delar = new ArrayList<>();
        for (int k = 0; k < indata.size(); k++) {
            String textA = text(villkorA.get(k));
            String textB = text(villkorB.get(k));
            if (!(textA.isEmpty() || textA.equals("-")) || !(textB.isEmpty() || textB.equals("-"))) {
                delar.add(etikett(indata.get(k)) + ": " + textA + " / " + textB);
            }
        }
        return delar.isEmpty() ? "-" : String.join("; ", delar);
    }

    private static List<String> utdata(Rule regel) {
        return regel.getOutputEntries().stream().map(DmnKontroll::text).toList();
    }

    private static String text(InputEntry entry) {
        return entry.getText() == null || entry.getText().getTextContent() == null ? ""
                : entry.getText().getTextContent().strip();
    }

    private static String text(OutputEntry entry) {
        return entry.getText() == null || entry.getText().getTextContent() == null ? ""
                : entry.getText().getTextContent().strip();
    }

    /** A row by its description (e.g. "P10 ..."), or its id when it has none. */
    private static String etikett(Rule regel) {
        String beskrivning = regel.getDescription() == null ? null
                : regel.getDescription().getTextContent().strip().replaceAll("\\s+", " ");
        if (beskrivning == null || beskrivning.isEmpty()) {
            return regel.getId() == null ? "-" : regel.getId();
        }
        return beskrivning.length() > LANGSTA_BESKRIVNING ? beskrivning.substring(0, LANGSTA_BESKRIVNING) + "…" : beskrivning;
    }

    private static String etikett(Input input) {
        if (input.getLabel() != null && !input.getLabel().isBlank()) {
            return input.getLabel();
        }
        if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
            return input.getInputExpression().getText().getTextContent().strip();
        }
        return String.valueOf(input.getId());
    }

    /**
     * Well-formed XML without a DOCTYPE, read with the JDK's own StAX parser with DTDs and external entities
     * off. Camunda's model parser also disallows DOCTYPEs, but only if the XML parser on the classpath
     * supports the feature, and it ignores the failure to set it: this check does not depend on that.
     */
    private static Optional<Tabellproblem> xmlFel(byte[] fil) {
        XMLInputFactory fabrik = XMLInputFactory.newDefaultFactory();
        fabrik.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabrik.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader lasare = null;
        try {
            lasare = fabrik.createXMLStreamReader(new ByteArrayInputStream(fil));
            while (lasare.hasNext()) {
                int handelse = lasare.next();
                if (handelse == XMLStreamConstants.DTD || handelse == XMLStreamConstants.ENTITY_DECLARATION
                        || handelse == XMLStreamConstants.ENTITY_REFERENCE) {
                    return Optional.of(Tabellproblem.av(Typ.DOCTYPE));
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            String meddelande = e.getMessage() == null ? "" : e.getMessage();
            int borjan = meddelande.indexOf("Message: ");
            return Optional.of(Tabellproblem.av(Typ.XML_FEL,
                    e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNumber()),
                    e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getColumnNumber()),
                    borjan >= 0 ? meddelande.substring(borjan + "Message: ".length()).strip() : meddelande.strip()));
        } finally {
            if (lasare != null) {
                try {
                    lasare.close();
                } catch (XMLStreamException e) {
                    // nothing left to read
                }
            }
        }
    }

    /**
     * Every expression language other than FEEL, and every script, anywhere in the file: on the definitions, a
     * decision, an input expression, an input or output entry, a literal expression, in any namespace. JUEL reaches the
     * application's Spring beans and a script language runs code, so an upload with either is code execution; FEEL
     * cannot call out of its sandbox. Read with the same safe StAX parser as {@link #xmlFel}, before any DMN parser.
     */
    private static List<Tabellproblem> sprakFel(byte[] fil) {
        XMLInputFactory fabrik = XMLInputFactory.newDefaultFactory();
        fabrik.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabrik.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Tabellproblem> problem = new ArrayList<>();
        XMLStreamReader lasare = null;
        try {
            lasare = fabrik.createXMLStreamReader(new ByteArrayInputStream(fil));
            while (lasare.hasNext()) {
                if (lasare.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = lasare.getLocalName();
                String id = lasare.getAttributeValue(null, "id");
                if (SKRIPTELEMENT.contains(element.toLowerCase(Locale.ROOT))) {
                    problem.add(Tabellproblem.av(Typ.EJ_FEEL, element, id == null ? "-" : id, element));
                }
                for (int a = 0; a < lasare.getAttributeCount(); a++) {
                    String attribut = lasare.getAttributeLocalName(a);
                    if ("expressionLanguage".equalsIgnoreCase(attribut) && !arFeel(lasare.getAttributeValue(a))) {
                        problem.add(Tabellproblem.av(Typ.EJ_FEEL, element, id == null ? "-" : id,
                                lasare.getAttributeValue(a).strip()));
                    }
                }
            }
            return problem;
        } catch (XMLStreamException e) {
            return problem; // already refused by the well-formedness check, which names the place
        } finally {
            if (lasare != null) {
                try {
                    lasare.close();
                } catch (XMLStreamException e) {
                    // nothing left to read
                }
            }
        }
    }

    /** FEEL by any of its names: Camunda's short name, or the OMG's URIs of DMN 1.1 to 1.5. */
    static boolean arFeel(String sprak) {
        String namn = sprak == null ? "" : sprak.strip().toLowerCase(Locale.ROOT);
        return FEEL_NAMN.contains(namn) || FEEL_URI.matcher(namn).matches();
    }

    private static final Set<String> FEEL_NAMN = Set.of("feel", "feel-scala");
    private static final Pattern FEEL_URI = Pattern.compile("https?://www\\.omg\\.org/spec/(feel/\\d{8}|dmn/\\d{8}/feel)/?");
    /** Elements that hold code in other XML dialects; none belongs in DMN, so one is refused rather than ignored. */
    private static final Set<String> SKRIPTELEMENT = Set.of("script", "scripttask", "executionlistener", "tasklistener");

    /** The innermost message: the schema or parser error itself, not the model API's wrapper around it. */
    private static String djupasteMeddelande(Throwable fel) {
        String meddelande = fel.getMessage();
        for (Throwable orsak = fel.getCause(); orsak != null && orsak != orsak.getCause(); orsak = orsak.getCause()) {
            if (orsak.getMessage() != null && !orsak.getMessage().isBlank()) {
                meddelande = orsak.getMessage();
            }
        }
        return meddelande == null ? fel.getClass().getSimpleName() : meddelande;
    }

    private static Kontroll avvisad(Tabellproblem problem) {
        return new Kontroll(null, List.of(problem));
    }
}
