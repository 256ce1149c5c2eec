package se.tillit.beslut;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.tillit.beslut.Lagrum.Lag;

/**
 * The insatser a person can apply for and be granted, each with the lagrum a decision on it may rest on (the
 * first is the one offered first). Names for people are in the message files as {@code insats.<name>}; the price
 * list (DMN {@code internpris}) and the delegation table (DMN {@code delegationsordning}) use the same codes.
 * SoL is given in the new numbering (2025:400, 11 kap. 1 §: bistånd for personal needs; 12 kap. 1 §: ekonomiskt
 * bistånd), LSS 1993:387 9 § by point ({@code ../shared/domain/law-and-peers.md}, the table of renumbering).
 */
public enum Insats {
    LSS_PERSONLIG_ASSISTANS(lss("9 § 2")),
    LSS_LEDSAGARSERVICE_AVLOSARSERVICE(lss("9 § 3"), lss("9 § 5")),
    LSS_KONTAKTPERSON(lss("9 § 4")),
    LSS_KORTTIDSVISTELSE(lss("9 § 6")),
    LSS_KORTTIDSTILLSYN(lss("9 § 7")),
    LSS_BOENDE_BARN(lss("9 § 8")),
    LSS_BOSTAD_SARSKILD_SERVICE(lss("9 § 9")),
    LSS_VAKEN_NATT(lss("9 § 9")),
    LSS_SOVANDE_JOUR(lss("9 § 9")),
    LSS_DAGLIG_VERKSAMHET(lss("9 § 10")),
    LSS_DAGLIG_VERKSAMHET_I_BOENDET(lss("9 § 10")),
    SOL_HEMTJANST(sol(11, "1 §")),
    SOL_BOENDESTOD(sol(11, "1 §")),
    SOL_PERSONLIGT_UTFORMAT_STOD(sol(11, "1 §")),
    SOL_LEDSAGNING_AVLOSNING(sol(11, "1 §")),
    SOL_KONTAKTPERSON(sol(11, "1 §")),
    SOL_BOENDE_KORTTID(sol(11, "1 §")),
    SOL_BOENDE_PERMANENT(sol(11, "1 §")),
    SOL_MISSBRUKSVARD(sol(11, "1 §")),
    SOL_PLACERING_BARN(sol(11, "1 §")),
    SOL_EKONOMISKT_BISTAND(sol(12, "1 §")),
    /** A child's placement under LVU: the nämnd decides where the young person stays (LVU 1990:52 11 §; issue 17). */
    LVU_PLACERING_BARN(new Lagrum(Lag.LVU, "1990:52", null, "11 §"));

    private final List<Lagrum> lagrum;

    Insats(Lagrum... lagrum) {
        this.lagrum = List.of(lagrum);
    }

    /** The lagrum a decision on this insats may rest on, the usual one first. */
    public List<Lagrum> lagrum() {
        return lagrum;
    }

    public Lag lag() {
        return lagrum.get(0).lag();
    }

    /** A child's placement outside the home: a favourable decision on it carries a placement record (R11, issue 17). */
    public boolean placering() {
        return this == SOL_PLACERING_BARN || this == LVU_PLACERING_BARN;
    }

    public static Optional<Insats> hitta(String kod) {
        return Arrays.stream(values()).filter(i -> i.name().equals(kod)).findFirst();
    }

    private static Lagrum lss(String paragraf) {
        return new Lagrum(Lag.LSS, "1993:387", null, paragraf);
    }

    private static Lagrum sol(int kapitel, String paragraf) {
        return new Lagrum(Lag.SOL, "2025:400", kapitel, paragraf);
    }
}
