package se.tillit.pris;

/** An hourly insats with neither granted hours in its decision nor performed hours imported: nothing to price. */
public class TimmarSaknas extends se.tillit.fel.Valideringsfel {

    public TimmarSaknas(String insats) {
        super("omfattning", insats + " prissätts per timme men beslutets omfattning anger inga timmar"
                + " (till exempel 20 tim/vecka) och ingen utförd tid är importerad för månaden");
    }
}
