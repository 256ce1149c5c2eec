package se.tillit.motor.internal;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** "Now" as the engine sees it: tests move it with ClockUtil, together with the timers. */
final class Motortid {

    private Motortid() {}

    static LocalDate idag() {
        return ClockUtil.getCurrentTime()
                .toInstant()
                .atZone(se.tillit.drift.Svensktid.ZON)
                .toLocalDate();
    }
}
