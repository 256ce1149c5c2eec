package se.tillit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a table that is never changed (the journal, the access log) answers a statement that would change it. */
public final class OforanderligTabell {

    private OforanderligTabell() {}

    /**
     * The database refuses every one of {@code satser} with a message containing {@code meddelande}; each is sent with
     * the parameter {@code parameter} = {@code varde} (a statement without it ignores it).
     */
    public static void vagrar(JdbcClient jdbc, String meddelande, String parameter, Object varde, String... satser) {
        for (String sats : satser) {
            assertThatThrownBy(() -> jdbc.sql(sats).param(parameter, varde).update())
                    .as(sats)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining(meddelande);
        }
    }
}
