package se.tillit.beslut.internal;

import java.util.Optional;
import se.tillit.beslut.Beslutsutfall;
import se.tillit.beslut.Lagrum;

/**
 * Which appeal instructions a decision letter carries (förvaltningslagen 33 §): none for a full bifall, else the
 * instructions for the law the decision rests on. SoL decisions are appealed under socialtjänstlagen (2025:400)
 * 35 kap. 1 §, LSS decisions under LSS 27 §; both to the förvaltningsrätt, sent to the nämnd, within three weeks of
 * delgivning (förvaltningslagen 44 §). The texts are the message keys {@code brev.overklagande.<LAG>}.
 */
final class Overklagandehanvisning {

    private Overklagandehanvisning() {}

    static Optional<String> nyckel(Beslutsutfall utfall, Lagrum.Lag lag) {
        return utfall == Beslutsutfall.BIFALL ? Optional.empty() : Optional.of("brev.overklagande." + lag.name());
    }
}
