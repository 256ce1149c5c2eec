package se.tillit.verkstallighet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.verkstallighet.Bestallning;
import se.tillit.verkstallighet.Bestallningar;
import se.tillit.verkstallighet.Genomforandeplan;
import se.tillit.verkstallighet.Genomforandeplan.Delaktighetssatt;
import se.tillit.verkstallighet.Genomforandeplan.Deltagande;
import se.tillit.verkstallighet.GenomforandeplanFaststalld;
import se.tillit.verkstallighet.GenomforandeplanKravs;
import se.tillit.verkstallighet.Genomforandeplaner;
import se.tillit.verkstallighet.InsatsVerkstalld;

/**
 * The provider's genomförandeplan (R18): set after the order's start, revised as a new version. The plan is the
 * provider's to write, so the order is first looked up as the provider's own ({@link Bestallningar#utforarens(UUID)},
 * 404 for anyone else).
 */
@Service
@RequiredArgsConstructor
class GenomforandeplanTjanst implements Genomforandeplaner {

    static final int MAX_GENOMFORANDE = 4000;
    static final int MAX_ALTERNATIV = 2000;

    private static final String PLANER = """
            select p.id, p.beslut_id, b.insatstyp, p.version, p.genomforande, p.deltog, p.hur, p.alternativ, p.faststalld,
                   p.folj_upp, p.registrerad, p.registrerad_av
              from genomforandeplan p join beslut b on b.id = p.beslut_id
            """;

    private final JdbcClient jdbc;
    private final Bestallningar bestallningar;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The start reported: the provider is to write the plan; the motor starts its process with the order's ids. */
    @EventListener
    void verkstalld(InsatsVerkstalld verkstalld) {
        jdbc.sql("""
                        select a.id as arende_id, a.arendenummer, a.person_id, b.insatstyp, o.utforare,
                               coalesce(o.bestallande_enhet, a.enhet_kod) as bestallande_enhet
                          from bestallning o join beslut b on b.id = o.beslut_id join arende a on a.id = b.arende_id
                         where o.beslut_id = :beslut""")
                .param("beslut", verkstalld.beslutId())
                .query((rs, n) -> new GenomforandeplanKravs(
                        verkstalld.beslutId(),
                        rs.getObject("arende_id", UUID.class),
                        rs.getString("arendenummer"),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("bestallande_enhet"),
                        rs.getString("utforare"),
                        rs.getString("insatstyp"),
                        verkstalld.verkstalld()))
                .optional()
                .ifPresent(events::publishEvent);
    }

    @Override
    public List<Genomforandeplan> utforarens(UUID beslutId) {
        bestallningar.utforarens(beslutId);
        return dar(" where p.beslut_id = :beslut order by p.version", "beslut", beslutId)
                .list();
    }

    @Override
    public List<Genomforandeplan> forArende(UUID arendeId) {
        return dar(" where b.arende_id = :arende order by b.beslutsdatum, p.beslut_id, p.version", "arende", arendeId)
                .list();
    }

    @Override
    @Transactional
    public Genomforandeplan faststall(UUID beslutId, Genomforandeplan.Utkast utkast) {
        Bestallning order = bestallningar.utforarens(beslutId);
        String av = aktuellAnvandare.hamta().orElseThrow().anvandarnamn();
        // one writer at a time per order: the version number is the next after the latest
        jdbc.sql("select beslut_id from bestallning where beslut_id = :beslut for update")
                .param("beslut", beslutId)
                .query(UUID.class)
                .single();
        validera(order, utkast);
        List<Genomforandeplan> tidigare = dar(" where p.beslut_id = :beslut order by p.version", "beslut", beslutId)
                .list();
        Genomforandeplan galler = tidigare.isEmpty() ? null : tidigare.get(tidigare.size() - 1);
        if (galler != null && sammaInnehall(galler, utkast)) {
            return galler; // the plan in force, sent again (a double click): nothing new to keep
        }
        int version = galler == null ? 1 : galler.version() + 1;
        jdbc.sql("""
                        insert into genomforandeplan (beslut_id, version, genomforande, deltog, hur, alternativ, faststalld,
                                                      folj_upp, registrerad_av)
                        values (:beslut, :version, :genomforande, :deltog, cast(:hur as varchar(30)[]), :alternativ,
                                :faststalld, :foljUpp, :av)""")
                .param("beslut", beslutId)
                .param("version", version)
                .param("genomforande", utkast.genomforande().strip())
                .param("deltog", utkast.deltog().name())
                .param("hur", utkast.hur().stream().distinct().map(Enum::name).toArray(String[]::new))
                .param("alternativ", text(utkast.alternativ()))
                .param("faststalld", utkast.faststalld())
                .param("foljUpp", utkast.foljsUpp())
                .param("av", av)
                .update();
        events.publishEvent(new GenomforandeplanFaststalld(beslutId, version));
        return jdbc.sql(PLANER + " where p.beslut_id = :beslut and p.version = :version")
                .param("beslut", beslutId)
                .param("version", version)
                .query(GenomforandeplanTjanst::plan)
                .single();
    }

    private void validera(Bestallning order, Genomforandeplan.Utkast utkast) {
        List<Faltfel> fel = new ArrayList<>();
        LocalDate idag = LocalDate.now(clock);
        if (order.verkstalld() == null) {
            fel.add(new Faltfel(
                    "genomforande", "verkstallighet.fel.genomforandeplanenSkrivsNarInsatsenHarStartatRapportera"));
        }
        String genomforande = text(utkast.genomforande());
        if (genomforande == null) {
            fel.add(new Faltfel("genomforande", "verkstallighet.fel.beskrivHurInsatsenGenomfors"));
        } else if (genomforande.length() > MAX_GENOMFORANDE) {
            fel.add(new Faltfel("genomforande", Texter.text("fel.hogstTecken", MAX_GENOMFORANDE)));
        }
        if (utkast.deltog() == null) {
            fel.add(new Faltfel(
                    "deltog",
                    Texter.text(
                            "verkstallighet.fel.angeOmPersonenHarVaritDelaktig",
                            Arrays.toString(Deltagande.values()))));
        } else if (utkast.deltog() == Deltagande.NEJ_AVBOJDE && text(utkast.alternativ()) == null) {
            fel.add(new Faltfel(
                    "alternativ", "verkstallighet.fel.personenHarAvbojtDokumenteraAlternativetInnanPlanen"));
        } else if (utkast.deltog() != Deltagande.NEJ_AVBOJDE && utkast.hur().isEmpty()) {
            fel.add(new Faltfel(
                    "hur",
                    Texter.text(
                            "verkstallighet.fel.angeHurPersonenHarVaritDelaktig",
                            Arrays.toString(Delaktighetssatt.values()))));
        }
        String alternativ = text(utkast.alternativ());
        if (alternativ != null && alternativ.length() > MAX_ALTERNATIV) {
            fel.add(new Faltfel("alternativ", Texter.text("fel.hogstTecken", MAX_ALTERNATIV)));
        }
        // PostgreSQL keeps no NUL in a text: refused here, a 400, never a failed insert
        for (String[] falt : new String[][] {{"genomforande", genomforande}, {"alternativ", alternativ}}) {
            if (falt[1] != null && falt[1].indexOf('\u0000') >= 0) {
                fel.add(new Faltfel(falt[0], "verkstallighet.fel.textenInnehallerEttOtillatetTeckenNul"));
            }
        }
        if (utkast.faststalld() == null) {
            fel.add(new Faltfel("faststalld", "verkstallighet.fel.angeDenDagPlanenUpprattadesMedPersonen"));
        } else if (utkast.faststalld().isAfter(idag)) {
            fel.add(new Faltfel("faststalld", "verkstallighet.fel.dagenKanInteLiggaIFramtiden"));
        } else if (order.verkstalld() != null && utkast.faststalld().isBefore(order.verkstalld())) {
            fel.add(new Faltfel(
                    "faststalld",
                    Texter.text("verkstallighet.fel.planenKanInteHaUpprattatsForeStarten", order.verkstalld())));
        }
        if (utkast.foljsUpp() == null) {
            fel.add(new Faltfel("foljsUpp", "verkstallighet.fel.angeNarPlanenFoljsUpp"));
        } else if (utkast.faststalld() != null && !utkast.foljsUpp().isAfter(utkast.faststalld())) {
            fel.add(new Faltfel("foljsUpp", "verkstallighet.fel.uppfoljningenSkaLiggaEfterDenDagPlanen"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
    }

    private static boolean sammaInnehall(Genomforandeplan plan, Genomforandeplan.Utkast utkast) {
        return plan.genomforande().equals(utkast.genomforande().strip())
                && plan.deltog() == utkast.deltog()
                && plan.hur().equals(utkast.hur().stream().distinct().toList())
                && Objects.equals(plan.alternativ(), text(utkast.alternativ()))
                && plan.faststalld().equals(utkast.faststalld())
                && plan.foljsUpp().equals(utkast.foljsUpp());
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Genomforandeplan plan(ResultSet rs, int n) throws SQLException {
        String[] hur = (String[]) rs.getArray("hur").getArray();
        return new Genomforandeplan(
                rs.getObject("id", UUID.class),
                rs.getObject("beslut_id", UUID.class),
                rs.getString("insatstyp"),
                rs.getInt("version"),
                rs.getString("genomforande"),
                Deltagande.valueOf(rs.getString("deltog")),
                Arrays.stream(hur).map(Delaktighetssatt::valueOf).toList(),
                rs.getString("alternativ"),
                rs.getObject("faststalld", LocalDate.class),
                rs.getObject("folj_upp", LocalDate.class),
                rs.getObject("registrerad", OffsetDateTime.class)
                        .atZoneSameInstant(VerkstallighetTjanst.SVENSK_TID)
                        .toOffsetDateTime(),
                rs.getString("registrerad_av"));
    }

    /** {@link #PLANER} with the rest of the query, its one named parameter bound, read by {@code plan}. */
    private JdbcClient.MappedQuerySpec<Genomforandeplan> dar(String resten, String namn, Object varde) {
        return jdbc.sql(PLANER + resten).param(namn, varde).query(GenomforandeplanTjanst::plan);
    }
}
