package se.tillit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ArchitectureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TillitApplication.class);

    @Test
    void modulesTalkOnlyThroughTheirPublicApi() {
        MODULES.verify();
    }

    /** DESIGN decision 1: the engine is an adapter; a move to Operaton touches the motor module alone. */
    @Test
    void onlyTheMotorModuleImportsCamunda() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.tillit");
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("se.tillit.motor..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .because("engine types stay inside the motor module (DESIGN.md, decision 1)");

        rule.check(main);
    }

    /**
     * The archive module reads the engine's history through its own port (Processhistorik, implemented in motor): the
     * gallring run calls it, and motor implements a port of gallring, so arkiv → motor would close a cycle (ADR 25).
     */
    @Test
    void theArchiveModuleDoesNotDependOnTheMotorModule() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.tillit");
        noClasses()
                .that()
                .resideInAPackage("se.tillit.arkiv..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("se.tillit.motor..", "se.tillit.gallring..")
                .because("gallring calls arkiv, and motor implements a port of gallring (docs/adr/0025)")
                .check(main);
    }

    @Test
    void writeTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
