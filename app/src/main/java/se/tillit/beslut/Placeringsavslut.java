package se.tillit.beslut;

/** Why a child's placement ended (issue 17). ANNAN needs a text. Names in the message files. */
public enum Placeringsavslut {
    HEMFLYTT,
    ANNAN_PLACERING,
    VARDEN_UPPHORT,
    MYNDIG,
    FLYTT_TILL_ANNAN_KOMMUN,
    ANNAN
}
