package se.tillit.gallring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsdatum;
import se.tillit.gallring.Gallringsregler;

/**
 * A proposal of a few persons only, judged exactly as the monthly run judges every person (the same port, table and
 * holds), for tests that confirm and destroy it: a run over the whole shared test database would destroy the files of
 * the demo data and of other tests too. The run is stored and replaces an open one, as the job's would.
 */
final class Testkorningar {

    private final Gallringsdatum gallringsdatum;
    private final Gallringsregler regler;
    private final Korningsregister korningar;
    private final Clock clock;

    Testkorningar(Gallringsdatum gallringsdatum, Gallringsregler regler, Korningsregister korningar, Clock clock) {
        this.gallringsdatum = gallringsdatum;
        this.regler = regler;
        this.korningar = korningar;
        this.clock = clock;
    }

    Korning foresla(LocalDate dag, String av, Collection<UUID> personer) {
        List<Aktbedomning> uppkomna = personer.stream()
                .map(p -> gallringsdatum.bedom(p, dag))
                .flatMap(Optional::stream)
                .filter(b -> b.utfall() == Aktbedomning.Utfall.GALLRAS
                        || b.utfall() == Aktbedomning.Utfall.DELVIS
                        || b.utfall() == Aktbedomning.Utfall.BEVARAS)
                .toList();
        int forfallna = (int) uppkomna.stream()
                .filter(b -> b.utfall() != Aktbedomning.Utfall.BEVARAS)
                .count();
        Korning korning = new Korning(
                UUID.randomUUID(),
                dag,
                OffsetDateTime.now(clock),
                av,
                regler.senaste().version(),
                personer.size(),
                forfallna,
                uppkomna.size() - forfallna,
                Korning.Status.FORESLAGEN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true);
        korningar.spara(korning, uppkomna);
        korningar.ersattOppna(korning.id());
        return korningar.hitta(korning.id()).orElseThrow();
    }
}
