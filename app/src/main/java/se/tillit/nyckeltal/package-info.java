/**
 * The indicators the social committee follows (R06, R14, R16, C40, T03; seed 004 §3.4): computed from the records for
 * any period and unit, each with its definition, and frozen at the period ends the committee reports on (every month
 * end, 30 April, 31 August, 31 December) so a closed period gives the same figures later (R35). Reads the other
 * modules' tables, read-only, in SQL (ADR 12); the offers of parental support (R10) through the barn module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nyckeltal")
package se.tillit.nyckeltal;
