/** The yearly follow-up of every executed insats (R15, T02). */
@org.springframework.modulith.ApplicationModule(displayName = "Uppföljning")
package se.tillit.uppfoljning;
