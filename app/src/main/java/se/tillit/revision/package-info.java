/** The audit trail: every read of a case or a person's data (the access log), later the whole history. */
@org.springframework.modulith.ApplicationModule(displayName = "Revision")
package se.tillit.revision;
