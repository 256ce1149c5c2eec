package se.tillit.motor.internal;

import java.util.Set;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Barnprocesserna;
import se.tillit.motor.BegaranOmAvgorandeprocessen;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.motor.Genomforandeplanprocessen;
import se.tillit.motor.IndividuellPlanprocessen;
import se.tillit.motor.Sipprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.motor.Utskrivningsprocessen;
import se.tillit.motor.Verkstallighetsprocessen;

/**
 * The processes whose history is part of a case's file (issue 18, C1 item 18, docs/adr/0024): every process whose
 * business key is the case number, or that runs for a case (a SIP of a case, a discharge). They carry no
 * {@code historyTimeToLive}: their history is never removed by the engine's history cleanup, only by the gallring run that
 * destroys the case, when the law says. Every other process (lex Sarah, which keeps its own rule) keeps its
 * {@code historyTimeToLive}. ModelDeploymentTest checks the models against this list.
 */
public final class Arendeprocesser {

    public static final Set<String> NYCKLAR = Set.of(
            Arendeprocessen.PROCESS,
            Aktualiseringsprocessen.PROCESS,
            Forhandsbedomningsprocessen.PROCESS,
            Utredningsprocessen.PROCESS,
            Beslutprocessen.PROCESS,
            Verkstallighetsprocessen.PROCESS,
            Uppfoljningsprocessen.PROCESS,
            Genomforandeplanprocessen.PROCESS,
            IndividuellPlanprocessen.PROCESS,
            BegaranOmAvgorandeprocessen.PROCESS,
            Barnprocesserna.BARNPLACERING,
            Barnprocesserna.BARNUPPFOLJNING,
            Barnprocesserna.ANMALARINFORMATION,
            Utskrivningsprocessen.PROCESS,
            Sipprocessen.PROCESS);

    private Arendeprocesser() {}
}
