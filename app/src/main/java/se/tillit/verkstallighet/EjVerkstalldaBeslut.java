package se.tillit.verkstallighet;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The records of decisions not executed within three months (R22, C7, C21, C36): why, what was offered and how
 * they close. Written by a handläggare of the case's unit; read by the case page and the IVO reports.
 */
public interface EjVerkstalldaBeslut {

    /**
     * Every record that was open on some day of {@code fran}–{@code tom}, for the whole municipality, oldest first.
     * A record closed before the day it opened (an execution reported afterwards with an earlier date) was executed
     * in time and is left out. Not checked: the caller filters by what its reader may see.
     */
    List<EjVerkstallt> under(LocalDate fran, LocalDate tom);

    /** The decision's records, oldest first. Not checked: the caller shows them to a reader of the case. */
    List<EjVerkstallt> forBeslut(UUID beslutId);

    /** A new statement of why the decision is not executed; it replaces the current one, which is kept. */
    EjVerkstallt angeSkal(UUID beslutId, UUID postId, NyttSkal skal);

    /** An offer made, with the person's answer if it is already known. A declined offer does not close the record. */
    EjVerkstallt registreraErbjudande(UUID beslutId, UUID postId, NyttErbjudande erbjudande);

    /** The person's answer to an offer recorded without one. */
    EjVerkstallt registreraSvar(UUID beslutId, UUID postId, UUID erbjudandeId, SvarPaErbjudande svar);

    /**
     * Closes an open record for another reason than execution (IVO: "avslutat av annan anledning"). Execution is
     * reported as verkställighet ({@link Verkstalligheter#rapporteraVerkstalld}), which closes the record itself.
     */
    EjVerkstallt avsluta(UUID beslutId, UUID postId, Avslut avslut);

    @Schema(
            example =
                    "{\"konsekvenser\":\"Personen bor kvar hos föräldrarna, som får avlösning två kvällar i veckan.\",\"orsak\":\"BRIST_PA_PLATS\",\"orsakText\":\"Ingen ledig plats i kommunens gruppbostäder före mars.\",\"tillfalligaInsatser\":\"Korttidsvistelse en helg i månaden och utökad avlösarservice.\"}")
    record NyttSkal(
            @NotNull(message = "{verkstallighet.fel.orsakSaknasOrsaker}")
            Drojsmalsorsak orsak,

            @Size(max = 2000, message = "{validering.hogstTecken}")
            String orsakText,

            @Size(max = 2000, message = "{validering.hogstTecken}")
            String konsekvenser,

            @Size(max = 2000, message = "{validering.hogstTecken}")
            String tillfalligaInsatser) {}

    /** @param svar null while the person has not answered */
    @Schema(
            example =
                    "{\"erbjudet\":\"2026-09-15\",\"svar\":\"AVBOJT\",\"svarDatum\":\"2026-09-22\",\"vad\":\"Plats i gruppbostaden Lärkan, Storgatan 12\",\"skal\":\"Personen vill bo kvar nära sin dagliga verksamhet.\"}")
    record NyttErbjudande(
            @NotNull(message = "{verkstallighet.fel.datumForErbjudandetSaknas}")
            LocalDate erbjudet,

            @NotBlank(message = "{verkstallighet.fel.angeVadSomErbjods}")
            @Size(max = 400, message = "{validering.hogstTecken}")
            String vad,

            EjVerkstallt.Svar svar,
            LocalDate svarDatum,

            @Size(max = 1000, message = "{validering.hogstTecken}")
            String skal) {}

    /** @param skal the person's reason, required when the offer was declined */
    @Schema(
            example =
                    "{\"datum\":\"2026-09-22\",\"skal\":\"Personen vill bo kvar nära sin dagliga verksamhet.\",\"svar\":\"AVBOJT\"}")
    record SvarPaErbjudande(
            @NotNull(message = "{verkstallighet.fel.svarSaknasAvbojtEllerAccepterat}")
            EjVerkstallt.Svar svar,

            @NotNull(message = "{verkstallighet.fel.datumForSvaretSaknas}")
            LocalDate datum,

            @Size(max = 1000, message = "{validering.hogstTecken}")
            String skal) {}

    @Schema(
            name = "EjVerkstalltAvslut",
            description = "Hur och när posten om ej verkställt beslut avslutas.",
            example = "{\"datum\":\"2026-12-01\",\"orsak\":\"VERKSTALLT\"}")
    record Avslut(
            @NotNull(message = "{fel.datumSaknas}") LocalDate datum,

            @NotNull(message = "{verkstallighet.fel.orsakSaknasBeslutetUpphortAvlidenFlyttatEller}")
            Stangningsorsak orsak) {}

    String ORSAKER = "BRIST_PA_PLATS, BRIST_PA_PERSONAL, UTFORARE_SAKNAS, ENSKILD_AVBOJT, ENSKILD_ONSKAR_VANTA, "
            + "ENSKILD_ONSKAR_ANNAN_UTFORARE eller ANNAN";
}
