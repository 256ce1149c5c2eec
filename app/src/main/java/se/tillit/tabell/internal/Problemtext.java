package se.tillit.tabell.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.tillit.tabell.Tabellproblem;

/** A problem with an uploaded table as a sentence from the message files ({@code tabell.problem.<typ>}). */
@Component
@RequiredArgsConstructor
class Problemtext {

    private final MessageSource meddelanden;

    List<String> texter(List<Tabellproblem> problem) {
        return problem.stream()
                .map(p -> meddelanden.getMessage(
                        "tabell.problem." + p.typ().name(), p.detaljer().toArray(), LocaleContextHolder.getLocale()))
                .toList();
    }
}
