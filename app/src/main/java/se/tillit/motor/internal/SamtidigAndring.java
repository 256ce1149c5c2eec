package se.tillit.motor.internal;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.tillit.fel.Texter;

/**
 * Two requests moved the same process at once (the same förlängning sent twice, on one node or two): the engine's
 * optimistic locking let one through and rolled the other back whole. The API says so with a 409 instead of a 500;
 * nothing of the refused request was saved, and sending it again is safe (it then meets the state the first left).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class SamtidigAndring {

    private static final Logger log = LoggerFactory.getLogger(SamtidigAndring.class);

    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail samtidigAndring(OptimisticLockingException fel) {
        log.info("Concurrent change refused with 409: {}", fel.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, Texter.text("fel.arendetAndradesSamtidigtAvEnAnnanBegaran"));
        problem.setTitle(Texter.text("motor.fel.andradesSamtidigt"));
        return problem;
    }
}
