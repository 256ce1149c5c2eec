package se.tillit.revision.internal;

import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.tillit.drift.Svensktid;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;

@Service
@RequiredArgsConstructor
class JdbcAtkomstlogg implements Atkomstlogg {

    private final JdbcClient jdbc;
    private final AktuellAnvandare aktuellAnvandare;

    @Override
    public java.util.List<Rad> forArende(UUID arendeId) {
        return jdbc.sql("""
                        select tidpunkt, anvandarnamn, roller, handling, arende_id, person_id, beskrivning, personer
                          from atkomstlogg where arende_id = :a order by tidpunkt""").param("a", arendeId).query((rs, n) -> rad(rs)).list();
    }

    @Override
    public java.util.List<Rad> lista(Urval urval, int max) {
        return jdbc.sql("""
                        select tidpunkt, anvandarnamn, roller, handling, arende_id, person_id, beskrivning, personer
                          from atkomstlogg
                         where (cast(:anvandare as varchar) is null or anvandarnamn = :anvandare)
                           and (cast(:person as uuid) is null or person_id = :person or personer @> array[cast(:person as uuid)])
                           and (cast(:arende as uuid) is null or arende_id = :arende)
                           and (cast(:handling as varchar) is null or handling = :handling)
                           and (cast(:enhet as varchar) is null or (' ' || roller) like '% ' || :enhet || ':%')
                           and (cast(:fran as timestamptz) is null or tidpunkt >= :fran)
                           and (cast(:till as timestamptz) is null or tidpunkt < :till)
                         order by tidpunkt desc, id desc limit :max""")
                .param("anvandare", urval.anvandarnamn())
                .param("person", urval.personId())
                .param("arende", urval.arendeId())
                .param(
                        "handling",
                        urval.handling() == null ? null : urval.handling().name())
                .param(
                        "enhet",
                        urval.enhet() == null
                                ? null
                                : urval.enhet().replace("%", "").replace("_", "\\_"))
                .param("fran", urval.fran())
                .param("till", urval.till())
                .param("max", Math.max(1, Math.min(max, 10_000)))
                .query((rs, n) -> rad(rs))
                .list();
    }

    private static Rad rad(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Array personer = rs.getArray("personer");
        // in Swedish time for the exports too (the pages write any offset in Swedish time): the driver gives UTC
        return new Rad(
                Svensktid.svensk(rs.getObject("tidpunkt", java.time.OffsetDateTime.class)),
                rs.getString("anvandarnamn"),
                rs.getString("roller"),
                Handling.valueOf(rs.getString("handling")),
                rs.getObject("arende_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("beskrivning"),
                personer == null ? java.util.List.of() : java.util.List.of((UUID[]) personer.getArray()));
    }

    @Override
    public void logga(Handling handling, UUID arendeId, UUID personId, String beskrivning) {
        skriv(handling, arendeId, personId, beskrivning, null);
    }

    @Override
    public void loggaSystem(String system, Handling handling, UUID arendeId, UUID personId, String beskrivning) {
        if (system == null || system.isBlank()) {
            throw new IllegalArgumentException("The system that read must be named");
        }
        infoga(system, "", handling, arendeId, personId, beskrivning, null);
    }

    @Override
    public void loggaVisade(Handling handling, String beskrivning, java.util.Collection<UUID> visadePersoner) {
        skriv(handling, null, null, beskrivning, new java.util.LinkedHashSet<>(visadePersoner).toArray(UUID[]::new));
    }

    private void skriv(Handling handling, UUID arendeId, UUID personId, String beskrivning, UUID[] personer) {
        InloggadAnvandare anvandare = aktuellAnvandare
                .hamta()
                .orElseThrow(() -> new IllegalStateException("Access without a user cannot be logged"));
        String roller = anvandare.rollerPerEnhet().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(roll -> e.getKey() + ":" + roll))
                .sorted()
                .collect(Collectors.joining(" "));
        infoga(anvandare.anvandarnamn(), roller, handling, arendeId, personId, beskrivning, personer);
    }

    private void infoga(
            String anvandarnamn,
            String roller,
            Handling handling,
            UUID arendeId,
            UUID personId,
            String beskrivning,
            UUID[] personer) {
        jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, arende_id, person_id, beskrivning, personer)
                        values (:anvandare, :roller, :handling, :arende, :person, :beskrivning, :personer)""")
                .param("anvandare", anvandarnamn)
                .param("roller", roller)
                .param("handling", handling.name())
                .param("arende", arendeId)
                .param("person", personId)
                .param("beskrivning", beskrivning)
                .param("personer", personer)
                .update();
    }
}
