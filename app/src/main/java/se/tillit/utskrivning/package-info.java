/**
 * Discharge from hospital care (lag 2017:612): the region's messages about a hospital stay, the municipality's
 * planning and SIP at discharge, and the municipality's payment responsibility for a patient who is ready for
 * discharge but stays (seed 002 §2, D1–D13; issue 5/7).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Utskrivning")
package se.tillit.utskrivning;
