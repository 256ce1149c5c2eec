package se.tillit.motor;

/**
 * The element ids of a child's clocks after the decision (issue 17): processes/anmalarinformation.bpmn,
 * barnplacering.bpmn (the placement's reviews and the offer of parental support) and barnuppfoljning.bpmn. The task
 * lists, the chef's overdue view and the tests name them here.
 */
public final class Barnprocesserna {

    public static final String ANMALARINFORMATION = "anmalarinformation";
    public static final String BARNPLACERING = "barnplacering";
    public static final String BARNUPPFOLJNING = "barnuppfoljning";

    /** 19 kap. 6 §: give the reporter the information. */
    public static final String TASK_INFORMERA_ANMALAREN = "Task_InformeraAnmalaren";

    public static final String TASK_ANMALARINFORMATION_FORSENAD = "Task_AnmalarinformationForsenad";
    public static final String TIMER_PAMINNELSE_ANMALARINFORMATION = "Timer_PaminnelseAnmalarinformation";
    public static final String TIMER_ANMALARINFORMATION_FORSENAD = "Timer_AnmalarinformationForsenad";
    public static final String GATEWAY_SEN_BEGARAN = "Gateway_SenBegaran";
    /** A request before the decision to open an investigation or not waits for it: the week runs from the decision. */
    public static final String GATEWAY_BESLUT_OM_UTREDNING_FATTAT = "Gateway_BeslutOmUtredningFattat";

    public static final String RECEIVE_BESLUT_OM_UTREDNING = "Receive_BeslutOmUtredning";
    public static final String MEDDELANDE_BESLUT_OM_UTREDNING_FATTAT = "BeslutOmUtredningFattat";

    /** 22 kap. 13 §: review the placement, at least every six months. */
    public static final String TASK_OVERVAGA_PLACERING = "Task_OvervagaPlacering";

    public static final String TASK_PLACERINGSOVERVAGANDE_FORSENAT = "Task_PlaceringsovervagandeForsenat";
    public static final String TIMER_PAMINNELSE_PLACERINGSOVERVAGANDE = "Timer_PaminnelsePlaceringsovervagande";
    public static final String TIMER_PLACERINGSOVERVAGANDE_FORSENAT = "Timer_PlaceringsovervagandeForsenat";
    public static final String MEDDELANDE_PLACERING_AVSLUTAD = "PlaceringAvslutad";
    /** The placement's two paths: its reviews, and the offer of a support contact to the parents. */
    public static final String GATEWAY_PLACERING_REGISTRERAD = "Gateway_PlaceringRegistrerad";

    /** R10, 22 kap. 10 §: offer the parents a support contact within a week of the placement (table barnfrister). */
    public static final String TASK_ERBJUD_FORALDRASTOD = "Task_ErbjudForaldrastod";

    public static final String TASK_FORALDRASTOD_FORSENAT = "Task_ForaldrastodForsenat";
    public static final String TIMER_PAMINNELSE_FORALDRASTOD = "Timer_PaminnelseForaldrastod";
    public static final String TIMER_FORALDRASTOD_FORSENAT = "Timer_ForaldrastodForsenat";
    public static final String END_FORALDRASTOD_REGISTRERAT = "End_ForaldrastodRegistrerat";
    public static final String END_FORALDRASTOD_PAMINNT = "End_ForaldrastodPaminnt";
    public static final String END_FORALDRASTOD_ESKALERAT = "End_ForaldrastodEskalerat";

    /** 23 kap. 1–5 §§: follow up the child's situation within six months. */
    public static final String TASK_FOLJA_UPP_BARNET = "Task_FoljaUppBarnet";

    public static final String TASK_BARNUPPFOLJNING_FORSENAD = "Task_BarnuppfoljningForsenad";
    public static final String TIMER_PAMINNELSE_BARNUPPFOLJNING = "Timer_PaminnelseBarnuppfoljning";
    public static final String TIMER_BARNUPPFOLJNING_FORSENAD = "Timer_BarnuppfoljningForsenad";

    // The other elements of the model, so that no code or test spells an id (ProcesskonstanterTest)
    /** Anmälaren begär information */
    public static final String START_ANMALARINFORMATION_BEGARD = "Start_AnmalarinformationBegard";
    /** Beräkna fristen: en vecka */
    public static final String SERVICE_BERAKNA_ANMALARINFORMATIONSFRIST = "Service_BeraknaAnmalarinformationsfrist";
    /** Beräkna fristen: genast */
    public static final String SERVICE_BERAKNA_GENASTFRIST = "Service_BeraknaGenastfrist";
    /** Anmälaren informerad */
    public static final String END_ANMALAREN_INFORMERAD = "End_AnmalarenInformerad";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_ANMALARINFORMATION = "Service_PaminnAnmalarinformation";
    /** Påmind */
    public static final String END_ANMALARINFORMATION_PAMINND = "End_AnmalarinformationPaminnd";
    /** Eskalerad */
    public static final String END_ANMALARINFORMATION_ESKALERAD = "End_AnmalarinformationEskalerad";
    /** Placering beslutad */
    public static final String START_PLACERING_REGISTRERAD = "Start_PlaceringRegistrerad";
    /** Beräkna fristen för föräldrastödet: en vecka */
    public static final String SERVICE_BERAKNA_FORALDRASTOD = "Service_BeraknaForaldrastod";
    /** Registrera fristen för erbjudandet */
    public static final String SERVICE_BEVAKA_FORALDRASTOD = "Service_BevakaForaldrastod";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_FORALDRASTOD = "Service_PaminnForaldrastod";
    /** Beräkna nästa övervägande: sex månader */
    public static final String SERVICE_BERAKNA_OVERVAGANDE = "Service_BeraknaOvervagande";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_PLACERINGSOVERVAGANDE = "Service_PaminnPlaceringsovervagande";
    /** Påmind */
    public static final String END_PLACERINGSOVERVAGANDE_PAMINNT = "End_PlaceringsovervagandePaminnt";
    /** Eskalerad */
    public static final String END_PLACERINGSOVERVAGANDE_ESKALERAT = "End_PlaceringsovervagandeEskalerat";
    /** Placeringen upphör */
    public static final String SUBPROCESS_PLACERING_AVSLUTAD = "SubProcess_PlaceringAvslutad";
    /** Placeringen avslutad */
    public static final String START_PLACERING_AVSLUTAD = "Start_PlaceringAvslutad";
    /** Övervägandena upphör */
    public static final String END_PLACERING_AVSLUTAD = "End_PlaceringAvslutad";
    /** Utredning eller placering avslutad */
    public static final String START_BARNUPPFOLJNING_STARTAD = "Start_BarnuppfoljningStartad";
    /** Beräkna fristen: sex månader */
    public static final String SERVICE_BERAKNA_BARNUPPFOLJNINGSFRIST = "Service_BeraknaBarnuppfoljningsfrist";
    /** Uppföljningen avslutad */
    public static final String END_BARNET_UPPFOLJT = "End_BarnetUppfoljt";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_BARNUPPFOLJNING = "Service_PaminnBarnuppfoljning";
    /** Påmind */
    public static final String END_BARNUPPFOLJNING_PAMINND = "End_BarnuppfoljningPaminnd";
    /** Eskalerad */
    public static final String END_BARNUPPFOLJNING_ESKALERAD = "End_BarnuppfoljningEskalerad";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** En sen begäran besvaras genast (Gateway_SenBegaran) */
    public static final String VAR_ANMALARINFORMATION_SEN = "anmalarinformationSen";
    /** Beslutets dag; saknas den väntar processen på beslutet (Gateway_BeslutOmUtredningFattat) */
    public static final String VAR_ANMALARINFORMATION_START = "anmalarinformationStart";

    public static final String VAR_PLACERING_SENAST_OVERVAGD = "placeringSenastOvervagd";
    public static final String VAR_FORALDRASTOD_FRIST = "foraldrastodFrist";

    private Barnprocesserna() {}
}
