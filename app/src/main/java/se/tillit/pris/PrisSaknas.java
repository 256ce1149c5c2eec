package se.tillit.pris;

/**
 * No row of the price list covers the service day or the combination: never priced at zero, the caller
 * is told what is missing (a level, a scope, or a price list valid on that day).
 */
public class PrisSaknas extends se.tillit.fel.Valideringsfel {

    public PrisSaknas(Prisfraga fraga) {
        super("pris", se.tillit.fel.Texter.text("pris.fel.ingetPris", fraga));
    }
}
