/**
 * Lex Sarah (SoL 2025:400 27 kap. 2–6 §§; LSS 24 a–g §§; SOSFS 2011:5; issue 6/7): anyone working in the service, the
 * providers' staff included, reports a missförhållande or a påtaglig risk för ett missförhållande; the lex
 * Sarah-ansvarig investigates, assesses, reports an allvarligt one to IVO and records the measures (C16, C25, C50).
 * A report is never deleted, and its author is shown only to those who must see it (ADR 11). Its API is the events
 * that drive the process {@code lexsarah} in the motor module, the reminder the process sends back, and whether a report
 * names a person (gallring keeps that person).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lex Sarah")
package se.tillit.lexsarah;
