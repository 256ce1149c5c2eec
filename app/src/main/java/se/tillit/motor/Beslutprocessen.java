package se.tillit.motor;

/**
 * Element ids of {@code processes/beslut.bpmn} that code and tests name, so a renamed element fails at compile time
 * (as {@link Arendeprocessen}). Issue 17: the omprövning before giltig tom ends with the insats.
 */
public final class Beslutprocessen {

    public static final String PROCESS = "beslut";
    /** Sent by the avslut of an insats (POST /beslut/{id}/avslut) to every process of the decision that waits for it. */
    public static final String MEDDELANDE_INSATS_AVSLUTAD = "InsatsAvslutad";
    /** Waits for the decision's delgivning; it ends when the delgivning is registered. */
    public static final String RECEIVE_DELGIVNING = "Receive_Delgivning";

    /** R17, T03: the reminder day's wait and the omprövning task, in one scope the avslut interrupts. */
    public static final String SUBPROCESS_OMPROVNING_FORE_GILTIG_TOM = "SubProcess_OmprovningForeGiltigTom";

    public static final String TIMER_OMPROVNING_DAGS = "Timer_OmprovningDags";
    public static final String TASK_OMPROVA_FORE_GILTIG_TOM = "Task_OmprovaForeGiltigTom";
    public static final String END_OMPROVAT = "End_Omprovat";
    public static final String EVENT_INSATS_AVSLUTAD_FORE_OMPROVNING = "Event_InsatsAvslutadForeOmprovning";
    public static final String END_OMPROVNING_INSATS_AVSLUTAD = "End_OmprovningInsatsAvslutad";

    // The other elements of the model, so that no code or test spells an id (ProcesskonstanterTest)
    public static final String MEDDELANDE_DELGIVET = "Delgivet";
    public static final String MEDDELANDE_OVERKLAGANDE_INKOMMIT = "OverklagandeInkommit";
    public static final String MEDDELANDE_DOMSLUT = "Domslut";
    /** Beslut fattat */
    public static final String START_BESLUT_FATTAT = "Start_BeslutFattat";

    public static final String GATEWAY_DELAS = "Gateway_Delas";
    /** Gynnande? */
    public static final String GATEWAY_GYNNANDE = "Gateway_Gynnande";
    /** Verkställighet */
    public static final String CALL_VERKSTALLIGHET = "Call_Verkstallighet";
    /** Verkställighet klar */
    public static final String END_VERKSTALLIGHET = "End_Verkstallighet";
    /** Inget att verkställa */
    public static final String END_INGEN_VERKSTALLIGHET = "End_IngenVerkstallighet";
    /** Beräkna överklagandetid */
    public static final String SERVICE_BERAKNA_OVERKLAGANDEFRIST = "Service_BeraknaOverklagandefrist";
    /** Spara överklagandetiden */
    public static final String SERVICE_SPARA_OVERKLAGANDEFRIST = "Service_SparaOverklagandefrist";

    public static final String GATEWAY_OVERKLAGAS = "Gateway_Overklagas";
    /** Överklagandetiden ute */
    public static final String TIMER_OVERKLAGANDETIDEN_UTE = "Timer_OverklagandetidenUte";
    /** Registrera laga kraft */
    public static final String SERVICE_LAGA_KRAFT = "Service_LagaKraft";
    /** Laga kraft */
    public static final String END_LAGA_KRAFT = "End_LagaKraft";
    /** Överklagande inkommit i rätt tid */
    public static final String MESSAGE_OVERKLAGAT = "Message_Overklagat";
    /** Ompröva beslutet */
    public static final String TASK_OMPROVA = "Task_Omprova";
    /** Ändrat helt? */
    public static final String GATEWAY_ANDRAT = "Gateway_Andrat";
    /** Beslutet ändrat */
    public static final String END_BESLUTET_ANDRAT = "End_BeslutetAndrat";
    /** Beräkna målet för överlämnandet */
    public static final String SERVICE_BERAKNA_OVERLAMNANDEFRIST = "Service_BeraknaOverlamnandefrist";
    /** Spara målet för överlämnandet */
    public static final String SERVICE_SPARA_OVERLAMNANDEFRIST = "Service_SparaOverlamnandefrist";
    /** Överlämna överklagandet till förvaltningsrätten */
    public static final String TASK_OVERLAMNA = "Task_Overlamna";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_OVERLAMNANDE = "Timer_PaminnelseOverlamnande";
    /** Målet passerat */
    public static final String TIMER_OVERLAMNANDE_FORSENAT = "Timer_OverlamnandeForsenat";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_OVERLAMNANDE = "Service_PaminnOverlamnande";
    /** Påmind */
    public static final String END_OVERLAMNANDE_PAMINNT = "End_OverlamnandePaminnt";
    /** Överlämnandet till förvaltningsrätten är försenat */
    public static final String TASK_OVERLAMNANDE_FORSENAT = "Task_OverlamnandeForsenat";
    /** Eskalerat */
    public static final String END_OVERLAMNANDE_ESKALERAT = "End_OverlamnandeEskalerat";
    /** Vänta på domstolens avgörande */
    public static final String RECEIVE_DOMSLUT = "Receive_Domslut";
    /** Ändrar domstolen beslutet? */
    public static final String GATEWAY_DOMSLUT = "Gateway_Domslut";
    /** Fatta nytt beslut enligt domen */
    public static final String TASK_FATTA_BESLUT_ENLIGT_DOM = "Task_FattaBeslutEnligtDom";
    /** Nytt beslut fattat */
    public static final String END_DOM_VERKSTALLD = "End_DomVerkstalld";
    /** Beslutet står fast */
    public static final String END_DOM_REGISTRERAD = "End_DomRegistrerad";
    /** Tidsbegränsat? */
    public static final String GATEWAY_TIDSBEGRANSAT = "Gateway_Tidsbegransat";
    /** Beräkna när omprövning ska ske */
    public static final String SERVICE_BERAKNA_OMPROVNING = "Service_BeraknaOmprovning";
    /** Tidsbegränsat beslut */
    public static final String START_OMPROVNING_FORE_GILTIG_TOM = "Start_OmprovningForeGiltigTom";
    /** Omprövad */
    public static final String END_OMPROVNING_FORE_GILTIG_TOM = "End_OmprovningForeGiltigTom";
    /** Tills vidare */
    public static final String END_TILLS_VIDARE = "End_TillsVidare";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** AVSLAG eller gynnande (Gateway_Gynnande) */
    public static final String VAR_UTFALL = "utfall";
    /** Satt för ett tidsbegränsat beslut (Gateway_Tidsbegransat) */
    public static final String VAR_GILTIG_TOM = "giltigTom";
    /** ANDRAT_HELT, ANDRAT_DELVIS eller INTE_ANDRAT (Gateway_Andrat) */
    public static final String VAR_OMPROVNING = "omprovning";
    /** BIFALLET eller annat (Gateway_Domslut) */
    public static final String VAR_DOMSTOLENS_UTFALL = "domstolensUtfall";

    public static final String VAR_BESLUT_ID = "beslutId";
    public static final String VAR_DELGIVNINGSDATUM = "delgivningsdatum";

    private Beslutprocessen() {}
}
