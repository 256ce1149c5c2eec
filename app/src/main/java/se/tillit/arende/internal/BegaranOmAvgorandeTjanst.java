package se.tillit.arende.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import se.tillit.arende.ArendeAvslutat;
import se.tillit.arende.BegaranOmAvgorande;
import se.tillit.arende.BegaranOmAvgorandeBesvarad;
import se.tillit.arende.BegaranOmAvgorandeRegistrerad;
import se.tillit.arende.BegardaAvgoranden;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * Förvaltningslagen 12 §: the request for a decision of a case undecided for six months, registered on the case page,
 * and its answer within four weeks (a task of the process begaranOmAvgorande, escalated to the chef when late).
 */
@Service
@RequiredArgsConstructor
class BegaranOmAvgorandeTjanst implements BegardaAvgoranden {

    static final ZoneId SVENSK_TID = Svensktid.ZON;

    private final JdbcClient jdbc;
    private final ArendeRepository arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    @Transactional
    public BegaranOmAvgorande registrera(UUID arendeId, LocalDate inkom) {
        Arende arende = arenden.hitta(arendeId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)));
        InloggadAnvandare anvandare = aktuellAnvandare.kravRollIEnhet(
                arende.enhet(),
                () -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)),
                Roll.HANDLAGGARE,
                Roll.CHEF);
        LocalDate idag = LocalDate.now(clock);
        LocalDate start = startdag(arende);
        List<Faltfel> fel = new ArrayList<>();
        if (inkom == null) {
            fel.add(new Faltfel("inkom", "arende.fel.angeDenDagBegaranKomIn"));
        } else if (inkom.isAfter(idag)) {
            fel.add(new Faltfel("inkom", "fel.datumetKanInteLiggaIFramtiden"));
        } else if (inkom.isBefore(tillatenFran(arende))) {
            fel.add(new Faltfel("inkom", Texter.text("arende.fel.begaranForTidig", start, tillatenFran(arende))));
        }
        if (!arende.oppet()) {
            fel.add(new Faltfel("inkom", "arende.fel.arendetArAvslutatDetFinnsIngetOavgjort"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        // one unanswered request per case (a partial unique index): a second, or the same sent twice, adds nothing
        Optional<UUID> id = jdbc.sql("""
                        insert into begaran_om_avgorande (arende_id, inkom, registrerad, registrerad_av)
                        values (:arende, :inkom, :nu, :av)
                        on conflict (arende_id) where utfall is null do nothing
                        returning id""")
                .param("arende", arendeId)
                .param("inkom", inkom)
                .param("nu", OffsetDateTime.now(clock))
                .param("av", anvandare.anvandarnamn())
                .query(UUID.class)
                .optional();
        if (id.isEmpty()) {
            BegaranOmAvgorande oppen = oppen(arendeId, "").orElseThrow();
            throw new Valideringsfel(
                    "inkom", Texter.text("arende.fel.redanObesvaradBegaran", oppen.inkom(), oppen.registreradAv()));
        }
        events.publishEvent(
                new BegaranOmAvgorandeRegistrerad(id.get(), arendeId, arende.arendenummer(), arende.enhet(), inkom));
        return hitta(id.get());
    }

    @Override
    @Transactional
    public BegaranOmAvgorande besvara(UUID arendeId, Svar svar) {
        Arende arende = arenden.hitta(arendeId)
                .orElseThrow(() -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)));
        InloggadAnvandare anvandare = aktuellAnvandare.kravRollIEnhet(
                arende.enhet(),
                () -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", arendeId)),
                Roll.HANDLAGGARE);
        // locked: the same answer sent twice waits for the first and then finds nothing unanswered
        BegaranOmAvgorande begaran = oppen(arendeId, " for update")
                .orElseThrow(
                        () -> new Valideringsfel("utfall", "arende.fel.arendetHarIngenObesvaradBegaranOmAvgorande"));
        List<Faltfel> fel = new ArrayList<>();
        String skal = text(svar.skal());
        if (svar.utfall() == null) {
            fel.add(new Faltfel("utfall", "arende.fel.angeOmArendetHarAvgjortsEllerOm"));
        }
        if (svar.datum() == null) {
            fel.add(new Faltfel("datum", "arende.fel.angeBeslutetsDatum"));
        } else if (svar.datum().isBefore(begaran.inkom()) || svar.datum().isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel(
                    "datum", Texter.text("arende.fel.datumetSkaLiggaMellanBegaransAnkomstOch", begaran.inkom())));
        }
        if (svar.utfall() == BegaranOmAvgorande.Utfall.AVSLAGEN && (skal == null || skal.length() < 10)) {
            fel.add(new Faltfel("skal", "arende.fel.avslagSkaRedogora"));
        } else if (skal != null && skal.length() > 4000) {
            fel.add(new Faltfel("skal", Texter.text("fel.hogstTecken", 4000)));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        jdbc.sql("""
                        update begaran_om_avgorande
                           set utfall = :utfall, besvarad = :datum, skal = :skal, besvarad_av = :av, besvarad_registrerad = :nu
                         where id = :id and utfall is null""")
                .param("utfall", svar.utfall().name())
                .param("datum", svar.datum())
                .param("skal", svar.utfall() == BegaranOmAvgorande.Utfall.AVSLAGEN ? skal : null)
                .param("av", anvandare.anvandarnamn())
                .param("nu", OffsetDateTime.now(clock))
                .param("id", begaran.id())
                .update();
        events.publishEvent(new BegaranOmAvgorandeBesvarad(begaran.id(), svar.utfall()));
        return hitta(begaran.id());
    }

    /** A closed case is decided: its unanswered request is answered with the closing, and its task ends. */
    @EventListener
    void arendeAvslutat(ArendeAvslutat avslutat) {
        oppen(avslutat.arendeId(), " for update").ifPresent(begaran -> {
            String av = aktuellAnvandare
                    .hamta()
                    .map(InloggadAnvandare::anvandarnamn)
                    .orElse("system");
            jdbc.sql("""
                            update begaran_om_avgorande
                               set utfall = 'AVGJORT', besvarad = :idag, besvarad_av = :av, besvarad_registrerad = :nu
                             where id = :id and utfall is null""")
                    .param("idag", LocalDate.now(clock))
                    .param("av", av)
                    .param("nu", OffsetDateTime.now(clock))
                    .param("id", begaran.id())
                    .update();
            events.publishEvent(new BegaranOmAvgorandeBesvarad(begaran.id(), BegaranOmAvgorande.Utfall.AVGJORT));
        });
    }

    @Override
    public List<BegaranOmAvgorande> forArende(UUID arendeId) {
        return jdbc.sql(SELECT + " where arende_id = :arende order by inkom, registrerad")
                .param("arende", arendeId)
                .query(BegaranOmAvgorandeTjanst::rad)
                .list();
    }

    @Override
    public LocalDate tillatenFran(Arende arende) {
        return startdag(arende).plusMonths(MANADER);
    }

    /** The case began the day its first aktualisering came in (the case's opening time is that instant). */
    private static LocalDate startdag(Arende arende) {
        return arende.oppnat().atZoneSameInstant(SVENSK_TID).toLocalDate();
    }

    private Optional<BegaranOmAvgorande> oppen(UUID arendeId, String las) {
        return jdbc.sql(SELECT + " where arende_id = :arende and utfall is null" + las)
                .param("arende", arendeId)
                .query(BegaranOmAvgorandeTjanst::rad)
                .optional();
    }

    private BegaranOmAvgorande hitta(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(BegaranOmAvgorandeTjanst::rad)
                .single();
    }

    private static final String SELECT = """
            select id, arende_id, inkom, registrerad, registrerad_av, utfall, besvarad, skal, besvarad_av
              from begaran_om_avgorande""";

    private static BegaranOmAvgorande rad(ResultSet rs, int n) throws SQLException {
        String utfall = rs.getString("utfall");
        return new BegaranOmAvgorande(
                rs.getObject("id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getObject("inkom", LocalDate.class),
                rs.getObject("registrerad", OffsetDateTime.class)
                        .atZoneSameInstant(SVENSK_TID)
                        .toOffsetDateTime(),
                rs.getString("registrerad_av"),
                utfall == null ? null : BegaranOmAvgorande.Utfall.valueOf(utfall),
                rs.getObject("besvarad", LocalDate.class),
                rs.getString("skal"),
                rs.getString("besvarad_av"));
    }

    private static String text(String text) {
        String rensad = text == null
                ? null
                : text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").strip();
        return rensad == null || rensad.isEmpty() ? null : rensad;
    }
}
