package se.tillit.uppfoljning.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tillit.uppfoljning.Uppfoljningar;

@Service
class UppfoljningTjanst implements Uppfoljningar {

    private final JdbcClient jdbc;

    UppfoljningTjanst(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public UUID planera(UUID beslutId, LocalDate planerad, String av) {
        return jdbc.sql("insert into uppfoljning (beslut_id, planerad, skapad_av) values (:beslut, :planerad, :av) returning id")
                .param("beslut", beslutId).param("planerad", planerad).param("av", av).query(UUID.class).single();
    }

    @Override
    @Transactional
    public void genomfor(UUID uppfoljningId, LocalDate genomford, String resultat, String anteckning) {
        jdbc.sql("""
                        update uppfoljning set genomford = :genomford, resultat = :resultat, anteckning = :anteckning
                         where id = :id and genomford is null""")
                .param("genomford", genomford).param("resultat", resultat).param("anteckning", anteckning)
                .param("id", uppfoljningId).update();
    }
}
