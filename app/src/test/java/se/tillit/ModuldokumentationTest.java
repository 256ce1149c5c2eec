package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * Docs that cannot drift (issue 20): the module diagram {@code docs/moduler/moduler.puml} (Spring Modulith's
 * {@link Documenter}, C4 style) and the module table {@code docs/moduler/moduler.md} (each module's base package, the
 * first sentence of its {@code package-info.java}, the modules it depends on and its public types) are what the code
 * gives. Both are written sorted and without a date, so the same code gives the same files.
 *
 * <p>After a change of the modules, rewrite both files and commit their diff:
 * {@code mvn -pl app test -Dtest=ModuldokumentationTest -Dtillit.moduler.skriv=true} (the test then passes and the
 * files are new).
 */
class ModuldokumentationTest {

    static final Path MAPP = Path.of("../docs/moduler");
    static final Path DIAGRAM = MAPP.resolve("moduler.puml");
    static final Path TABELL = MAPP.resolve("moduler.md");
    static final String SKRIV = "mvn -pl app test -Dtest=ModuldokumentationTest -Dtillit.moduler.skriv=true";

    private static final Path KALLKOD = Path.of("src/main/java");
    private static final Path DOCUMENTER_MAPP = Path.of("target/moduldokumentation");

    @Test
    void theCommittedModuleDiagramIsWhatTheCodeGives() throws IOException {
        jamfor(DIAGRAM, diagram());
    }

    @Test
    void theCommittedModuleTableIsWhatTheCodeGives() throws IOException {
        jamfor(TABELL, tabell());
    }

    /** The table's "for" column is the package-info's first sentence: a module without one is a room without a sign. */
    @Test
    void everyModuleSaysWhatItIsForInItsPackageInfo() {
        List<String> utan = ArchitectureTest.MODULES.stream()
                .filter(modul -> forsta(modul).isEmpty())
                .map(ApplicationModule::getName)
                .toList();
        assertThat(utan)
                .as("modules without a Javadoc sentence in their package-info.java")
                .isEmpty();
    }

    private static void jamfor(Path fil, String genererad) throws IOException {
        if (Boolean.getBoolean("tillit.moduler.skriv")) {
            Files.createDirectories(fil.getParent());
            Files.writeString(fil, genererad, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(fil))
                .as("%s is missing; write it with %s", fil, SKRIV)
                .isTrue();
        assertThat(genererad)
                .as(
                        "%s differs from what the code gives (a module, a dependency or a package-info changed). "
                                + "Rewrite it with %s and commit its diff.",
                        fil, SKRIV)
                .isEqualTo(Files.readString(fil, StandardCharsets.UTF_8));
    }

    /** Documenter's PlantUML, its components and relations sorted, with a line saying where it comes from. */
    static String diagram() throws IOException {
        new Documenter(
                        ArchitectureTest.MODULES,
                        Documenter.Options.defaults().withOutputFolder(DOCUMENTER_MAPP.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults()
                        .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE));
        List<String> rader =
                Files.readAllLines(DOCUMENTER_MAPP.resolve("components.puml"), StandardCharsets.UTF_8).stream()
                        .map(String::stripTrailing)
                        .toList();
        List<String> ut = new ArrayList<>();
        List<String> grupp = new ArrayList<>();
        String gruppsSlag = null;
        for (String rad : rader) {
            String slag = rad.startsWith("  Component(") ? "Component" : rad.startsWith("Rel(") ? "Rel" : null;
            if (gruppsSlag != null && !gruppsSlag.equals(slag)) {
                ut.addAll(grupp.stream().sorted().toList());
                grupp.clear();
            }
            gruppsSlag = slag;
            if (slag != null) {
                grupp.add(rad);
            } else {
                ut.add(rad);
                if (rad.equals("@startuml")) {
                    ut.add(
                            "' Generated from the code by ModuldokumentationTest (Spring Modulith's Documenter); do not edit.");
                    ut.add("' Rewrite: " + SKRIV);
                }
            }
        }
        ut.addAll(grupp.stream().sorted().toList());
        while (!ut.isEmpty() && ut.get(ut.size() - 1).isEmpty()) {
            ut.remove(ut.size() - 1);
        }
        return String.join("\n", ut) + "\n";
    }

    /** One row per module, sorted by name. */
    static String tabell() {
        StringBuilder md = new StringBuilder()
                .append("# Tillit's modules\n\n")
                .append("Generated from the code by `ModuldokumentationTest` (Spring Modulith's `ApplicationModules`, ")
                .append(
                        "verified by `ArchitectureTest`); do not edit by hand. Rewrite after a change of the modules:\n\n")
                .append("```bash\n")
                .append(SKRIV)
                .append("\n```\n\n")
                .append(
                        "The diagram of the same modules: [moduler.puml](moduler.puml) (PlantUML, C4). What each module ")
                .append("owns and how they talk: [../architecture.md](../architecture.md).\n\n")
                .append(
                        "\"for\" is the first sentence of the module's `package-info.java`; \"depends on\" every module ")
                .append(
                        "whose types it uses, and of those \"listens to\" the ones whose events it handles; \"API\" the ")
                .append("public types of its base package, which other modules may use (named interfaces by name).\n\n")
                .append("| module | base package | for | depends on | listens to | API |\n")
                .append("|---|---|---|---|---|---|\n");
        ArchitectureTest.MODULES.stream()
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(modul -> md.append("| `")
                        .append(modul.getName())
                        .append("` (")
                        .append(cell(modul.getDisplayName()))
                        .append(modul.isOpen() ? ", open" : "")
                        .append(") | `")
                        .append(modul.getBasePackage().getName())
                        .append("` | ")
                        .append(cell(forsta(modul)))
                        .append(" | ")
                        .append(moduler(modul.getDirectDependencies(ArchitectureTest.MODULES)
                                .uniqueModules()))
                        .append(" | ")
                        .append(moduler(
                                modul.getDirectDependencies(ArchitectureTest.MODULES, DependencyType.EVENT_LISTENER)
                                        .uniqueModules()))
                        .append(" | ")
                        .append(api(modul))
                        .append(" |\n"));
        return md.toString();
    }

    private static String moduler(Stream<ApplicationModule> moduler) {
        String namn = moduler.map(ApplicationModule::getName)
                .distinct()
                .sorted()
                .map(n -> "`" + n + "`")
                .collect(Collectors.joining(", "));
        return namn.isEmpty() ? "–" : namn;
    }

    private static String api(ApplicationModule modul) {
        if (modul.isOpen()) {
            return "every type (open module)";
        }
        List<String> delar = new ArrayList<>();
        for (NamedInterface granssnitt : modul.getNamedInterfaces()) {
            String typer = granssnitt
                    .asJavaClasses()
                    .filter(typ -> typ.getModifiers().contains(JavaModifier.PUBLIC))
                    .filter(typ -> !typ.isNestedClass() && !typ.getSimpleName().equals("package-info"))
                    .map(JavaClass::getSimpleName)
                    .distinct()
                    .sorted()
                    .map(n -> "`" + n + "`")
                    .collect(Collectors.joining(", "));
            if (granssnitt.isUnnamed()) {
                delar.add(0, typer.isEmpty() ? "–" : typer);
            } else {
                delar.add(granssnitt.getName() + ": " + (typer.isEmpty() ? "–" : typer));
            }
        }
        return delar.isEmpty() ? "–" : String.join("; ", delar);
    }

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern LANK = Pattern.compile("\\{@(?:link|linkplain) +([^}\\s]+)[^}]*}");
    private static final Pattern KOD = Pattern.compile("\\{@code +([^}]*)}");
    private static final Pattern MENINGSSLUT = Pattern.compile("\\.(?=\\s+[A-ZÅÄÖ(]|\\s*$)");

    /** The first sentence of the module's package-info Javadoc, on one line, or "" when there is none. */
    static String forsta(ApplicationModule modul) {
        Path fil = KALLKOD.resolve(modul.getBasePackage().getName().replace('.', '/'))
                .resolve("package-info.java");
        String kalla;
        try {
            kalla = Files.exists(fil) ? Files.readString(fil, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new IllegalStateException(fil.toString(), e);
        }
        Matcher doc = JAVADOC.matcher(kalla);
        if (!doc.find()) {
            return "";
        }
        String text = doc.group(1)
                .lines()
                .map(rad -> rad.strip().replaceFirst("^\\*\\s?", ""))
                .collect(Collectors.joining(" "))
                .replaceAll("\\s+", " ")
                .strip();
        text = LANK.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        "`" + m.group(1).substring(m.group(1).lastIndexOf('.') + 1) + "`"));
        text = KOD.matcher(text).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        Matcher slut = MENINGSSLUT.matcher(text);
        return slut.find() ? text.substring(0, slut.end()) : text;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
