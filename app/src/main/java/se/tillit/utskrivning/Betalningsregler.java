package se.tillit.utskrivning;

/** The DMN table {@code betalningsansvar} (latest deployed version), implemented in the motor module. */
public interface Betalningsregler {

    /**
     * @param overenskommelse LAG or STOCKHOLM_2018
     * @param vardform SOMATISK or PSYKIATRISK
     * @throws se.tillit.fel.Valideringsfel when the table has no row for the pair
     */
    Fristregel regel(String overenskommelse, String vardform);
}
