package se.tillit.motor.internal;

import java.util.Set;

/**
 * The processes whose history is part of a case's file (issue 18, C1 item 18, docs/adr/0024): every process whose
 * business key is the case number, or that runs for a case (a SIP of a case, a discharge). They carry no
 * {@code historyTimeToLive}: their history is never removed by the engine's history cleanup, only by the gallring run that
 * destroys the case, when the law says. Every other process (lex Sarah, which keeps its own rule) keeps its
 * {@code historyTimeToLive}. ModelDeploymentTest checks the models against this list.
 */
public final class Arendeprocesser {

    public static final Set<String> NYCKLAR = Set.of("arende", "aktualisering", "forhandsbedomning", "utredning", "beslut",
            "verkstallighet", "uppfoljning", "genomforandeplan", "individuellplan", "begaranOmAvgorande", "barnplacering",
            "barnuppfoljning", "anmalarinformation", "utskrivning", "sip");

    private Arendeprocesser() {
    }
}
