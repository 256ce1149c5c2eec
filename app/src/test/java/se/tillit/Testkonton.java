package se.tillit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Roll;

/**
 * Accounts and units a test makes for itself beside the demo's, written straight to the tables by {@code test}. Each is
 * made once: a second call (the next test, a test run again on the same database) leaves the first in place.
 */
public final class Testkonton {

    /** The demo password as the application stores one: Spring Security's delegating format, bcrypt. */
    private static final String LOSENORDSHASH =
            PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(DemoKonton.LOSENORD);
    /** The same with bcrypt's lowest cost: HTTP Basic checks the password on every request, so a service account's is cheap. */
    private static final String BILLIG_LOSENORDSHASH =
            "{bcrypt}" + new BCryptPasswordEncoder(4).encode(DemoKonton.LOSENORD);

    private Testkonton() {}

    /** A person's account with the demo password ({@link DemoKonton#LOSENORD}) and {@code roller} in {@code enhet}. */
    public static String skapaKonto(JdbcClient jdbc, String anvandarnamn, String namn, String enhet, Roll... roller) {
        return skapa(jdbc, anvandarnamn, namn, false, LOSENORDSHASH, enhet, roller);
    }

    /** Another system's service account (HTTP Basic on the API only) with the demo password and {@code roller} in {@code enhet}. */
    public static String skapaTjanstekonto(
            JdbcClient jdbc, String anvandarnamn, String namn, String enhet, Roll... roller) {
        return skapa(jdbc, anvandarnamn, namn, true, BILLIG_LOSENORDSHASH, enhet, roller);
    }

    /** A unit, active, of {@code typ}. */
    public static String skapaEnhet(JdbcClient jdbc, String kod, String namn, Enhetstyp typ) {
        jdbc.sql(
                        "insert into enhet (kod, namn, typ, skapad_av) values (:kod, :namn, :typ, 'test') on conflict do nothing")
                .param("kod", kod)
                .param("namn", namn)
                .param("typ", typ.name())
                .update();
        return kod;
    }

    private static String skapa(
            JdbcClient jdbc,
            String anvandarnamn,
            String namn,
            boolean tjanstekonto,
            String hash,
            String enhet,
            Roll... roller) {
        jdbc.sql("""
                        insert into anvandare (anvandarnamn, namn, losenord_hash, tjanstekonto, skapad_av)
                        values (:anvandarnamn, :namn, :hash, :tjanstekonto, 'test') on conflict do nothing""")
                .param("anvandarnamn", anvandarnamn)
                .param("namn", namn)
                .param("hash", hash)
                .param("tjanstekonto", tjanstekonto)
                .update();
        for (Roll roll : roller) {
            jdbc.sql("""
                            insert into anvandare_roll (anvandarnamn, enhet_kod, roll, skapad_av)
                            values (:anvandarnamn, :enhet, :roll, 'test') on conflict do nothing""")
                    .param("anvandarnamn", anvandarnamn)
                    .param("enhet", enhet)
                    .param("roll", roll.name())
                    .update();
        }
        return anvandarnamn;
    }
}
