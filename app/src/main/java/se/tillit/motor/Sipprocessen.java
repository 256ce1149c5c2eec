package se.tillit.motor;

/**
 * Element ids and messages of processes/sip.bpmn: a samordnad individuell plan from consent to follow-up, that code and tests name, so a renamed element fails at compile
 * time (as {@link Arendeprocessen}); ProcesskonstanterTest keeps this class and the file equal.
 */
public final class Sipprocessen {

    public static final String PROCESS = "sip";
    public static final String MEDDELANDE_SAMTYCKE_ATERKALLAT = "SamtyckeAterkallat";
    /** SIP begärd */
    public static final String START_SIP_BEGARD = "Start_SipBegard";
    /** Har personen redan sagt nej? */
    public static final String GATEWAY_REDAN_AVBOJD = "Gateway_RedanAvbojd";
    /** Beräkna kallelsefrist */
    public static final String SERVICE_BERAKNA_KALLELSEFRIST = "Service_BeraknaKallelsefrist";
    /** Fråga personen om SIP och samtycke */
    public static final String TASK_INHAMTA_SAMTYCKE = "Task_InhamtaSamtycke";
    /** Vill personen ha SIP och samtycker? */
    public static final String GATEWAY_SAMTYCKE = "Gateway_Samtycke";
    /** Avsluta: personen vill inte */
    public static final String SERVICE_AVSLUTA_AVBOJD = "Service_AvslutaAvbojd";
    /** Personen vill inte ha SIP */
    public static final String END_SIP_AVBOJD = "End_SipAvbojd";
    /** Skicka kallelse till SIP-möte */
    public static final String TASK_SKICKA_KALLELSE = "Task_SkickaKallelse";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_KALLELSE = "Service_PaminnKallelse";
    /** Påmind */
    public static final String END_KALLELSE_PAMINND = "End_KallelsePaminnd";
    /** SIP-kallelsen är försenad */
    public static final String TASK_KALLELSE_FORSENAD = "Task_KallelseForsenad";
    /** Eskalerad */
    public static final String END_KALLELSE_ESKALERAD = "End_KallelseEskalerad";
    /** Mötesdagen blir uppgiftens frist */
    public static final String SERVICE_BERAKNA_MOTESDAG = "Service_BeraknaMotesdag";
    /** Hålla SIP-möte och dokumentera det */
    public static final String TASK_HALLA_MOTE = "Task_HallaMote";
    /** Behövs fler möten innan planen? */
    public static final String GATEWAY_FLER_MOTEN = "Gateway_FlerMoten";
    /** Upprätta planen */
    public static final String TASK_UPPRATTA_PLAN = "Task_UpprattaPlan";
    /** Beräkna påminnelse inför uppföljningen */
    public static final String SERVICE_BERAKNA_UPPFOLJNING = "Service_BeraknaUppfoljning";
    /** Följa upp planen */
    public static final String TASK_FOLJA_UPP_SIP = "Task_FoljaUppSip";
    /** Påminn handläggaren */
    public static final String SERVICE_PAMINN_SIP_UPPFOLJNING = "Service_PaminnSipUppfoljning";
    /** Påmind */
    public static final String END_SIP_UPPFOLJNING_PAMINND = "End_SipUppfoljningPaminnd";
    /** SIP-uppföljningen är försenad */
    public static final String TASK_SIP_UPPFOLJNING_FORSENAD = "Task_SipUppfoljningForsenad";
    /** Eskalerad */
    public static final String END_SIP_UPPFOLJNING_ESKALERAD = "End_SipUppfoljningEskalerad";
    /** Resultat av uppföljningen? */
    public static final String GATEWAY_UPPFOLJNINGSRESULTAT = "Gateway_Uppfoljningsresultat";
    /** Avsluta: planen är genomförd */
    public static final String SERVICE_AVSLUTA_UPPFOLJD = "Service_AvslutaUppfoljd";
    /** SIP avslutad */
    public static final String END_SIP_AVSLUTAD = "End_SipAvslutad";
    /** Samtycket återkallas */
    public static final String SUBPROCESS_SAMTYCKE_ATERKALLAT = "SubProcess_SamtyckeAterkallat";
    /** Samtycket återkallat */
    public static final String START_SAMTYCKE_ATERKALLAT = "Start_SamtyckeAterkallat";
    /** Avsluta: samtycket återkallat */
    public static final String SERVICE_AVSLUTA_ATERKALLAT = "Service_AvslutaAterkallat";
    /** SIP avslutad utan samtycke */
    public static final String END_SAMTYCKE_ATERKALLAT = "End_SamtyckeAterkallat";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_KALLELSE = "Timer_PaminnelseKallelse";
    /** Kallelsefristen passerad */
    public static final String TIMER_KALLELSEFRIST_PASSERAD = "Timer_KallelsefristPasserad";
    /** Påminnelse */
    public static final String TIMER_PAMINNELSE_SIP_UPPFOLJNING = "Timer_PaminnelseSipUppfoljning";
    /** Uppföljningen försenad */
    public static final String TIMER_SIP_UPPFOLJNING_FORSENAD = "Timer_SipUppfoljningForsenad";

    // Process variables: the gateways' flags and the ids the model reads (ProcesskonstanterTest: each is in the model)
    /** JA, NEJ eller OKAND (Gateway_RedanAvbojd, Gateway_Samtycke) */
    public static final String VAR_SIP_ONSKAN = "sipOnskan";
    /** Behövs fler möten innan planen? (Gateway_FlerMoten) */
    public static final String VAR_SIP_FLER_MOTEN = "sipFlerMoten";
    /** REVIDERA eller AVSLUTA (Gateway_Uppfoljningsresultat) */
    public static final String VAR_SIP_UPPFOLJNINGSRESULTAT = "sipUppfoljningsresultat";

    public static final String VAR_SIP_ID = "sipId";
    public static final String VAR_SIP_MOTESDATUM = "sipMotesdatum";
    public static final String VAR_SIP_UPPFOLJNINGSDATUM = "sipUppfoljningsdatum";

    private Sipprocessen() {}
}
