package se.tillit.oversikt.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.Roll;
import se.tillit.sip.Sipar;
import se.tillit.uppgift.Uppgiftsoversikt;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * A unit's Försenat figures, computed at most once per {@code tillit.forsenat.giltighet} (one minute by default) per
 * unit, horizon and date on each node (issue 15). Counting a city unit's overdue tasks reads tens of thousands of index
 * entries (28 000 at Stockholm's size for LSS); every chef of the unit asking for them within the minute gets the same
 * count, and the page says when it was computed and offers a fresh count. A reassignment from the view forgets its
 * unit's figures at once. Deadlines are days; a minute's delay changes no decision a chef makes from this page.
 */
@Component
@RequiredArgsConstructor
@EnableConfigurationProperties(ForsenatInstallningar.class)
class Forsenatsberakning {

    /** More keys than this (many horizons and dates asked for) and the cache starts over: it never grows unbounded. */
    private static final int HOGST_POSTER = 2_000;

    private record Nyckel(String enhet, int dagar, LocalDate datum) {}

    private record Post(ForsenatSida.Enhetsvy vy, Instant beraknad) {}

    private final Uppgiftsoversikt uppgifter;
    private final Verkstalligheter verkstalligheter;
    private final Enhetsregister enheter;
    private final Sipar sipar;
    private final Clock clock;
    private final ForsenatInstallningar installningar;
    private final Map<Nyckel, Post> poster = new ConcurrentHashMap<>();

    /** The unit's figures (R20 on {@code datum}, today when null), from the last minute's count unless {@code farsk}. */
    ForsenatSida.Enhetsvy vy(String enhet, int dagar, LocalDate datum, boolean farsk) {
        LocalDate dag = datum == null ? LocalDate.now(clock) : datum;
        Nyckel nyckel = new Nyckel(enhet, dagar, dag);
        Instant nu = clock.instant();
        Post post = farsk || installningar.giltighet().isZero() ? null : poster.get(nyckel);
        if (post != null && post.beraknad().plus(installningar.giltighet()).isAfter(nu)) {
            return post.vy();
        }
        ForsenatSida.Enhetsvy vy = new ForsenatSida.Enhetsvy(
                enhet,
                uppgifter.forseningar(enhet, dagar),
                verkstalligheter.antalEjVerkstallda(enhet),
                enheter.medRoll(enhet, Roll.HANDLAGGARE),
                sipar.nyckeltal(dag, List.of(enhet)),
                OffsetDateTime.ofInstant(nu, clock.getZone()));
        if (!installningar.giltighet().isZero()) {
            if (poster.size() >= HOGST_POSTER) {
                poster.clear();
            }
            poster.put(nyckel, new Post(vy, nu));
        }
        return vy;
    }

    /** Forgets the unit's figures: its tasks were just reassigned from the view. */
    void glom(String enhet) {
        poster.keySet().removeIf(nyckel -> nyckel.enhet().equals(enhet));
    }
}
