package se.tillit.arkiv;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers a person's file to the municipality's e-archive: one E-ARK SIP per call, written whole to the outbox
 * ({@code tillit.arkiv.utkorg}) or not at all, recorded in {@code arkivleverans} and in the access log (EXPORT, naming
 * the person), in the caller's transaction. The caller decides that the file is to be archived and who may ask (the
 * gallring run, an ADMIN on {@code /admin/arkiv}); nothing of the file is shown to anyone here. docs/adr/0025.
 */
public interface Arkivleverans {

    /**
     * Packages these cases of the person, with everything recorded about them, and delivers the package.
     *
     * @param arendeIds the person's cases to deliver, at least one (the gallring run passes those it is about to destroy)
     * @param av who delivers: the logged-in user's name, or the job's (the gallring run's {@code SYSTEM}); a job without a
     *        logged-in user is logged in the access log under this name
     * @throws IllegalArgumentException when the person is unknown, no case is given or a case is not the person's: nothing
     *         is written
     * @throws java.io.UncheckedIOException when the outbox cannot be written: nothing is recorded, no file is left behind
     */
    default Leveranskvitto leverera(UUID personId, Collection<UUID> arendeIds, String av) {
        return leverera(personId, arendeIds, av, null);
    }

    /**
     * As {@link #leverera(UUID, Collection, String)}, with the reason an administrator gave for a delivery on demand.
     *
     * @param skal why: the administrator's reason, or for the gallring run the run it is part of
     */
    Leveranskvitto leverera(UUID personId, Collection<UUID> arendeIds, String av, String skal);

    /** The deliveries, newest first, at most {@code max}: what, when and by whom, no content of any file. */
    List<Leveranskvitto> leveranser(int max);

    /**
     * The person's cases that have been delivered, each with its latest delivery: for the gallring run, which delivers a
     * case once (docs/adr/0024). A delivery made before V55 recorded no cases and is not counted here.
     */
    Map<UUID, OffsetDateTime> levereradeArenden(UUID personId);
}
