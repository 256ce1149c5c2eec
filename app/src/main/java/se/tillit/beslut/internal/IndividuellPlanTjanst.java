package se.tillit.beslut.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.beslut.IndividuellPlan;
import se.tillit.beslut.IndividuellPlanSteg;
import se.tillit.beslut.IndividuellaPlaner;
import se.tillit.beslut.Lagrum;
import se.tillit.drift.Svensktid;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;

/**
 * The LSS individuell plan (LSS 10 §, R21): each step recorded here and handed to the plan's process in the same
 * transaction ({@link IndividuellPlanSteg}); a step the process does not wait for is refused there, nothing saved.
 */
@Service
@RequiredArgsConstructor
class IndividuellPlanTjanst implements IndividuellaPlaner {

    private final JdbcClient jdbc;
    private final Beslutsskrivning skrivning;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    @Transactional
    public IndividuellPlan begar(UUID beslutId, LocalDate begard) {
        Beslutsskrivning.Skrivning s = skrivning.las(beslutId);
        if (s.beslut().lagrum().lag() != Lagrum.Lag.LSS || !s.beslut().utfall().gynnande()) {
            throw new Valideringsfel("begard", "beslut.fel.individuellPlanEnligt10LssBegarsFor");
        }
        if (forBeslut(beslutId).filter(IndividuellPlan::pagar).isPresent()) {
            throw new Valideringsfel("begard", "beslut.fel.enIndividuellPlanArRedanBegardFor");
        }
        datum(begard, s.beslut().beslutsdatum(), "begard");
        UUID id = jdbc.sql(
                        "insert into individuell_plan (beslut_id, begard, skapad_av) values (:beslut, :begard, :av) returning id")
                .param("beslut", beslutId)
                .param("begard", begard)
                .param("av", s.av().anvandarnamn())
                .query(UUID.class)
                .single();
        publicera(id, s, IndividuellPlanSteg.Steg.BEGARD, begard);
        return forBeslut(beslutId).orElseThrow();
    }

    @Override
    @Transactional
    public IndividuellPlan registreraUpprattad(UUID beslutId, LocalDate datum) {
        Beslutsskrivning.Skrivning s = skrivning.las(beslutId);
        IndividuellPlan plan = pagaende(beslutId, "upprattad");
        if (plan.upprattad() != null) {
            throw new Valideringsfel("upprattad", Texter.text("beslut.fel.planenArRedanUpprattad", plan.upprattad()));
        }
        datum(datum, plan.begard(), "upprattad");
        jdbc.sql(
                        "update individuell_plan set upprattad = :datum, upprattad_av = :av, upprattad_registrerad = now() where id = :id")
                .param("datum", datum)
                .param("av", s.av().anvandarnamn())
                .param("id", plan.id())
                .update();
        publicera(plan.id(), s, IndividuellPlanSteg.Steg.UPPRATTAD, datum);
        return forBeslut(beslutId).orElseThrow();
    }

    @Override
    @Transactional
    public IndividuellPlan registreraOmprovning(UUID beslutId, LocalDate datum) {
        Beslutsskrivning.Skrivning s = skrivning.las(beslutId);
        IndividuellPlan plan = pagaende(beslutId, "omprovad");
        if (plan.upprattad() == null) {
            throw new Valideringsfel("omprovad", "beslut.fel.planenArInteUpprattadAnnuRegistreraForst");
        }
        datum(datum, plan.senastOmprovad(), "omprovad");
        jdbc.sql("insert into individuell_plan_omprovning (plan_id, datum, registrerad_av) values (:plan, :datum, :av)")
                .param("plan", plan.id())
                .param("datum", datum)
                .param("av", s.av().anvandarnamn())
                .update();
        publicera(plan.id(), s, IndividuellPlanSteg.Steg.OMPROVAD, datum);
        return forBeslut(beslutId).orElseThrow();
    }

    @Override
    @Transactional
    public IndividuellPlan avsluta(UUID beslutId, LocalDate datum, IndividuellPlan.Avslutsorsak orsak) {
        Beslutsskrivning.Skrivning s = skrivning.las(beslutId);
        IndividuellPlan plan = pagaende(beslutId, "planAvslutad");
        if (orsak == null) {
            throw new Valideringsfel("planAvslutsorsak", "beslut.fel.valjOmPersonenAvbojerPlanenEllerAterkallar");
        }
        datum(datum, plan.begard(), "planAvslutad");
        jdbc.sql("""
                        update individuell_plan set avslutad = :datum, avslutsorsak = :orsak, avslutad_av = :av
                         where id = :id and avslutad is null""")
                .param("datum", datum)
                .param("orsak", orsak.name())
                .param("av", s.av().anvandarnamn())
                .param("id", plan.id())
                .update();
        publicera(plan.id(), s, IndividuellPlanSteg.Steg.AVSLUTAD, datum);
        return forBeslut(beslutId).orElseThrow();
    }

    @Override
    public Optional<IndividuellPlan> forBeslut(UUID beslutId) {
        return jdbc.sql("""
                        select id, beslut_id, begard, upprattad, avslutad, avslutsorsak, skapad_av, avslutad_av, upprattad_av,
                               upprattad_registrerad
                          from individuell_plan
                         where beslut_id = :beslut order by skapad desc, begard desc limit 1""")
                .param("beslut", beslutId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String orsak = rs.getString("avslutsorsak");
                    return new IndividuellPlan(
                            id,
                            rs.getObject("beslut_id", UUID.class),
                            rs.getObject("begard", LocalDate.class),
                            rs.getObject("upprattad", LocalDate.class),
                            rs.getObject("avslutad", LocalDate.class),
                            orsak == null ? null : IndividuellPlan.Avslutsorsak.valueOf(orsak),
                            omprovningar(id),
                            rs.getString("skapad_av"),
                            rs.getString("avslutad_av"),
                            rs.getString("upprattad_av"),
                            Svensktid.svensk(rs.getObject("upprattad_registrerad", OffsetDateTime.class)));
                })
                .optional();
    }

    private List<IndividuellPlan.Omprovning> omprovningar(UUID planId) {
        return jdbc.sql("""
                        select datum, registrerad, registrerad_av from individuell_plan_omprovning
                         where plan_id = :plan order by datum, registrerad""")
                .param("plan", planId)
                .query((rs, n) -> new IndividuellPlan.Omprovning(
                        rs.getObject("datum", LocalDate.class),
                        Svensktid.svensk(rs.getObject("registrerad", OffsetDateTime.class)),
                        rs.getString("registrerad_av")))
                .list();
    }

    private IndividuellPlan pagaende(UUID beslutId, String falt) {
        return forBeslut(beslutId)
                .filter(IndividuellPlan::pagar)
                .orElseThrow(
                        () -> new Valideringsfel(falt, "beslut.fel.beslutetHarIngenPagaendeIndividuellPlanRegistrera"));
    }

    private void datum(LocalDate datum, LocalDate tidigast, String falt) {
        if (datum == null) {
            throw new Valideringsfel(falt, "fel.datumSaknas");
        }
        if (datum.isBefore(tidigast) || datum.isAfter(LocalDate.now(clock))) {
            throw new Valideringsfel(falt, Texter.text("beslut.fel.datumetMasteLiggaMellanOchIDag", tidigast));
        }
    }

    private void publicera(UUID planId, Beslutsskrivning.Skrivning s, IndividuellPlanSteg.Steg steg, LocalDate datum) {
        events.publishEvent(new IndividuellPlanSteg(
                planId,
                s.beslut().id(),
                s.arende().id(),
                s.arende().arendenummer(),
                s.arende().enhet(),
                steg,
                datum));
    }
}
