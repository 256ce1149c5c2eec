/**
 * The monthly cost of executed insatser: every ordered insats priced day by day by the price list, per provider,
 * insats and ordering unit, with granted and performed hours side by side; performed hours imported from a
 * time-registration system; a closed month frozen as it was computed (R24–R29, G06–G08).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kostnad")
package se.tillit.kostnad;
