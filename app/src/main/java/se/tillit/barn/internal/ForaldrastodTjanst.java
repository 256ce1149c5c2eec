package se.tillit.barn.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.barn.ForaldrastodErbjudande;
import se.tillit.barn.ForaldrastodErbjudanden;
import se.tillit.barn.ForaldrastodRegistrerat;
import se.tillit.barn.ForaldrastodUtfall;
import se.tillit.beslut.Placering;
import se.tillit.beslut.PlaceringAvslutad;
import se.tillit.beslut.Placeringar;
import se.tillit.beslut.Registrering;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The offer of a support contact to a placed child's parents (R10): the row the process opens with its deadline, the
 * outcome a handläggare records (which publishes the event its task waits for), and the placement's end, after which
 * nothing is due. Refusals name message keys: the page shows them in the user's language.
 */
@Service
@RequiredArgsConstructor
class ForaldrastodTjanst implements ForaldrastodErbjudanden {

    private final JdbcClient jdbc;
    private final Arenden arenden;
    private final Placeringar placeringar;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    public List<ForaldrastodErbjudande> forArende(UUID arendeId) {
        return erbjudandenDar("arende_id = :v order by frist, skapad", arendeId).list();
    }

    @Override
    public Optional<ForaldrastodErbjudande> forPlacering(UUID placeringId) {
        return erbjudandenDar("placering_id = :v", placeringId).optional();
    }

    @Override
    @Transactional
    public void bevaka(UUID placeringId, UUID arendeId, String enhet, LocalDate frist) {
        jdbc.sql("""
                        insert into foraldrastod_erbjudande (placering_id, arende_id, enhet_kod, frist)
                        values (:placering, :arende, :enhet, :frist) on conflict (placering_id) do nothing""")
                .param("placering", placeringId)
                .param("arende", arendeId)
                .param("enhet", enhet)
                .param("frist", frist)
                .update();
    }

    @Override
    @Transactional
    public Registrering registrera(UUID placeringId, LocalDate datum, ForaldrastodUtfall utfall) {
        Placering placering =
                placeringar.hitta(placeringId).orElseThrow(() -> new HittadesInte("fel.placeringenFinnsInte"));
        Arende arende = arenden.hitta(placering.arendeId()).orElseThrow();
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.placeringenFinnsInte"), Roll.HANDLAGGARE);
        ForaldrastodErbjudande erbjudande = jdbc.sql(
                        "select * from foraldrastod_erbjudande where placering_id = :p for update")
                .param("p", placeringId)
                .query(ForaldrastodTjanst::erbjudande)
                .optional()
                .orElseThrow(() -> new Konflikt("barn.foraldrastod.konflikt.ingetErbjudande"));
        if (erbjudande.utfall() != null) {
            if (erbjudande.utfall() == utfall && erbjudande.datum().equals(datum)) {
                return Registrering.REDAN_REGISTRERAD;
            }
            throw new Konflikt("barn.foraldrastod.konflikt.redanRegistrerat");
        }
        if (erbjudande.bortfallen() != null) {
            throw new Konflikt("barn.foraldrastod.konflikt.upphort");
        }
        LocalDate idag = LocalDate.now(clock);
        // offered at the decision, before the child moved, or on the placement's first day before it was registered
        LocalDate skapad = jdbc.sql(
                        "select (skapad at time zone 'Europe/Stockholm')::date from foraldrastod_erbjudande where id = :id")
                .param("id", erbjudande.id())
                .query(LocalDate.class)
                .single();
        LocalDate tidigast = placering.placeradFran().isBefore(skapad) ? placering.placeradFran() : skapad;
        List<Faltfel> fel = new ArrayList<>();
        if (datum == null) {
            fel.add(new Faltfel("datum", "barn.fel.datumSaknas"));
        } else if (datum.isBefore(tidigast) || datum.isAfter(idag)) {
            fel.add(new Faltfel("datum", "barn.foraldrastod.fel.dag"));
        }
        if (utfall == null) {
            fel.add(new Faltfel("utfall", "barn.fel.val"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        update foraldrastod_erbjudande set utfall = :utfall, datum = :datum, registrerad = :nar, registrerad_av = :av
                         where id = :id""")
                .param("utfall", utfall.name())
                .param("datum", datum)
                .param("nar", OffsetDateTime.now(clock))
                .param("av", aktuellAnvandare.hamta().orElseThrow().anvandarnamn())
                .param("id", erbjudande.id())
                .update();
        events.publishEvent(new ForaldrastodRegistrerat(placeringId, utfall));
        return Registrering.REGISTRERAD;
    }

    @Override
    public Tidshallning tidshallning(LocalDate fran, LocalDate tom, String enhet) {
        return jdbc.sql("""
                        select count(*) filter (where e.utfall is not null
                                                  and (e.registrerad at time zone 'Europe/Stockholm')::date <= e.frist) as i_tid,
                               count(*) as forfallna
                          from foraldrastod_erbjudande e
                         where e.frist between :fran and :tom and (:alla or e.enhet_kod = :enhet)
                           and (e.bortfallen is null or e.bortfallen > e.frist)""")
                .param("fran", fran)
                .param("tom", tom)
                .param("alla", enhet == null)
                .param("enhet", enhet == null ? "" : enhet)
                .query((rs, n) -> new Tidshallning(rs.getLong("i_tid"), rs.getLong("forfallna")))
                .single();
    }

    /** The placement ended: an offer not yet recorded is no longer due (its process's task ends with the placement's). */
    @EventListener
    void placeringAvslutad(PlaceringAvslutad avslutad) {
        jdbc.sql("""
                        update foraldrastod_erbjudande set bortfallen = :dag
                         where placering_id = :placering and utfall is null and bortfallen is null""")
                .param("dag", avslutad.avslutad())
                .param("placering", avslutad.placeringId())
                .update();
    }

    private static ForaldrastodErbjudande erbjudande(ResultSet rs, int n) throws SQLException {
        String utfall = rs.getString("utfall");
        return new ForaldrastodErbjudande(
                rs.getObject("id", UUID.class),
                rs.getObject("placering_id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getObject("frist", LocalDate.class),
                utfall == null ? null : ForaldrastodUtfall.valueOf(utfall),
                rs.getObject("datum", LocalDate.class),
                rs.getObject("registrerad", OffsetDateTime.class),
                rs.getString("registrerad_av"),
                rs.getObject("bortfallen", LocalDate.class));
    }

    /** The rows of {@code foraldrastod_erbjudande} that meet {@code villkor}, whose one parameter is {@code :v}. */
    private JdbcClient.MappedQuerySpec<ForaldrastodErbjudande> erbjudandenDar(String villkor, Object v) {
        return jdbc.sql("select * from foraldrastod_erbjudande where " + villkor)
                .param("v", v)
                .query(ForaldrastodTjanst::erbjudande);
    }
}
