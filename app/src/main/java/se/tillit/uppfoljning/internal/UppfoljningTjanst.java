package se.tillit.uppfoljning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;
import se.tillit.fel.Texter;
import se.tillit.uppfoljning.Uppfoljningar;

@Service
@RequiredArgsConstructor
class UppfoljningTjanst implements Uppfoljningar {

    private static final java.util.Set<String> RESULTAT = java.util.Set.of("FORTSATT", "NYTT_BESLUT", "AVSLUT");

    private final JdbcClient jdbc;
    private final se.tillit.beslut.Beslutsregister beslut;
    private final se.tillit.arende.Arenden arenden;
    private final se.tillit.sakerhet.AktuellAnvandare aktuellAnvandare;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    @Transactional
    public void rapportera(UUID beslutId, String resultat, String anteckning) {
        se.tillit.beslut.Beslut fattat = beslut.hitta(beslutId)
                .orElseThrow(() -> new se.tillit.fel.HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)));
        String enhet = arenden.hitta(fattat.arendeId()).orElseThrow().enhet();
        aktuellAnvandare.kravRollIEnhet(
                enhet,
                () -> new se.tillit.fel.HittadesInte(Texter.text("fel.beslutetFinnsInte2", beslutId)),
                se.tillit.sakerhet.Roll.HANDLAGGARE);
        if (!RESULTAT.contains(resultat)) {
            throw new se.tillit.fel.Valideringsfel("resultat", "uppfoljning.fel.fortsattNyttBeslutEllerAvslut");
        }
        events.publishEvent(new se.tillit.uppfoljning.UppfoljningRapporterad(beslutId, resultat, anteckning.strip()));
    }

    @Override
    public java.util.List<se.tillit.uppfoljning.Uppfoljning> forBeslut(UUID beslutId) {
        return jdbc.sql("""
                        select planerad, genomford, resultat, resultat_registrerad, resultat_registrerad_av from uppfoljning
                         where beslut_id = :beslut order by planerad""")
                .param("beslut", beslutId)
                .query((rs, n) -> new se.tillit.uppfoljning.Uppfoljning(
                        rs.getObject("planerad", LocalDate.class),
                        rs.getObject("genomford", LocalDate.class),
                        rs.getString("resultat"),
                        Svensktid.svensk(rs.getObject("resultat_registrerad", OffsetDateTime.class)),
                        rs.getString("resultat_registrerad_av")))
                .list();
    }

    @Override
    @Transactional
    public UUID planera(UUID beslutId, LocalDate planerad, String av) {
        return jdbc.sql("insert into uppfoljning (beslut_id, planerad, skapad_av) values (?, ?, ?) returning id")
                .params(beslutId, planerad, av)
                .query(UUID.class)
                .single();
    }

    @Override
    @Transactional
    public void genomfor(UUID uppfoljningId, LocalDate genomford, String resultat, String anteckning, String av) {
        jdbc.sql("""
                        update uppfoljning set genomford = :genomford, resultat = :resultat, anteckning = :anteckning,
                                               resultat_registrerad = :nu, resultat_registrerad_av = :av
                         where id = :id and genomford is null""")
                .param("genomford", genomford)
                .param("resultat", resultat)
                .param("anteckning", anteckning)
                .param("nu", OffsetDateTime.now(clock))
                .param("av", av)
                .param("id", uppfoljningId)
                .update();
    }
}
