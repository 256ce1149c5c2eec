package se.tillit.webb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.TillitSpringTest;

/**
 * What every browser test has: the application on a real port, a browser of its own for each test ({@link #w}, its
 * driver {@link #webblasare}) at the application's port, and more browsers for a second person
 * ({@link #nyWebblasare()}); every browser is closed after the test. Tagged {@code webblasare}: left out of CI's second
 * pass (.ci/run).
 */
@TillitSpringTest
@Tag("webblasare")
public abstract class Webblasartestbas {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** The test's browser, started before it (or the test skipped where chromium is not installed). */
    protected Webblasare w;

    /** The driver of {@link #w}. */
    protected WebDriver webblasare;

    private final List<Webblasare> oppna = new ArrayList<>();

    @BeforeEach
    void startaWebblasaren() throws IOException {
        w = nyWebblasare();
        webblasare = w.driver();
    }

    /** Another browser at the application's port (another person's), closed after the test. */
    protected Webblasare nyWebblasare() throws IOException {
        Webblasare ny = Webblasare.starta();
        oppna.add(ny);
        ny.port(port);
        return ny;
    }

    @AfterEach
    void stangWebblasarna() {
        oppna.forEach(Webblasare::stang);
        oppna.clear();
    }
}
