package se.tillit.sip;

import java.util.List;

/** Everything recorded on a SIP, oldest first; {@code samtycke}, {@code kallelse} and {@code regionensDel} may be null. */
public record Sipakt(Sip sip, Samtycke samtycke, Kallelse kallelse, List<Mote> moten, RegionensDel regionensDel,
        List<Plan> planer, List<Planuppfoljning> uppfoljningar) {

    /** The plan in force: the latest version, or null. */
    public Plan plan() {
        return planer.isEmpty() ? null : planer.get(planer.size() - 1);
    }

    /** Whether the region may see the SIP now: a consent is recorded and not withdrawn. */
    public boolean delasMedRegionen() {
        return samtycke != null && samtycke.galler();
    }
}
