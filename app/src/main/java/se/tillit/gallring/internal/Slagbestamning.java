package se.tillit.gallring.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.tillit.arende.Aktualisering;
import se.tillit.arende.Arende;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.Utfall;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Insats;
import se.tillit.gallring.Gallringsslag;

/**
 * Which kinds of record a case holds, for the table {@code gallring} (law-and-peers.md A7 "Gallring"):
 * <ul>
 * <li>a child's case where an aktualisering led to an investigation: {@code BARNAVARDSUTREDNING} (16 kap. 2 a §); where
 * every outcome was not to investigate: {@code EJ_INLEDD_UTREDNING} (its second paragraph);</li>
 * <li>a favourable decision on a child's placement (SoL or LVU): {@code PLACERING_BARN} (16 kap. 2 §);</li>
 * <li>a favourable decision on housing for children under LSS 9 § 8: {@code LSS_BOENDE_BARN} (LSS 21 c–d §§);</li>
 * <li>otherwise {@code ARENDE}, the five-year rule.</li>
 * </ul>
 * Adoption, paternity and custody agreements have no case type in Tillit yet, so no case is of those kinds.
 */
final class Slagbestamning {

    private Slagbestamning() {}

    static Set<Gallringsslag> slag(Arende arende, List<Aktualisering> aktualiseringar, List<Beslut> beslut) {
        Set<Gallringsslag> slag = EnumSet.noneOf(Gallringsslag.class);
        if (arende.arendetyp() == Arendetyp.BARN_OCH_UNGA) {
            if (aktualiseringar.stream().anyMatch(a -> a.utfall() == Utfall.LEDER_TILL_UTREDNING)) {
                slag.add(Gallringsslag.BARNAVARDSUTREDNING);
            } else if (aktualiseringar.stream().anyMatch(a -> a.utfall() == Utfall.LEDER_INTE_TILL_UTREDNING)) {
                slag.add(Gallringsslag.EJ_INLEDD_UTREDNING);
            }
        }
        for (Beslut b : beslut) {
            if (b.utfall() == null || !b.utfall().gynnande()) {
                continue;
            }
            Insats.hitta(b.insatstyp()).ifPresent(insats -> {
                if (insats.placering()) {
                    slag.add(Gallringsslag.PLACERING_BARN);
                } else if (insats == Insats.LSS_BOENDE_BARN) {
                    slag.add(Gallringsslag.LSS_BOENDE_BARN);
                }
            });
        }
        if (slag.isEmpty()) {
            slag.add(Gallringsslag.ARENDE);
        }
        return slag;
    }
}
