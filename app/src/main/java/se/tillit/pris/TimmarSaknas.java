package se.tillit.pris;

/** An hourly insats with neither granted hours in its decision nor performed hours imported: nothing to price. */
public class TimmarSaknas extends se.tillit.fel.Valideringsfel {

    public TimmarSaknas(String insats) {
        super("omfattning", se.tillit.fel.Texter.text("pris.fel.timmarSaknas", insats));
    }
}
