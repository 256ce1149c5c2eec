package se.tillit.lexsarah.internal;

import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.lexsarah.LexSarahPersoner;

@Repository
@RequiredArgsConstructor
class JdbcLexSarahPersoner implements LexSarahPersoner {

    private final JdbcClient jdbc;

    @Override
    public boolean namnerPerson(UUID personId) {
        return jdbc.sql("select exists (select 1 from lexsarah_rapport where person_id = :p)")
                .param("p", personId)
                .query(Boolean.class)
                .single();
    }
}
