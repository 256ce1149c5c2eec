/**
 * The investigation: its deadline and the förlängningsbeslut that move it (C4, C48), and the investigation as a
 * document: drafts as versions, the proposal per insats, the signature, and kommunicering with its reply deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Utredning")
package se.tillit.utredning;
