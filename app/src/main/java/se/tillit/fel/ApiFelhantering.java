package se.tillit.fel;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Problem documents for the JSON API under /api: the field and the reason, never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiFelhantering {

    @ExceptionHandler(Valideringsfel.class)
    ProblemDetail valideringsfel(Valideringsfel fel) {
        return problem(fel.fel().stream()
                .map(f -> new Valideringsfel.Faltfel(f.falt(), Texter.svenska(f.orsak())))
                .toList());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail ogiltigaFalt(MethodArgumentNotValidException fel) {
        return problem(fel.getBindingResult().getFieldErrors().stream()
                .map(f -> new Valideringsfel.Faltfel(f.getField(), f.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(Valideringsfel.Faltfel::falt))
                .toList());
    }

    /** Unreadable JSON, or a value of the wrong type: the field is named, the value is not echoed. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail olasbar(HttpMessageNotReadableException fel) {
        if (fel.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException typfel
                && !typfel.getPath().isEmpty()) {
            String falt = typfel.getPath().stream()
                    .map(del -> del.getFieldName() != null ? del.getFieldName() : "[" + del.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."))
                    .replace(".[", "[");
            Class<?> typ = typfel.getTargetType();
            String orsak = typ != null && typ.isEnum()
                    ? Texter.svenska("fel.api.tillatna", java.util.Arrays.toString(typ.getEnumConstants()))
                    : typ == null
                            ? Texter.svenska("fel.api.ogiltigtVardeForFaltet")
                            : Texter.svenska("fel.api.ogiltigtVardeForFaltetAvTyp", typ.getSimpleName());
            return problem(List.of(new Valideringsfel.Faltfel(falt, orsak)));
        }
        return problem(List.of(new Valideringsfel.Faltfel("", Texter.svenska("fel.api.ejJson"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail felTyp(MethodArgumentTypeMismatchException fel) {
        return problem(List.of(new Valideringsfel.Faltfel(fel.getName(), Texter.svenska("fel.api.ogiltigtVarde"))));
    }

    @ExceptionHandler(HittadesInte.class)
    ProblemDetail hittadesInte(HittadesInte fel) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Texter.svenska(fel.getMessage()));
        problem.setTitle(Texter.svenska("fel.api.hittadesInte"));
        return problem;
    }

    @ExceptionHandler(Konflikt.class)
    ProblemDetail konflikt(Konflikt fel) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Texter.svenska(fel.getMessage()));
        problem.setTitle(Texter.svenska("fel.api.konflikt"));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail ejBehorig(AccessDeniedException fel) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Texter.svenska(fel.getMessage()));
        problem.setTitle(Texter.svenska("fel.api.ejBehorig"));
        return problem;
    }

    private static ProblemDetail problem(List<Valideringsfel.Faltfel> fel) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Texter.svenska("fel.api.ogiltiga"));
        problem.setTitle(Texter.svenska("fel.api.ogiltigaTitel"));
        problem.setProperty("fel", fel);
        return problem;
    }
}
