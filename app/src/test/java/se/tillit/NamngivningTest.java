package se.tillit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The house's naming rule for the web layer (issue 20, STYLE.md): a {@code *Sida} renders pages, an {@code *Api}
 * answers JSON, and the name says which before the class is opened. A page's download (a CSV, a PDF) is a
 * {@code ResponseEntity} of the page's class; JSON belongs to an {@code *Api}.
 */
class NamngivningTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.tillit");

    @Test
    void aControllerIsNamedSida() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .haveSimpleNameEndingWith("Sida")
                .because("a @Controller renders pages: *Sida (issue 20)")
                .check(MAIN);
    }

    @Test
    void aRestControllerIsNamedApi() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .haveSimpleNameEndingWith("Api")
                .because("a @RestController answers JSON: *Api (issue 20)")
                .check(MAIN);
    }

    @Test
    void aSidaIsAPageControllerAndAnApiARestController() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Sida")
                .and()
                .areTopLevelClasses()
                .should()
                .beAnnotatedWith(Controller.class)
                .because("a *Sida renders pages (a @RestController would write its view names as the body)")
                .check(MAIN);
        classes()
                .that()
                .haveSimpleNameEndingWith("Api")
                .and()
                .areTopLevelClasses()
                .should()
                .beAnnotatedWith(RestController.class)
                .because("an *Api answers JSON, never a view")
                .check(MAIN);
    }

    /** A page's method does not write its return value as the body, and no mapping of a page produces JSON. */
    @Test
    void aSidaAnswersNoJson() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Sida")
                .should()
                .beAnnotatedWith(ResponseBody.class)
                .because("JSON belongs to an *Api; a download is a ResponseEntity")
                .check(MAIN);
        methods()
                .that()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Sida")
                .should(notProduceJson())
                .check(MAIN);
    }

    /** An API answers with a body: it never names a view. */
    @Test
    void anApiReturnsNoView() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Api")
                .should()
                .haveRawReturnType(ModelAndView.class)
                .because("an *Api answers JSON, never a view")
                .check(MAIN);
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Api")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.ui.Model")
                .because("a model is for a view; an *Api has none")
                .check(MAIN);
    }

    private static ArchCondition<JavaMethod> notProduceJson() {
        return new ArchCondition<>("not produce JSON") {
            @Override
            public void check(JavaMethod metod, ConditionEvents events) {
                for (JavaAnnotation<JavaMethod> annotation : metod.getAnnotations()) {
                    if (!annotation.getRawType().getPackageName().equals("org.springframework.web.bind.annotation")) {
                        continue;
                    }
                    annotation.get("produces").ifPresent(produces -> {
                        String[] typer =
                                produces instanceof String[] lista ? lista : new String[] {String.valueOf(produces)};
                        if (Arrays.stream(typer)
                                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("json"))) {
                            events.add(SimpleConditionEvent.violated(
                                    metod, metod.getFullName() + " produces JSON: move it to an *Api"));
                        }
                    });
                }
            }
        };
    }
}
