package se.tillit.kostnad.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.drift.Raderingar;
import se.tillit.kostnad.Kostnadsgallring;

/**
 * The performed hours of the cases a gallring run removes. Which decisions a case has is the beslut module's to say
 * ({@link Beslutsregister#forArenden}): this module's SQL reads its own tables only (docs/adr/0029).
 */
@Repository
@RequiredArgsConstructor
class JdbcKostnadsgallring implements Kostnadsgallring {

    private final JdbcClient jdbc;
    private final Beslutsregister beslut;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera(
                        "utford_tid",
                        "delete from utford_tid where beslut_id in (:ids)",
                        beslut.forArenden(arenden).stream().map(Beslut::id).toList())
                .antal();
    }
}
