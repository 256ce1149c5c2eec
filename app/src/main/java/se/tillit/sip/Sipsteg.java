package se.tillit.sip;

/** The step a SIP waits for, as processes/sip.bpmn has it. */
public enum Sipsteg {
    /** The person is asked whether they want a SIP and for consent (Task_InhamtaSamtycke). */
    SAMTYCKE,
    /** The kallelse is to be sent (Task_SkickaKallelse). */
    KALLELSE,
    /** A meeting is to be held and recorded (Task_HallaMote). */
    MOTE,
    /** The plan is to be drawn up, or revised after a follow-up (Task_UpprattaPlan). */
    PLAN,
    /** The plan is followed up on its date (Task_FoljaUppSip). */
    UPPFOLJNING,
    AVSLUTAD
}
