package se.tillit.sip;

/** Whether the person wants a SIP: the person decides (004@c48287). Not asked yet until the handläggare has asked. */
public enum Onskan {
    JA,
    NEJ,
    EJ_TILLFRAGAD
}
