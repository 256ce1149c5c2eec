/**
 * A child's clocks after the decision (issue 17; SoL 2025:400, law-and-peers.md C1 items 3 and 12): information to the
 * person who reported (anmälaren) on request within a week of the decision to open an investigation or not
 * (19 kap. 6 §), and the follow-up after an investigation ended without insats or a placement ended, ended within six
 * months (23 kap. 1–5 §§). The placement itself and its six-month reviews (22 kap. 13 §) are the beslut module's.
 * The steps drive processes/anmalarinformation.bpmn and barnuppfoljning.bpmn through events (docs/adr/0005).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Barn")
package se.tillit.barn;
