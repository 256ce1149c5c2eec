package se.tillit.tabell.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
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
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.tillit.tabell.Dmnlasare;
import se.tillit.tabell.Dmnlasare.Beslutsdefinition;
import se.tillit.tabell.Dmnlasare.Beslutstabell;
import se.tillit.tabell.Dmnlasare.Dmnfil;
import se.tillit.tabell.Dmnlasare.Regel;
import se.tillit.tabell.Dmnlasare.Traffpolicy;
import se.tillit.tabell.Dmnlasare.Villkor;
import se.tillit.tabell.Tabellproblem;
import se.tillit.tabell.Tabellproblem.Typ;

/**
 * Checks an uploaded DMN file before the engine deploys it (R25), and reports every problem, not only the
 * first: size; XML without a DOCTYPE (checked with our own parser before any DMN parser reads the file);
 * DMN the engine's DMN parser accepts; exactly one decision, with a history time to live, whose key is
 * already deployed; and in UNIQUE and ANY tables no two rows that can match the same input. The engine's DMN parser is
 * behind the port {@link Dmnlasare} (issue 20: the rules live here, motor only reads the file).
 */
@Component
@RequiredArgsConstructor
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

    private final Dmnlasare lasare;

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
        Dmnfil modell;
        try {
            modell = lasare.las(fil);
        } catch (Dmnlasare.Olasbar e) {
            return avvisad(Tabellproblem.av(Typ.DMN_FEL, e.getMessage()));
        }

        List<Tabellproblem> problem = new ArrayList<>();
        List<Beslutsdefinition> beslut = modell.beslut();
        if (beslut.size() != 1) {
            problem.add(Tabellproblem.av(
                    Typ.ETT_BESLUT,
                    String.valueOf(beslut.size()),
                    beslut.stream().map(Beslutsdefinition::id).collect(Collectors.joining(", "))));
        }
        String standardsprak = modell.uttryckssprak();
        for (Beslutsdefinition decision : beslut) {
            String ttl = decision.historyTimeToLive();
            if (ttl == null || !HISTORY_TTL.matcher(ttl.strip()).matches()) {
                problem.add(Tabellproblem.av(Typ.HISTORY_TTL_SAKNAS, decision.id()));
            }
            if (!kandaNycklar.contains(decision.id())) {
                problem.add(Tabellproblem.av(
                        Typ.OKAND_NYCKEL,
                        String.valueOf(decision.id()),
                        String.join(", ", new TreeSet<>(kandaNycklar))));
            }
            if (decision.tabell() != null
                    && (decision.tabell().traffpolicy() == Traffpolicy.UNIQUE
                            || decision.tabell().traffpolicy() == Traffpolicy.ANY)) {
                problem.addAll(overlapp(decision.id(), decision.tabell(), standardsprak));
            }
        }
        return new Kontroll(beslut.size() == 1 ? beslut.get(0).id() : null, List.copyOf(problem));
    }

    /** Rows that can both match some input; for ANY, only those whose outputs differ (the engine refuses those). */
    private static List<Tabellproblem> overlapp(String beslut, Beslutstabell tabell, String standardsprak) {
        List<Tabellproblem> problem = new ArrayList<>();
        List<String> indata = tabell.indata();
        List<Regel> regler = tabell.regler();
        List<Vardemangd[]> mangder = new ArrayList<>();
        for (int r = 0; r < regler.size(); r++) {
            List<Villkor> villkor = regler.get(r).villkor();
            Vardemangd[] rad = new Vardemangd[indata.size()];
            for (int k = 0; k < indata.size() && k < villkor.size(); k++) {
                Villkor entry = villkor.get(k);
                String sprak = entry.uttryckssprak() != null ? entry.uttryckssprak() : standardsprak;
                try {
                    if (sprak != null && !sprak.toLowerCase(Locale.ROOT).contains("feel")) {
                        throw new FeelVillkor.EjAnalyserbart(entry.text());
                    }
                    rad[k] = FeelVillkor.tolka(entry.text());
                } catch (FeelVillkor.EjAnalyserbart e) {
                    problem.add(Tabellproblem.av(
                            Typ.KAN_INTE_KONTROLLERAS,
                            beslut,
                            String.valueOf(r + 1),
                            etikett(regler.get(r)),
                            indata.get(k),
                            entry.text()));
                }
            }
            mangder.add(villkor.size() == indata.size() && !Arrays.asList(rad).contains(null) ? rad : null);
        }
        boolean any = tabell.traffpolicy() == Traffpolicy.ANY;
        for (int i = 0; i < regler.size(); i++) {
            for (int j = i + 1; j < regler.size(); j++) {
                if (mangder.get(i) != null
                        && mangder.get(j) != null
                        && kanTraffaSamma(mangder.get(i), mangder.get(j))
                        && !(any && regler.get(i).utdata().equals(regler.get(j).utdata()))) {
                    problem.add(Tabellproblem.av(
                            Typ.OVERLAPP,
                            beslut,
                            String.valueOf(i + 1),
                            etikett(regler.get(i)),
                            String.valueOf(j + 1),
                            etikett(regler.get(j)),
                            villkor(indata, regler.get(i), regler.get(j))));
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
    private static String villkor(List<String> indata, Regel a, Regel b) {
        List<String> delar = new ArrayList<>();
        for (int k = 0; k < indata.size(); k++) {
            String textA = a.villkor().get(k).text();
            String textB = b.villkor().get(k).text();
            if (!(textA.isEmpty() || textA.equals("-")) || !(textB.isEmpty() || textB.equals("-"))) {
                delar.add(indata.get(k) + ": " + textA + " / " + textB);
            }
        }
        return delar.isEmpty() ? "-" : String.join("; ", delar);
    }

    /** A row by its description (e.g. "P10 ..."), or its id when it has none. */
    private static String etikett(Regel regel) {
        String beskrivning =
                regel.beskrivning() == null ? null : regel.beskrivning().strip().replaceAll("\\s+", " ");
        if (beskrivning == null || beskrivning.isEmpty()) {
            return regel.id() == null ? "-" : regel.id();
        }
        return beskrivning.length() > LANGSTA_BESKRIVNING
                ? beskrivning.substring(0, LANGSTA_BESKRIVNING) + "…"
                : beskrivning;
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
                if (handelse == XMLStreamConstants.DTD
                        || handelse == XMLStreamConstants.ENTITY_DECLARATION
                        || handelse == XMLStreamConstants.ENTITY_REFERENCE) {
                    return Optional.of(Tabellproblem.av(Typ.DOCTYPE));
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            String meddelande = e.getMessage() == null ? "" : e.getMessage();
            int borjan = meddelande.indexOf("Message: ");
            return Optional.of(Tabellproblem.av(
                    Typ.XML_FEL,
                    e.getLocation() == null
                            ? "?"
                            : String.valueOf(e.getLocation().getLineNumber()),
                    e.getLocation() == null
                            ? "?"
                            : String.valueOf(e.getLocation().getColumnNumber()),
                    borjan >= 0
                            ? meddelande
                                    .substring(borjan + "Message: ".length())
                                    .strip()
                            : meddelande.strip()));
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
                        problem.add(Tabellproblem.av(
                                Typ.EJ_FEEL,
                                element,
                                id == null ? "-" : id,
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
    private static final Pattern FEEL_URI =
            Pattern.compile("https?://www\\.omg\\.org/spec/(feel/\\d{8}|dmn/\\d{8}/feel)/?");
    /** Elements that hold code in other XML dialects; none belongs in DMN, so one is refused rather than ignored. */
    private static final Set<String> SKRIPTELEMENT =
            Set.of("script", "scripttask", "executionlistener", "tasklistener");

    private static Kontroll avvisad(Tabellproblem problem) {
        return new Kontroll(null, List.of(problem));
    }
}
