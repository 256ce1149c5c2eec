package se.tillit.utredning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Arendedagar;
import se.tillit.drift.Raderingar;
import se.tillit.utredning.Utredningsgallring;

@Repository
@RequiredArgsConstructor
class JdbcUtredningsgallring implements Utredningsgallring {

    private static final String UTREDNINGAR = "select id from utredning where arende_id in (:ids)";

    private final JdbcClient jdbc;

    @Override
    public Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden) {
        // greatest() skips nulls; times as the day in Sweden
        return Arendedagar.perArende(jdbc, """
                        select arende_id, max(dag) as dag from (
                          select u.arende_id, greatest(u.inledd, u.avslutad, (u.skapad at time zone 'Europe/Stockholm')::date) as dag
                            from utredning u where u.arende_id in (:ids)
                          union all
                          select u.arende_id, greatest(f.beslutsdatum, (f.skapad at time zone 'Europe/Stockholm')::date)
                            from forlangning f join utredning u on u.id = f.utredning_id where u.arende_id in (:ids)
                          union all
                          select u.arende_id, (t.sparad at time zone 'Europe/Stockholm')::date
                            from utredningstext t join utredning u on u.id = t.utredning_id where u.arende_id in (:ids)
                          union all
                          select u.arende_id, (s.signerad at time zone 'Europe/Stockholm')::date
                            from utredningssignatur s join utredning u on u.id = s.utredning_id where u.arende_id in (:ids)
                          union all
                          select u.arende_id, greatest(k.skickad, (k.registrerad at time zone 'Europe/Stockholm')::date)
                            from kommunicering k join utredning u on u.id = k.utredning_id where u.arende_id in (:ids)
                          union all
                          select u.arende_id, greatest(r.besvarad, (r.registrerad at time zone 'Europe/Stockholm')::date)
                            from kommuniceringssvar r join kommunicering k on k.id = r.kommunicering_id
                            join utredning u on u.id = k.utredning_id where u.arende_id in (:ids)
                        ) anteckningar group by arende_id""", arenden);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera(
                        "kommuniceringssvar",
                        "delete from kommuniceringssvar where kommunicering_id in "
                                + "(select id from kommunicering where utredning_id in (" + UTREDNINGAR + "))",
                        arenden)
                .radera(
                        "kommunicering",
                        "delete from kommunicering where utredning_id in (" + UTREDNINGAR + ")",
                        arenden)
                .radera(
                        "utredningssignatur",
                        "delete from utredningssignatur where utredning_id in (" + UTREDNINGAR + ")",
                        arenden)
                .radera(
                        "utredningsforslag",
                        "delete from utredningsforslag where utredningstext_id in "
                                + "(select id from utredningstext where utredning_id in (" + UTREDNINGAR + "))",
                        arenden)
                .radera(
                        "utredningstext",
                        "delete from utredningstext where utredning_id in (" + UTREDNINGAR + ")",
                        arenden)
                .radera("forlangning", "delete from forlangning where utredning_id in (" + UTREDNINGAR + ")", arenden)
                .radera("utredning", "delete from utredning where arende_id in (:ids)", arenden)
                .antal();
    }
}
