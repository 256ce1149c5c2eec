package se.tillit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import testprobes.Anropskostnad;
import testprobes.TestIdp;
import testprobes.TestProbes;

/**
 * The whole application on a real port, on an embedded PostgreSQL, with the demo users, and the login through an
 * identity provider switched on against the test's own OpenID Connect provider ({@link TestIdp}). Every Spring test
 * uses exactly this annotation, so they share one application context (one database, one engine).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@Import({TestProbes.class, TestIdp.class, Anropskostnad.class})
public @interface TillitSpringTest {}
