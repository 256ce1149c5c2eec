package se.tillit.pris;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;

/**
 * How a decision's fields become a question to the price list. The 2014 list prices three insatser by level
 * (nivå 1–5), daily activity also by scope, five by the hour; the rest depend on neither. A level written on a
 * decision whose insats has no levels is not asked about (it would only hide the price).
 */
public final class Prisregler {

    public static final String DAGLIG_VERKSAMHET = "LSS_DAGLIG_VERKSAMHET";
    static final Set<String> PRISSATTA_PER_NIVA =
            Set.of(Manadskostnad.BOSTAD_MED_SARSKILD_SERVICE, "LSS_DAGLIG_VERKSAMHET_I_BOENDET", DAGLIG_VERKSAMHET);
    static final Set<String> PRISSATTA_PER_TIMME = Set.of(
            "SOL_PERSONLIGT_UTFORMAT_STOD",
            "SOL_LEDSAGNING_AVLOSNING",
            "SOL_BOENDESTOD",
            "LSS_PERSONLIG_ASSISTANS",
            "LSS_LEDSAGARSERVICE_AVLOSARSERVICE");

    private Prisregler() {}

    /**
     * The price question of a decision, for any day.
     *
     * @throws Valideringsfel when the decision's omfattning cannot be read as the price list needs it (R27)
     */
    public static Prisfraga fraga(String insatstyp, Integer niva, String omfattning, Prislista prislista) {
        return new Prisfraga(
                insatstyp,
                PRISSATTA_PER_NIVA.contains(insatstyp) ? niva : null,
                DAGLIG_VERKSAMHET.equals(insatstyp) ? Omfattningstext.tolka(omfattning, prislista) : null,
                null);
    }

    /** The granted hours of an hourly insats, empty for other insatser or a decision naming none. */
    public static Optional<Timomfattning> beviljadeTimmar(String insatstyp, String omfattning) {
        return PRISSATTA_PER_TIMME.contains(insatstyp) ? Omfattningstext.timmar(omfattning) : Optional.empty();
    }

    /**
     * What a favourable decision must say for its insats to be priced, checked when it is made: a level where the
     * price depends on it, a scope (or hours per week within a band) for daily activity, hours an hourly insats
     * can be paid by. Insatser outside the price list are not checked.
     */
    public static List<Faltfel> kontrollera(String insatstyp, Integer niva, String omfattning, Prislista prislista) {
        List<Faltfel> fel = new ArrayList<>();
        if (PRISSATTA_PER_NIVA.contains(insatstyp) && niva == null) {
            fel.add(new Faltfel("niva", Texter.text("pris.fel.niva15KravsForPrisetBerorPa", insatstyp)));
        }
        try {
            if (DAGLIG_VERKSAMHET.equals(insatstyp) && Omfattningstext.tolka(omfattning, prislista) == null) {
                fel.add(new Faltfel("omfattning", "pris.fel.omfattningKravs"));
            }
            beviljadeTimmar(insatstyp, omfattning);
        } catch (Valideringsfel refusal) {
            refusal.fel().stream()
                    .map(f -> new Faltfel("omfattning", f.orsak()))
                    .forEach(fel::add);
        }
        return fel;
    }
}
