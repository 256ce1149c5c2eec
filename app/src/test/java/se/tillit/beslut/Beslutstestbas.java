package se.tillit.beslut;

import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.drift.Svensktid;

/**
 * What the decision module's tests of the running application start from: its port, the engine's services and the
 * database, and the days a decision is dated by.
 */
abstract class Beslutstestbas {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    /** Today as the application counts it (its clock is Swedish time). */
    final LocalDate idag = LocalDate.now(Svensktid.ZON);
    /**
     * The decisions' day: yesterday, so that a decision dated by it is in the past whatever the hour the suite runs at.
     */
    final LocalDate igar = idag.minusDays(1);
}
