package se.tillit.gallring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.tillit.arende.Arendetyp;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Aktbedomning.Grund;
import se.tillit.gallring.Aktbedomning.Utfall;
import se.tillit.gallring.Gallringsregler;
import se.tillit.gallring.Gallringsregler.Fraga;
import se.tillit.gallring.Gallringsregler.Regel;
import se.tillit.gallring.Gallringsslag;

/**
 * Judges a person's file on a day by one version of the rules (issue 18; law-and-peers.md C1 item 17):
 * <ul>
 * <li>a file with an open case is in use: nothing is computed; so is one where something of a closed case still goes on
 * (an order, an ej-verkställt record, a SIP, a discharge);</li>
 * <li>the five years run from the file's last entry, the latest day anything was recorded in any of the person's cases
 * (SoL 16 kap. 1 §: "fem år efter det att sista anteckningen gjordes i akten"), so one case keeps the others' clock
 * going;</li>
 * <li>each kind of record of each case is asked of the table: a row that keeps it keeps the case; a row with an age
 * waits for that birthday; a kind without a row is kept and named ({@link Aktbedomning#INGEN_REGEL});</li>
 * <li>a case is due when every kind of record in it is due on the day.</li>
 * </ul>
 */
final class Gallringsbedomning {

    private Gallringsbedomning() {}

    static Aktbedomning bedom(
            Personakt akt, boolean gallringsstopp, Gallringsregler.Regelversion regler, LocalDate dag) {
        UUID personId = akt.person().id();
        LocalDate sista = akt.arenden().stream()
                .map(Personakt.Arendeakt::sistaAnteckning)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        if (akt.arenden().stream().anyMatch(Personakt.Arendeakt::iBruk)) {
            return new Aktbedomning(personId, sista, Utfall.OPPET, null, null, List.of());
        }
        LocalDate fodd = akt.person().fodelsedatum();
        List<Grund> grunder = new ArrayList<>();
        for (Personakt.Arendeakt arendeakt : akt.arenden()) {
            for (Gallringsslag slag : arendeakt.slag().stream().sorted().toList()) {
                Fraga fraga = new Fraga(
                        gallringsstopp,
                        fodd.getDayOfMonth(),
                        lag(arendeakt.arende().arendetyp()),
                        slag,
                        arendeakt.arende().avslutat().toLocalDate());
                grunder.add(grund(arendeakt, slag, regler.regel(fraga), sista, fodd, dag));
            }
        }
        if (grunder.stream().noneMatch(g -> !g.aktuell().isAfter(dag))) {
            Optional<Grund> forsta = forstaGallring(grunder);
            return new Aktbedomning(
                    personId,
                    sista,
                    Utfall.EJ_AKTUELL,
                    forsta.map(Grund::tidigast).orElse(null),
                    forsta.map(Grund::senast).orElse(null),
                    grunder);
        }
        Aktbedomning utan = new Aktbedomning(personId, sista, Utfall.BEVARAS, null, null, grunder);
        long arenden = akt.arenden().size();
        long forfallna = akt.arenden().stream()
                .filter(a -> utan.arendeForfallet(a.arende().id()))
                .count();
        Utfall utfall = forfallna == 0 ? Utfall.BEVARAS : forfallna == arenden ? Utfall.GALLRAS : Utfall.DELVIS;
        Optional<Grund> forsta = forstaGallring(grunder);
        return new Aktbedomning(
                personId,
                sista,
                utfall,
                forsta.map(Grund::tidigast).orElse(null),
                forsta.map(Grund::senast).orElse(null),
                grunder);
    }

    private static Grund grund(
            Personakt.Arendeakt arendeakt,
            Gallringsslag slag,
            Optional<Regel> svar,
            LocalDate sista,
            LocalDate fodd,
            LocalDate dag) {
        UUID arendeId = arendeakt.arende().id();
        String nummer = arendeakt.arende().arendenummer();
        if (svar.isEmpty()) {
            // no rule: kept, and listed from the day the file's last entry was made, so that someone adds the row
            return new Grund(arendeId, nummer, slag, Aktbedomning.INGEN_REGEL, "", false, sista, null, null, false);
        }
        Regel regel = svar.get();
        LocalDate aktuell = sista.plus(regel.tid());
        if (!regel.gallras()) {
            return new Grund(arendeId, nummer, slag, regel.regel(), regel.kalla(), false, aktuell, null, null, false);
        }
        LocalDate tidigast =
                regel.tidigastVidAlder() == null ? aktuell : max(aktuell, fodd.plusYears(regel.tidigastVidAlder()));
        // SoL 16 kap. 1 § third paragraph: done by the end of the calendar year after the one in which the duty arose
        LocalDate senast = regel.senastNastaAr() ? LocalDate.of(tidigast.getYear() + 1, 12, 31) : null;
        return new Grund(
                arendeId,
                nummer,
                slag,
                regel.regel(),
                regel.kalla(),
                true,
                aktuell,
                tidigast,
                senast,
                !tidigast.isAfter(dag));
    }

    /**
     * The first day a case of the file may be gallrad: of the cases whose every kind of record may be, the one whose
     * latest such day is the earliest; with that case's deadline.
     */
    private static Optional<Grund> forstaGallring(List<Grund> grunder) {
        return grunder.stream()
                .map(Grund::arendeId)
                .distinct()
                .map(arende -> grunder.stream()
                        .filter(g -> g.arendeId().equals(arende))
                        .toList())
                .filter(arendets -> arendets.stream().allMatch(Grund::gallras))
                .map(arendets -> arendets.stream()
                        .max(Comparator.comparing(Grund::tidigast))
                        .orElseThrow())
                .min(Comparator.comparing(Grund::tidigast));
    }

    static Gallringsregler.Lag lag(Arendetyp typ) {
        return typ == Arendetyp.LSS ? Gallringsregler.Lag.LSS : Gallringsregler.Lag.SOL;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return Objects.requireNonNull(a).isAfter(b) ? a : b;
    }
}
