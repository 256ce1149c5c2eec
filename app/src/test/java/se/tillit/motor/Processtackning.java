package se.tillit.motor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The models a process test class must walk in full: every flow node and every sequence flow of each named process,
 * measured by the process test coverage of {@link PostgresProcessEngine#extension()}. The class fails after its last
 * test, naming the elements no test reached (issue 20, docs/adr/0030). Every model in processes/ is named by one class
 * ({@code ProcesskonstanterTest} checks that).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ProcesstackningKontroll.class)
@interface Processtackning {

    /** The process ids (= file names in processes/) this class covers completely. */
    String[] value();
}
