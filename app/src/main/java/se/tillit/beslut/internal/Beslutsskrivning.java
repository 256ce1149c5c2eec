package se.tillit.beslut.internal;

import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * A write on a decision after it was made (its individuell plan, its avslut): by a handläggare of the case's unit, the
 * decision's row locked until the transaction ends, so two requests on one decision run one after the other and the
 * second sees what the first wrote. Anyone else is told the decision does not exist.
 */
@Component
@RequiredArgsConstructor
class Beslutsskrivning {

    /** The decision, its case and the handläggare who writes. */
    record Skrivning(Beslut beslut, Arende arende, InloggadAnvandare av) {}

    private final JdbcClient jdbc;
    private final Beslutsregister beslut;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;

    /** Must run inside the caller's transaction. */
    Skrivning las(UUID beslutId) {
        Beslut fattat = beslut.hitta(beslutId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)));
        Arende arende = arenden.hitta(fattat.arendeId()).orElseThrow();
        InloggadAnvandare av = aktuellAnvandare.kravRollIEnhet(
                arende.enhet(),
                () -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)),
                Roll.HANDLAGGARE);
        jdbc.sql("select id from beslut where id = :id for update")
                .param("id", beslutId)
                .query(UUID.class)
                .single();
        return new Skrivning(fattat, arende, av);
    }
}
