package se.tillit.sip;

/** The two principals of a SIP: the municipality (socialtjänsten) and the region (hälso- och sjukvården). */
public enum Huvudman {
    KOMMUN,
    REGION
}
