package se.tillit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import se.tillit.sakerhet.internal.Sakerhetsskiva;

/**
 * A web slice (docs/testing.md): the named {@code *Sida} or {@code *Api} classes with Spring MVC, Thymeleaf and the
 * message files as production has them (Swedish, {@code #tid}), the problem documents of the {@code fel} module, and
 * production's security filter chains ({@link Sakerhetsskiva}), all on MockMvc. No database (the embedded PostgreSQL
 * is switched off), no engine, no other module: the class's collaborators are {@code @MockitoBean}s of the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = "tillit.embedded-postgres.enabled=false")
@Import(Sakerhetsskiva.class)
public @interface TillitWebTest {

    /** The controllers of the slice. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
