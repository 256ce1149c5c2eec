/**
 * Price levels and the monthly cost of executed insatser: the internal price list is the DMN table
 * {@code internpris} (evaluated through the motor module), the cost of a month is counted here, day by day,
 * at the price valid on each service day (R24–R29).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pris")
package se.tillit.pris;
