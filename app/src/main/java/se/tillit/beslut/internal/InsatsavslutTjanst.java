package se.tillit.beslut.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.InsatsAvslutad;
import se.tillit.beslut.Insatsavslut;
import se.tillit.beslut.Insatsavslutningar;
import se.tillit.beslut.Insatsslut;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.InloggadAnvandare;

/** The avslut of an insats (issue 17): once per decision, by a handläggare of the case's unit. */
@Service
@RequiredArgsConstructor
class InsatsavslutTjanst implements Insatsavslutningar {

    private final JdbcClient jdbc;
    private final Beslutsskrivning beslutsskrivning;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    @Transactional
    public Insatsavslut avsluta(UUID beslutId, LocalDate datum, Insatsslut orsak) {
        // two requests on one decision run one after the other: the second sees the first's avslut
        Beslutsskrivning.Skrivning skrivning = beslutsskrivning.las(beslutId);
        Beslut fattat = skrivning.beslut();
        Arende arende = skrivning.arende();
        InloggadAnvandare handlaggare = skrivning.av();
        Optional<Insatsavslut> tidigare = avslut(beslutId);
        if (tidigare.isPresent()) {
            throw new Valideringsfel(
                    "insatsslut",
                    Texter.text(
                            "beslut.fel.insatsenArRedanAvslutadDenKanInte",
                            tidigare.get().datum()));
        }
        if (!fattat.utfall().gynnande()) {
            throw new Valideringsfel("insatsslut", "beslut.fel.ettAvslagBeviljarIngenInsatsAttAvsluta");
        }
        if (orsak == null) {
            throw new Valideringsfel("insatsslut", "beslut.fel.valjVarforInsatsenAvslutas");
        }
        if (datum == null) {
            throw new Valideringsfel("avslutsdatum", "fel.datumSaknas");
        }
        if (datum.isBefore(fattat.beslutsdatum()) || datum.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel(
                    "avslutsdatum",
                    Texter.text("beslut.fel.datumetMasteLiggaMellanBeslutsdatumOchI2", fattat.beslutsdatum()));
        }
        jdbc.sql(
                        "insert into insatsavslut (beslut_id, datum, orsak, registrerad_av) values (:beslut, :datum, :orsak, :av)")
                .param("beslut", beslutId)
                .param("datum", datum)
                .param("orsak", orsak.name())
                .param("av", handlaggare.anvandarnamn())
                .update();
        events.publishEvent(new InsatsAvslutad(beslutId, arende.id(), arende.arendenummer(), datum, orsak));
        return avslut(beslutId).orElseThrow();
    }

    @Override
    public Optional<Insatsavslut> avslut(UUID beslutId) {
        return jdbc.sql(
                        "select beslut_id, datum, orsak, registrerad, registrerad_av from insatsavslut where beslut_id = :id")
                .param("id", beslutId)
                .query((rs, n) -> new Insatsavslut(
                        rs.getObject("beslut_id", UUID.class),
                        rs.getObject("datum", LocalDate.class),
                        Insatsslut.valueOf(rs.getString("orsak")),
                        rs.getObject("registrerad", OffsetDateTime.class),
                        rs.getString("registrerad_av")))
                .optional();
    }
}
