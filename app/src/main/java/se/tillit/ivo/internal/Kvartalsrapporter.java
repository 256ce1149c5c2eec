package se.tillit.ivo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.verkstallighet.EjVerkstalldaBeslut;
import se.tillit.verkstallighet.EjVerkstallt;

/**
 * Computes a quarter's EVB reports from the ej-verkställt records and freezes a submitted quarter (as kostnad freezes
 * a closed month): an unsubmitted quarter is computed on every view, with what happened later (an execution in the
 * next quarter) shown too; a submitted one is read as it was stored, whatever the records say later.
 */
@Service
@RequiredArgsConstructor
class Kvartalsrapporter {

    private static final ZoneId SVENSK_TID = Svensktid.ZON;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final EjVerkstalldaBeslut ejVerkstallda;
    private final Personregister personer;
    private final Pseudonymer pseudonymer;
    private final Rapportfonster rapportfonster;
    private final Clock clock;

    /**
     * The quarter as submitted, or as it computes now.
     *
     * @throws Valideringsfel if the quarter has not begun
     */
    @Transactional // a person new to the reports is given a pseudonym
    Kvartalsrapport rapport(Kvartal kvartal) {
        Optional<Kvartalsrapport> inlamnad = inlamnad(kvartal);
        return inlamnad.isPresent() ? inlamnad.get() : berakna(kvartal);
    }

    /**
     * Freezes the quarter as it computes now, with who submitted it. Only after the quarter, once IVO's window has
     * opened, and with a reason for every decision (the law asks for the reasons of the delay, 34 kap. 1 §).
     *
     * @throws Valideringsfel naming {@code kvartal}: too early, already submitted, or decisions without a reason
     */
    @Transactional
    Kvartalsrapport lamnaIn(Kvartal kvartal, String av) {
        LocalDate idag = LocalDate.now(clock);
        Rapportfonster.Fonster fonster = rapportfonster.fonster(kvartal);
        if (!idag.isAfter(kvartal.sista()) || idag.isBefore(fonster.fran())) {
            throw new Valideringsfel("kvartal", Texter.text("ivo.fel.kanLamnasInFran", kvartal, fonster.fran()));
        }
        if (inlamnad(kvartal).isPresent()) {
            throw new Valideringsfel("kvartal", Texter.text("ivo.fel.rapportenForArRedanInlamnad", kvartal));
        }
        Kvartalsrapport rapport = berakna(kvartal);
        List<Individrad> utanOrsak = rapport.utanOrsak();
        if (!utanOrsak.isEmpty()) {
            throw new Valideringsfel(
                    "kvartal",
                    Texter.text(
                            "ivo.fel.beslutSaknarOrsak",
                            utanOrsak.size(),
                            utanOrsak.stream()
                                    .map(Individrad::arendenummer)
                                    .distinct()
                                    .collect(Collectors.joining(", "))));
        }
        int nya = jdbc.sql("""
                        insert into ivo_rapport (kvartal, matdag, inlamnad_av, inom_fonster) values (:kvartal, :matdag, :av, :inom)
                        on conflict (kvartal) do nothing""")
                .param("kvartal", kvartal.toString())
                .param("matdag", rapport.matdag())
                .param("av", av)
                .param("inom", fonster.status(idag) == Rapportfonster.Status.OPPET)
                .update();
        if (nya == 0) {
            throw new Valideringsfel("kvartal", Texter.text("ivo.fel.rapportenForArRedanInlamnad", kvartal));
        }
        spara(kvartal, rapport.rader());
        return inlamnad(kvartal).orElseThrow();
    }

    /** The quarter computed now from the records: every record open on some day of it, up to today. */
    Kvartalsrapport berakna(Kvartal kvartal) {
        LocalDate idag = LocalDate.now(clock);
        if (kvartal.forsta().isAfter(idag)) {
            throw new Valideringsfel("kvartal", Texter.text("ivo.fel.kvartaletHarInteBorjat", kvartal));
        }
        LocalDate matdag = idag.isBefore(kvartal.sista()) ? idag : kvartal.sista();
        List<EjVerkstallt> poster = ejVerkstallda.under(kvartal.forsta(), matdag);
        Map<UUID, Person> perPerson = new LinkedHashMap<>();
        for (EjVerkstallt post : poster) {
            perPerson.computeIfAbsent(post.personId(), id -> personer.hitta(id).orElseThrow());
        }
        Map<UUID, String> pseudonym = pseudonymer.tilldelade(perPerson.values());
        int flaggaManader = rapportfonster.sarskildAvgiftFlaggaManader();
        List<Individrad> rader = new ArrayList<>();
        for (EjVerkstallt post : poster) {
            Person person = perPerson.get(post.personId());
            LocalDate radensMatdag = post.stangd() != null && !post.stangd().isAfter(matdag) ? post.stangd() : matdag;
            boolean oppen = post.stangd() == null || post.stangd().isAfter(matdag);
            boolean flagga =
                    oppen && !post.raknasFran().plusMonths(flaggaManader).isAfter(matdag);
            EjVerkstallt.Skal skal = post.skal();
            rader.add(new Individrad(
                    rader.size() + 1,
                    post.id(),
                    post.beslutId(),
                    post.arendeId(),
                    post.arendenummer(),
                    post.personId(),
                    post.enhet(),
                    pseudonym.get(post.personId()),
                    person.personnummer().kon(),
                    person.skyddsniva().arSkyddad(),
                    post.lag(),
                    post.insatstyp(),
                    post.beslutsdatum(),
                    post.grund(),
                    post.raknasFran(),
                    post.oppnad(),
                    skal == null ? null : skal.orsak().name(),
                    skal == null ? null : skal.orsakText(),
                    skal == null ? null : skal.konsekvenser(),
                    skal == null ? null : skal.tillfalligaInsatser(),
                    post.erbjudanden().stream()
                            .map(e -> new Individrad.Erbjudande(
                                    e.erbjudet(),
                                    e.vad(),
                                    e.svar() == null ? null : e.svar().name(),
                                    e.svarDatum(),
                                    e.skal()))
                            .toList(),
                    post.stangd(),
                    post.stangdOrsak() == null ? null : post.stangdOrsak().name(),
                    radensMatdag,
                    flagga));
        }
        return new Kvartalsrapport(kvartal, rapportfonster.fonster(kvartal), matdag, null, rader);
    }

    int flaggaManader() {
        return rapportfonster.sarskildAvgiftFlaggaManader();
    }

    private void spara(Kvartal kvartal, List<Individrad> rader) {
        List<MapSqlParameterSource> rad = new ArrayList<>();
        List<MapSqlParameterSource> erbjudanden = new ArrayList<>();
        for (Individrad r : rader) {
            rad.add(new MapSqlParameterSource()
                    .addValue("kvartal", kvartal.toString())
                    .addValue("nr", r.radnummer())
                    .addValue("post", r.ejVerkstalltId())
                    .addValue("beslut", r.beslutId())
                    .addValue("arende", r.arendeId())
                    .addValue("arendenummer", r.arendenummer())
                    .addValue("person", r.personId())
                    .addValue("enhet", r.enhet())
                    .addValue("pseudonym", r.pseudonym())
                    .addValue("kon", String.valueOf(r.kon()))
                    .addValue("skyddad", r.skyddadIdentitet())
                    .addValue("lag", r.lag())
                    .addValue("insatstyp", r.insatstyp())
                    .addValue("beslutsdatum", r.beslutsdatum())
                    .addValue("grund", r.grund())
                    .addValue("raknasFran", r.raknasFran())
                    .addValue("sedan", r.ejVerkstalltSedan())
                    .addValue("orsak", r.orsak())
                    .addValue("orsakText", r.orsakText())
                    .addValue("konsekvenser", r.konsekvenser())
                    .addValue("tillfalliga", r.tillfalligaInsatser())
                    .addValue("stangd", r.stangd(), java.sql.Types.DATE)
                    .addValue("stangdOrsak", r.stangdOrsak())
                    .addValue("matdag", r.matdag())
                    .addValue("flagga", r.sarskildAvgift()));
            int nummer = 0;
            for (Individrad.Erbjudande e : r.erbjudanden()) {
                erbjudanden.add(new MapSqlParameterSource()
                        .addValue("kvartal", kvartal.toString())
                        .addValue("nr", r.radnummer())
                        .addValue("nummer", ++nummer)
                        .addValue("erbjudet", e.erbjudet())
                        .addValue("vad", e.vad())
                        .addValue("svar", e.svar())
                        .addValue("svarDatum", e.svarDatum(), java.sql.Types.DATE)
                        .addValue("skal", e.skal()));
            }
        }
        batch.batchUpdate("""
                insert into ivo_rapportrad (kvartal, radnummer, ej_verkstallt_id, beslut_id, arende_id, arendenummer, person_id,
                                            enhet, pseudonym, kon, skyddad_identitet, lag, insatstyp, beslutsdatum, grund,
                                            raknas_fran, ej_verkstallt_sedan, orsak, orsak_text, konsekvenser,
                                            tillfalliga_insatser, stangd, stangd_orsak, matdag, sarskild_avgift)
                values (:kvartal, :nr, :post, :beslut, :arende, :arendenummer, :person, :enhet, :pseudonym, :kon, :skyddad,
                        :lag, :insatstyp, :beslutsdatum, :grund, :raknasFran, :sedan, :orsak, :orsakText, :konsekvenser,
                        :tillfalliga, :stangd, :stangdOrsak, :matdag, :flagga)""", rad.toArray(MapSqlParameterSource[]::new));
        batch.batchUpdate("""
                insert into ivo_rapportrad_erbjudande (kvartal, radnummer, nummer, erbjudet, vad, svar, svar_datum, skal)
                values (:kvartal, :nr, :nummer, :erbjudet, :vad, :svar, :svarDatum, :skal)""", erbjudanden.toArray(MapSqlParameterSource[]::new));
    }

    private Optional<Kvartalsrapport> inlamnad(Kvartal kvartal) {
        return jdbc.sql("select matdag, inlamnad, inlamnad_av, inom_fonster from ivo_rapport where kvartal = :kvartal")
                .param("kvartal", kvartal.toString())
                .query((rs, n) -> new Kvartalsrapport(
                        kvartal,
                        rapportfonster.fonster(kvartal),
                        rs.getObject("matdag", LocalDate.class),
                        new Kvartalsrapport.Inlamning(
                                rs.getObject("inlamnad", OffsetDateTime.class)
                                        .atZoneSameInstant(SVENSK_TID)
                                        .toOffsetDateTime(),
                                rs.getString("inlamnad_av"),
                                rs.getBoolean("inom_fonster")),
                        List.of()))
                .optional()
                .map(rapport -> new Kvartalsrapport(
                        kvartal, rapport.fonster(), rapport.matdag(), rapport.inlamning(), lasRader(kvartal)));
    }

    private List<Individrad> lasRader(Kvartal kvartal) {
        Map<Integer, List<Individrad.Erbjudande>> erbjudanden = new HashMap<>();
        jdbc.sql("""
                        select radnummer, erbjudet, vad, svar, svar_datum, skal from ivo_rapportrad_erbjudande
                         where kvartal = :kvartal order by radnummer, nummer""").param("kvartal", kvartal.toString()).query(rs -> {
            erbjudanden
                    .computeIfAbsent(rs.getInt("radnummer"), nr -> new ArrayList<>())
                    .add(new Individrad.Erbjudande(
                            rs.getObject("erbjudet", LocalDate.class),
                            rs.getString("vad"),
                            rs.getString("svar"),
                            rs.getObject("svar_datum", LocalDate.class),
                            rs.getString("skal")));
        });
        return jdbc.sql("""
                        select radnummer, ej_verkstallt_id, beslut_id, arende_id, arendenummer, person_id, enhet, pseudonym, kon,
                               skyddad_identitet, lag, insatstyp, beslutsdatum, grund, raknas_fran, ej_verkstallt_sedan, orsak,
                               orsak_text, konsekvenser, tillfalliga_insatser, stangd, stangd_orsak, matdag, sarskild_avgift
                          from ivo_rapportrad where kvartal = :kvartal order by radnummer""")
                .param("kvartal", kvartal.toString())
                .query((rs, n) -> new Individrad(
                        rs.getInt("radnummer"),
                        rs.getObject("ej_verkstallt_id", UUID.class),
                        rs.getObject("beslut_id", UUID.class),
                        rs.getObject("arende_id", UUID.class),
                        rs.getString("arendenummer"),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("enhet"),
                        rs.getString("pseudonym"),
                        rs.getString("kon").charAt(0),
                        rs.getBoolean("skyddad_identitet"),
                        rs.getString("lag"),
                        rs.getString("insatstyp"),
                        rs.getObject("beslutsdatum", LocalDate.class),
                        rs.getString("grund"),
                        rs.getObject("raknas_fran", LocalDate.class),
                        rs.getObject("ej_verkstallt_sedan", LocalDate.class),
                        rs.getString("orsak"),
                        rs.getString("orsak_text"),
                        rs.getString("konsekvenser"),
                        rs.getString("tillfalliga_insatser"),
                        erbjudanden.getOrDefault(rs.getInt("radnummer"), List.of()),
                        rs.getObject("stangd", LocalDate.class),
                        rs.getString("stangd_orsak"),
                        rs.getObject("matdag", LocalDate.class),
                        rs.getBoolean("sarskild_avgift")))
                .list();
    }
}
