package se.tillit.gallring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When a person's file may be gallrad (issue 18; law-and-peers.md C1 item 17): computed from the file's last entry,
 * read through the modules that hold it, by the rules of the table {@code gallring} and the person's legal hold. Who may
 * see the answer is the caller's check.
 */
public interface Gallringsdatum {

    /** The file as it stands on the day; empty when the person has no case (there is no file to gallra). */
    Optional<Aktbedomning> bedom(UUID personId, LocalDate dag);
}
