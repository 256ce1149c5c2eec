package se.tillit.beslut.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.beslut.Insats;
import se.tillit.beslut.Lagrum;
import se.tillit.beslut.NyttBeslut;
import se.tillit.beslut.Placering;
import se.tillit.beslut.PlaceringAvslutad;
import se.tillit.beslut.PlaceringOvervagd;
import se.tillit.beslut.PlaceringRegistrerad;
import se.tillit.beslut.Placeringar;
import se.tillit.beslut.Placeringsavslut;
import se.tillit.beslut.Placeringsform;
import se.tillit.beslut.Registrering;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * A child's placement as a kind of decision (R11, issue 17): a favourable decision on a placement insats records the
 * placement in the deciding transaction and publishes {@link PlaceringRegistrerad}, which starts the six-month reviews
 * (processes/barnplacering.bpmn); a review and the end are recorded here and drive that process through events.
 */
@Service
@RequiredArgsConstructor
class PlaceringTjanst implements Placeringar {

    private final JdbcClient jdbc;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** What a placement decision must say, checked with the rest of the decision (the fields as placering.*). */
    static List<Faltfel> kontrollera(Arende arende, NyttBeslut nytt) {
        List<Faltfel> fel = new ArrayList<>();
        boolean placering =
                Insats.hitta(nytt.insatstyp()).map(Insats::placering).orElse(false);
        if (!placering) {
            if (nytt.placering() != null) {
                fel.add(new Faltfel("placering.form", "beslut.fel.placeringsuppgifterHorBaraTillEttBeslutOm"));
            }
            return fel;
        }
        if (arende.arendetyp() != Arendetyp.BARN_OCH_UNGA) {
            fel.add(new Faltfel("insatstyp", "beslut.fel.enPlaceringAvBarnBeslutasIEtt"));
        }
        if (nytt.utfall() != null && nytt.utfall().gynnande() && nytt.placering() == null) {
            fel.add(new Faltfel("placering.form", "beslut.fel.angePlaceringsformVarBarnetPlacerasOchFran"));
        }
        return fel;
    }

    /** In the deciding transaction: the placement of a favourable placement decision. */
    void registrera(UUID beslutId, Arende arende, NyttBeslut nytt, String av) {
        if (nytt.placering() == null || !nytt.utfall().gynnande()) {
            return;
        }
        Lagrum.Lag lag = nytt.lagrum().lag();
        UUID id = jdbc.sql("""
                        insert into placering (beslut_id, arende_id, placeringsform, plats, lag, placerad_fran, skapad_av)
                        values (:beslut, :arende, :form, :plats, :lag, :fran, :av) returning id""")
                .param("beslut", beslutId)
                .param("arende", arende.id())
                .param("form", nytt.placering().form().name())
                .param("plats", nytt.placering().plats().strip())
                .param("lag", lag.name())
                .param("fran", nytt.placering().placeradFran())
                .param("av", av)
                .query(UUID.class)
                .single();
        events.publishEvent(new PlaceringRegistrerad(
                id,
                beslutId,
                arende.id(),
                arende.arendenummer(),
                arende.enhet(),
                nytt.placering().placeradFran()));
    }

    @Override
    public Optional<Placering> forBeslut(UUID beslutId) {
        return dar(" where p.beslut_id = :beslut", "beslut", beslutId).optional();
    }

    @Override
    public List<Placering> forArende(UUID arendeId) {
        return dar(" where p.arende_id = :arende order by p.placerad_fran, p.skapad", "arende", arendeId)
                .list();
    }

    @Override
    public Optional<Placering> hitta(UUID placeringId) {
        return dar(" where p.id = :id", "id", placeringId).optional();
    }

    @Override
    @Transactional
    public Registrering overvag(UUID placeringId, LocalDate datum, boolean fortsatt) {
        Placering placering = lasForSkrivning(hitta(placeringId)
                .orElseThrow(() -> new HittadesInte(Texter.text("beslut.fel.placeringenFinnsInte", placeringId))));
        if (!placering.pagar()) {
            throw new Valideringsfel("datum", "beslut.fel.placeringenArAvslutadDenOvervagsInteLangre");
        }
        if (datum == null) {
            throw new Valideringsfel("datum", "beslut.fel.angeDagenForOvervagandet");
        }
        if (datum.equals(placering.senastOvervagd())) {
            return Registrering.REDAN_REGISTRERAD;
        }
        LocalDate tidigast = placering.senastOvervagd() != null ? placering.senastOvervagd() : placering.placeradFran();
        if (datum.isBefore(tidigast) || datum.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel("datum", Texter.text("fel.dagenMasteLiggaMellanOchIDag", tidigast));
        }
        jdbc.sql("""
                        insert into placeringsovervagande (placering_id, datum, fortsatt, registrerat_av)
                        values (:placering, :datum, :fortsatt, :av)""")
                .param("placering", placeringId)
                .param("datum", datum)
                .param("fortsatt", fortsatt)
                .param("av", anvandarnamn())
                .update();
        events.publishEvent(new PlaceringOvervagd(placeringId, datum));
        return Registrering.REGISTRERAD;
    }

    @Override
    @Transactional
    public Registrering avsluta(UUID beslutId, LocalDate avslutad, Placeringsavslut orsak, String text) {
        Placering placering = lasForSkrivning(forBeslut(beslutId)
                .orElseThrow(() -> new HittadesInte(Texter.text("beslut.fel.beslutetHarIngenPlacering2", beslutId))));
        String orsakstext = text == null || text.isBlank() ? null : text.strip();
        if (!placering.pagar()) {
            if (placering.avslutad().equals(avslutad) && placering.avslutsorsak() == orsak) {
                return Registrering.REDAN_REGISTRERAD;
            }
            throw new Valideringsfel(
                    "avslutad", Texter.text("beslut.fel.placeringenArRedanAvslutad", placering.avslutad()));
        }
        List<Faltfel> fel = new ArrayList<>();
        if (avslutad == null) {
            fel.add(new Faltfel("avslutad", "beslut.fel.angeDagenDaPlaceringenUpphorde"));
        } else if (avslutad.isBefore(placering.placeradFran()) || avslutad.isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel(
                    "avslutad",
                    Texter.text("beslut.fel.dagenMellanPlaceringensStartOchIdag", placering.placeradFran())));
        }
        if (orsak == null) {
            fel.add(new Faltfel("orsak", "beslut.fel.valjVarforPlaceringenUpphorde"));
        } else if (orsak == Placeringsavslut.ANNAN && orsakstext == null) {
            fel.add(new Faltfel("orsakText", "beslut.fel.beskrivOrsaken"));
        }
        if (orsakstext != null && orsakstext.length() > 500) {
            fel.add(new Faltfel("orsakText", Texter.text("fel.hogstTecken", 500)));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        update placering set avslutad = :datum, avslutsorsak = :orsak, avslutsorsak_text = :text,
                                             avslutad_av = :av, avslut_registrerat = now()
                         where id = :id and avslutad is null""")
                .param("datum", avslutad)
                .param("orsak", orsak.name())
                .param("text", orsakstext)
                .param("av", anvandarnamn())
                .param("id", placering.id())
                .update();
        events.publishEvent(new PlaceringAvslutad(
                placering.id(), beslutId, placering.arendeId(), avslutad, placering.lag(), orsak));
        return Registrering.REGISTRERAD;
    }

    /** For a write by a handläggare of the case's unit (others: 404), locked until the transaction ends. */
    private Placering lasForSkrivning(Placering placering) {
        Arende arende = arenden.hitta(placering.arendeId()).orElseThrow();
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.placeringenFinnsInte"), Roll.HANDLAGGARE);
        jdbc.sql("select id from placering where id = :id for update")
                .param("id", placering.id())
                .query(UUID.class)
                .single();
        return hitta(placering.id()).orElseThrow();
    }

    private String anvandarnamn() {
        return aktuellAnvandare.hamta().orElseThrow().anvandarnamn();
    }

    private static final String URVAL = """
            select p.*, (select max(o.datum) from placeringsovervagande o where o.placering_id = p.id) as senast_overvagd
              from placering p""";

    private static Placering placering(ResultSet rs, int n) throws SQLException {
        String orsak = rs.getString("avslutsorsak");
        return new Placering(
                rs.getObject("id", UUID.class),
                rs.getObject("beslut_id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                Placeringsform.valueOf(rs.getString("placeringsform")),
                rs.getString("plats"),
                Lagrum.Lag.valueOf(rs.getString("lag")),
                rs.getObject("placerad_fran", LocalDate.class),
                rs.getObject("senast_overvagd", LocalDate.class),
                rs.getObject("avslutad", LocalDate.class),
                orsak == null ? null : Placeringsavslut.valueOf(orsak),
                rs.getString("avslutsorsak_text"),
                rs.getString("avslutad_av"));
    }

    /** {@link #URVAL} with the rest of the query, its one named parameter bound, read by {@code placering}. */
    private JdbcClient.MappedQuerySpec<Placering> dar(String resten, String namn, Object varde) {
        return jdbc.sql(URVAL + resten).param(namn, varde).query(PlaceringTjanst::placering);
    }
}
