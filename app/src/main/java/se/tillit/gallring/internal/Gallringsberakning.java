package se.tillit.gallring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsdatum;
import se.tillit.gallring.Gallringsregler;
import se.tillit.person.Personregister;

/** A person's file judged by the table in use and the person's hold (the port {@link Gallringsdatum}). */
@Service
@RequiredArgsConstructor
class Gallringsberakning implements Gallringsdatum {

    private final Personregister personer;
    private final Aktlasare aktlasare;
    private final Stoppregister stopp;
    private final Gallringsregler regler;

    @Override
    public Optional<Aktbedomning> bedom(UUID personId, LocalDate dag) {
        return personer.hitta(personId)
                .flatMap(person -> aktlasare.las(List.of(person)).stream().findFirst())
                .map(akt ->
                        Gallringsbedomning.bedom(akt, stopp.aktivtFor(personId).isPresent(), regler.senaste(), dag));
    }
}
