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

    /**
     * A new person for a test of its own: born 1940–1999, a serial of the test series, so that no other test (nor this
     * one run again on the same database) has the same person.
     */
    public static String ny() {
        java.util.concurrent.ThreadLocalRandom slump = java.util.concurrent.ThreadLocalRandom.current();
        return medKontrollsiffra(String.format(
                "19%02d%02d%02d-%03d",
                slump.nextInt(40, 100), slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20)));
    }
}
