package se.tillit.sip;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Everything recorded on a SIP, oldest first; {@code samtycke}, {@code kallelse} and {@code regionensDel} may be null. */
@Schema(
        example =
                "{\"kallelse\":{\"kalladAv\":\"KOMMUN\",\"motesdatum\":\"2026-12-10\",\"plats\":\"HEMMET\",\"registreradAv\":\"handlaggare.lss\",\"skickad\":\"2026-11-30\"},\"moten\":[{\"anteckning\":\"Första mötet hölls i hemmet; en plan ska upprättas till nästa möte.\",\"datum\":\"2026-12-10\",\"deltagare\":\"Personen, hennes dotter, biståndshandläggare, distriktssköterska\",\"flerMoten\":true,\"id\":\"f9566f6f-658f-50ef-97d1-71601ee3b1a8\",\"regionDeltagare\":\"Distriktssköterska, fysioterapeut\",\"regionNarvarande\":true,\"registreratAv\":\"handlaggare.lss\"}],\"planer\":[{\"andrasInsatser\":\"Anhöriga handlar en gång i veckan.\",\"huvudansvar\":\"KOMMUN\",\"kommunensInsatser\":\"Hemtjänst morgon och kväll; trygghetslarm.\",\"regionensInsatser\":\"Hemsjukvård två gånger i veckan; läkarbesök var tredje månad.\",\"uppfoljning\":\"2027-03-10\",\"upprattad\":\"2026-12-10\",\"upprattadAv\":\"handlaggare.lss\",\"version\":1}],\"regionensDel\":{\"insatser\":\"Hemsjukvård två gånger i veckan; läkarbesök var tredje månad.\",\"rapporterad\":\"2026-12-09T11:00:00+01:00\",\"rapporteradAv\":\"region\"},\"samtycke\":{\"givet\":\"2026-11-27\",\"lamnatAv\":\"PERSONEN\",\"omfattning\":\"Samtycke till att dela uppgifter med Vårdcentralen Norr inför och under SIP-mötena.\",\"registreratAv\":\"handlaggare.lss\"},\"sip\":{\"arendeId\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"begard\":\"2026-11-25\",\"begardAv\":\"handlaggare.lss\",\"enhet\":\"LSS\",\"id\":\"17cf2d25-ceaf-545f-a772-1d8b20daedb8\",\"initiativ\":\"KOMMUN\",\"onskan\":\"JA\",\"onskanDatum\":\"2026-11-27\",\"personId\":\"4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6\",\"regionEnhet\":\"Vårdcentralen Norr\",\"regionKontakt\":\"Distriktssköterska, 010-123 45 67\",\"steg\":\"MOTE\"},\"uppfoljningar\":[]}")
public record Sipakt(
        Sip sip,
        Samtycke samtycke,
        Kallelse kallelse,
        List<Mote> moten,
        RegionensDel regionensDel,
        List<Plan> planer,
        List<Planuppfoljning> uppfoljningar) {

    /** The plan in force: the latest version, or null. */
    public Plan plan() {
        return planer.isEmpty() ? null : planer.get(planer.size() - 1);
    }

    /** Whether the region may see the SIP now: a consent is recorded and not withdrawn. */
    public boolean delasMedRegionen() {
        return samtycke != null && samtycke.galler();
    }
}
