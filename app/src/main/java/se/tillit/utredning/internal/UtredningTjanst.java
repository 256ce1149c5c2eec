package se.tillit.utredning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arenden;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.utredning.Forlangningsbeslut;
import se.tillit.utredning.Utredning;
import se.tillit.utredning.UtredningForlangd;
import se.tillit.utredning.Utredningar;

@Service
@RequiredArgsConstructor
class UtredningTjanst implements Utredningar {

    private final JdbcClient jdbc;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;

    private final UtredningstextRepository texter;

    @Override
    @Transactional
    public UUID inled(UUID arendeId, LocalDate inledd, String av) {
        return jdbc.sql("insert into utredning (arende_id, inledd, skapad_av) values (?, ?, ?) returning id")
                .params(arendeId, inledd, av)
                .query(UUID.class)
                .single();
    }

    @Override
    public int anvandaDagar(UUID arendeId, LocalDate inledd) {
        se.tillit.arende.Arende arende = arenden.hitta(arendeId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)));
        List<UUID> tidigare = arenden.hittaForPerson(arende.personId(), arende.arendetyp()).stream()
                .map(se.tillit.arende.Arende::id)
                .filter(id -> !id.equals(arendeId))
                .toList();
        if (tidigare.isEmpty()) {
            return 0;
        }
        Integer dagar = jdbc.sql("""
                        select coalesce(sum(avslutad - inledd), 0) from utredning
                         where arende_id in (:arenden) and avslutad is not null and avslutad >= :sedan""")
                .param("arenden", tidigare)
                .param("sedan", inledd.minusDays(365))
                .query(Integer.class)
                .single();
        return dagar == null ? 0 : dagar;
    }

    @Override
    @Transactional
    public void sattFrist(UUID utredningId, LocalDate frist, String kalla, boolean forlangningMojlig) {
        int andrade = jdbc.sql("""
                        update utredning set frist = :frist, frist_kalla = :kalla, forlangning_mojlig = :mojlig
                         where id = :id""")
                .param("frist", frist)
                .param("kalla", kalla)
                .param("mojlig", forlangningMojlig)
                .param("id", utredningId)
                .update();
        if (andrade == 0) {
            throw new HittadesInte(Texter.text("utredning.fel.utredningenFinnsInte2", utredningId));
        }
    }

    @Override
    @Transactional
    public Utredning forlang(UUID utredningId, Forlangningsbeslut beslut) {
        Utredning utredning = hittaForUppdatering(utredningId)
                .orElseThrow(() -> new HittadesInte(Texter.text("utredning.fel.utredningenFinnsInte2", utredningId)));
        // a förlängning is decided by the unit's chef, who is recorded as beslutad av
        InloggadAnvandare chef = aktuellAnvandare.kravRollIEnhet(
                arenden.hitta(utredning.arendeId()).orElseThrow().enhet(),
                () -> new HittadesInte(Texter.text("utredning.fel.utredningenFinnsInte2", utredningId)),
                Roll.CHEF);
        List<Faltfel> fel = new ArrayList<>();
        if (!utredning.forlangningMojlig()) {
            fel.add(new Faltfel("nyFrist", "utredning.fel.utredningenKanInteForlangasFristenArEtt"));
        }
        if (utredning.avslutad() != null) {
            fel.add(new Faltfel("nyFrist", "utredning.fel.utredningenArRedanAvslutad"));
        }
        if (utredning.frist() != null && !beslut.nyFrist().isAfter(utredning.frist())) {
            fel.add(new Faltfel("nyFrist", Texter.text("fel.denNyaFristenMasteVaraSenareAn", utredning.frist())));
        }
        if (beslut.beslutsdatum().isBefore(utredning.inledd())) {
            fel.add(new Faltfel(
                    "beslutsdatum",
                    Texter.text("utredning.fel.beslutsdatumKanInteVaraForeUtredningensStart", utredning.inledd())));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        insert into forlangning (utredning_id, beslutsdatum, skal, beslutad_av, ny_frist, skapad_av)
                        values (:utredning, :beslutsdatum, :skal, :av, :nyFrist, :av)""")
                .param("utredning", utredningId)
                .param("beslutsdatum", beslut.beslutsdatum())
                .param("skal", beslut.skal().strip())
                .param("av", chef.anvandarnamn())
                .param("nyFrist", beslut.nyFrist())
                .update();
        jdbc.sql("update utredning set frist = :frist where id = :id")
                .param("frist", beslut.nyFrist())
                .param("id", utredningId)
                .update();
        events.publishEvent(new UtredningForlangd(utredningId, beslut.nyFrist()));
        return hitta(utredningId).orElseThrow();
    }

    @Override
    @Transactional
    public void avsluta(UUID utredningId, LocalDate avslutad, String av) {
        jdbc.sql(
                        "update utredning set avslutad = :avslutad, avslutad_av = :av, avslutad_registrerad = now() where id = :id and avslutad is null")
                .param("avslutad", avslutad)
                .param("av", av)
                .param("id", utredningId)
                .update();
    }

    @Override
    public Optional<Utredning> hitta(UUID utredningId) {
        return dar(" where u.id = :id", "id", utredningId).optional();
    }

    @Override
    public List<Utredning> forArende(UUID arendeId) {
        return dar(" where u.arende_id = :arende order by u.inledd", "arende", arendeId)
                .list();
    }

    @Override
    public List<se.tillit.utredning.Forlangning> forlangningar(UUID utredningId) {
        return jdbc.sql(
                        "select beslutsdatum, skal, beslutad_av, ny_frist from forlangning where utredning_id = :id order by skapad")
                .param("id", utredningId)
                .query((rs, n) -> new se.tillit.utredning.Forlangning(
                        rs.getObject("beslutsdatum", LocalDate.class),
                        rs.getString("skal"),
                        rs.getString("beslutad_av"),
                        rs.getObject("ny_frist", LocalDate.class)))
                .list();
    }

    @Override
    public List<se.tillit.utredning.Forslag> forslag(UUID utredningId) {
        return texter.signerad(utredningId)
                .or(() -> texter.senaste(utredningId))
                .map(se.tillit.utredning.Utredningstext::forslag)
                .orElse(List.of());
    }

    @Override
    public Optional<se.tillit.utredning.Utredningstext> signerad(UUID utredningId) {
        return texter.signerad(utredningId);
    }

    @Override
    public Optional<se.tillit.utredning.Utredningstext> senaste(UUID utredningId) {
        return texter.senaste(utredningId);
    }

    @Override
    public List<se.tillit.utredning.Kommunicering> kommuniceringar(UUID utredningId) {
        return texter.kommuniceringar(utredningId);
    }

    @Override
    @Transactional
    public void sattKommuniceringsfrist(UUID kommuniceringId, LocalDate svarsfrist) {
        if (texter.sattSvarsfrist(kommuniceringId, svarsfrist) == 0) {
            throw new HittadesInte(
                    Texter.text("utredning.fel.kommuniceringenFinnsInteEllerHarRedanEn", kommuniceringId));
        }
    }

    private Optional<Utredning> hittaForUppdatering(UUID utredningId) {
        return dar(" where u.id = :id for update of u", "id", utredningId).optional();
    }

    private static final String SELECT = """
            select u.id, u.arende_id, u.inledd, u.frist, u.frist_kalla, u.forlangning_mojlig, u.avslutad, u.skapad,
                   u.skapad_av, u.avslutad_av, u.avslutad_registrerad
              from utredning u""";

    private static Utredning utredning(ResultSet rs, int rowNum) throws SQLException {
        return new Utredning(
                rs.getObject("id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getObject("inledd", LocalDate.class),
                rs.getObject("frist", LocalDate.class),
                rs.getString("frist_kalla"),
                rs.getBoolean("forlangning_mojlig"),
                rs.getObject("avslutad", LocalDate.class),
                Svensktid.svensk(rs.getObject("skapad", OffsetDateTime.class)),
                rs.getString("skapad_av"),
                rs.getString("avslutad_av"),
                Svensktid.svensk(rs.getObject("avslutad_registrerad", OffsetDateTime.class)));
    }

    /** {@link #SELECT} with the rest of the query, its one named parameter bound, read by {@code utredning}. */
    private JdbcClient.MappedQuerySpec<Utredning> dar(String resten, String namn, Object varde) {
        return jdbc.sql(SELECT + resten).param(namn, varde).query(UtredningTjanst::utredning);
    }
}
