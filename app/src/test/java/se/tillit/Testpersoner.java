package se.tillit;

/** Synthetic personnummer for tests: Skatteverket's test series (serials 980–999) with a valid check digit. */
public final class Testpersoner {

    private Testpersoner() {}

    /** "YYYYMMDD-NNN" with its check digit: Luhn over the nine digits YYMMDDNNN, as Skatteverket computes it. */
    public static String medKontrollsiffra(String utanKontrollsiffra) {
        String siffror = utanKontrollsiffra.replace("-", "").substring(2);
        int summa = 0;
        for (int i = 0; i < siffror.length(); i++) {
            int d = (siffror.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += d > 9 ? d - 9 : d;
        }
        return utanKontrollsiffra + (10 - summa % 10) % 10;
    }
}
