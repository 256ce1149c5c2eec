/**
 * The journal of a case (dokumentation): the notes a handläggare writes of what happened in the case, each with the
 * date of the event, its kind, its text, its author and when it was signed, with attachments stored beside it. The
 * documentation duty: SoL 2025:400 14 kap. 3–7 §§, LSS 21 a §, SOSFS 2014:5. A signed note is never changed or
 * deleted (the database refuses it, V22); a correction is a new note that names the one it corrects. Its pages
 * ({@code /arenden/{id}/journal}) log every read; {@link se.tillit.journal.Journal} gives other modules the notes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal")
package se.tillit.journal;
