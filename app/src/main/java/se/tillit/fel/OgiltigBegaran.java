package se.tillit.fel;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests that are broken in a way Spring MVC does not answer with a 4xx by itself, for pages and the API alike:
 * a form post that is not multipart where a file is expected ("Current request is not a multipart request") or whose
 * multipart body cannot be read. The error page (or, under /api, {@link ApiFelsvar}) says what was wrong.
 */
@ControllerAdvice
class OgiltigBegaran {

    @ExceptionHandler(MultipartException.class)
    void ejFiluppladdning(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
