package se.tillit.motor.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.tillit.arkiv.Processhistorik;
import se.tillit.revision.Historikrad;
import se.tillit.revision.Motorhistorik;

/** The engine's history of a case for its archive package (docs/adr/0025): the auditor's history, row for row. */
@Component
@RequiredArgsConstructor
class ArkivetsProcesshistorik implements Processhistorik {

    private final Motorhistorik motorhistorik;

    @Override
    public List<Handelse> forArende(String arendenummer) {
        return motorhistorik.forArende(arendenummer).stream()
                .map(ArkivetsProcesshistorik::handelse)
                .toList();
    }

    private static Handelse handelse(Historikrad rad) {
        return new Handelse(
                rad.tid(),
                rad.vem(),
                rad.slag() == Historikrad.Slag.STEG ? Slag.STEG : Slag.ATGARD,
                rad.process(),
                rad.namn(),
                rad.egenskap(),
                rad.fran(),
                rad.till(),
                rad.klar());
    }
}
