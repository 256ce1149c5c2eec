/**
 * Archive before destruction (issue 18; SoL 2025:400 16 kap. 4 §, socialtjänstförordningen 2025:468 13 kap. 1 §): a
 * person's file that the municipality's archive rules keep (the research exemption) is delivered to the municipal
 * e-archive as one E-ARK SIP (CSIP and SIP 2.1.0, which together are the Swedish FGS Paketstruktur 2.0): the letters
 * and the journal's attachments as stored, the case, its decisions, its journal and the engine's history as XML, with
 * METS manifests, PREMIS and SHA-256 checksums, as a ZIP in an outbox the archive collects from. Every delivery is one
 * row of the append-only table {@code arkivleverans} (V53) and one EXPORT row of the access log. The files are read
 * through the owning modules' APIs; the engine's history through {@link se.tillit.arkiv.Processhistorik}, which the motor
 * module implements (so that gallring, which the motor module implements a port of, may call this module without a
 * cycle). docs/adr/0025.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arkiv")
package se.tillit.arkiv;
