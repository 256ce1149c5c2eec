package se.tillit.arende.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.sakerhet.OppnaArendenIEnhet;

/** The open cases of a unit, which keep an administrator from deactivating it. */
@Component
@RequiredArgsConstructor
class ArendenasEnheter implements OppnaArendenIEnhet {

    private final JdbcClient jdbc;

    @Override
    public long antal(String enhetKod) {
        return jdbc.sql("select count(*) from arende where enhet_kod = :enhet and status = 'OPPET'")
                .param("enhet", enhetKod)
                .query(Long.class)
                .single();
    }
}
