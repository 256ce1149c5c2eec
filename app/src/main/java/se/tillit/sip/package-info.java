/**
 * SIP, samordnad individuell plan outside discharge (SoL 2025:400 10 kap. 8–9 §§, HSL 16 kap. 4 §): the request by
 * either principal, the person's wish and consent, the kallelse, the meetings, the plan per principal and its
 * follow-up (R20, G11, C24, C52); the region's side of it; the KPI R20. Nothing is shared with the region without a
 * standing consent. The steps drive processes/sip.bpmn through events (docs/adr/0005).
 */
@org.springframework.modulith.ApplicationModule(displayName = "SIP")
package se.tillit.sip;
