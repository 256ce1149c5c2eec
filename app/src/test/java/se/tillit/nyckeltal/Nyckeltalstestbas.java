package se.tillit.nyckeltal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the key-figure tests of the running application share: the port, the database their known set is written to,
 * the JSON reader for the figures, and the synthetic person a set's cases belong to.
 */
abstract class Nyckeltalstestbas {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    /** A synthetic person (Skatteverket's test series) written straight to the register; its id. */
    UUID testperson(String personnummer, String fornamn, String efternamn, LocalDate fodd, String kon) {
        return jdbc.sql("""
                insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                values (:pnr, :fornamn, :efternamn, :fodd, :kon, 'test') returning id""")
                .param("pnr", personnummer)
                .param("fornamn", fornamn)
                .param("efternamn", efternamn)
                .param("fodd", fodd)
                .param("kon", kon)
                .query(UUID.class)
                .single();
    }

    /**
     * {@code antal} closed cases of the person in the unit, numbered {@code prefix} 1, 2, …; opened and closed at these
     * times (timestamptz, e.g. {@code 2016-10-01 09:00+02}) with all their insatser ended.
     */
    void avslutadeArenden(
            UUID person, String enhet, String arendetyp, String prefix, int antal, String oppnat, String avslutat) {
        jdbc.sql("""
                insert into arende (arendenummer, person_id, arendetyp, enhet_kod, status, oppnat, avslutat, avslutsorsak, skapad_av)
                select cast(:prefix as text) || g, :person, :arendetyp, :enhet, 'AVSLUTAT', cast(:oppnat as timestamptz),
                       cast(:avslutat as timestamptz), 'INSATSER_AVSLUTADE', 'test'
                  from generate_series(1, :antal) g""")
                .param("prefix", prefix)
                .param("person", person)
                .param("arendetyp", arendetyp)
                .param("enhet", enhet)
                .param("oppnat", oppnat)
                .param("avslutat", avslutat)
                .param("antal", antal)
                .update();
    }
}
