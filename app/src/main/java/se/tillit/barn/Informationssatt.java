package se.tillit.barn;

/** How the reporter was given the information (19 kap. 6 §). Names in the message files. */
public enum Informationssatt {
    TELEFON,
    BREV,
    DIGITALT,
    MOTE
}
