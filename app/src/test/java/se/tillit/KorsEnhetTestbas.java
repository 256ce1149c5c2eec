package se.tillit;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every module's cross-unit write test ({@code KorsEnhetSkrivningTest}, issue 16) starts from: the running
 * application and a fresh {@link KorsEnhet} fixture per test, whose processes are ended after it so that nothing is
 * left in the units' queues.
 */
@TillitSpringTest
public abstract class KorsEnhetTestbas {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ProcessEngine motor;

    protected KorsEnhet k;

    @BeforeEach
    void fixtur() {
        k = new KorsEnhet(port, jdbc, motor);
    }

    @AfterEach
    void fixturensProcesserAvslutas() {
        k.avslutaProcesserna();
    }
}
