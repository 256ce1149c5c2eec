package se.tillit.revision.internal;

import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;

@Service
class JdbcAtkomstlogg implements Atkomstlogg {

    private final JdbcClient jdbc;
    private final AktuellAnvandare aktuellAnvandare;

    JdbcAtkomstlogg(JdbcClient jdbc, AktuellAnvandare aktuellAnvandare) {
        this.jdbc = jdbc;
        this.aktuellAnvandare = aktuellAnvandare;
    }

    @Override
    public void logga(Handling handling, UUID arendeId, UUID personId, String beskrivning) {
        InloggadAnvandare anvandare = aktuellAnvandare.hamta()
                .orElseThrow(() -> new IllegalStateException("Access without a user cannot be logged"));
        String roller = anvandare.rollerPerEnhet().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(roll -> e.getKey() + ":" + roll))
                .sorted().collect(Collectors.joining(" "));
        jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, arende_id, person_id, beskrivning)
                        values (:anvandare, :roller, :handling, :arende, :person, :beskrivning)""")
                .param("anvandare", anvandare.anvandarnamn()).param("roller", roller).param("handling", handling.name())
                .param("arende", arendeId).param("person", personId).param("beskrivning", beskrivning)
                .update();
    }
}
