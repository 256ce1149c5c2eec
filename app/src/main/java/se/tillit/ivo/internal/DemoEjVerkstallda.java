package se.tillit.ivo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;

/**
 * Demo profile: three decisions not executed in time, in the last quarter before the first start, so that /ivo has
 * something to show: a housing decision with its reason, interim measures and a declined offer; a SoL decision open
 * for 22 months (flagged for särskild avgift); an interrupted daily activity resumed in the next quarter. Written as
 * the processes leave their records, but without orders to a provider (no processes run for them, and the month's
 * cost has no price for these years). Synthetic people: born 1938, serial numbers 96x, valid check digits. Only once
 * per database.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "tillit.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoEjVerkstallda implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEjVerkstallda.class);
    private static final ZoneId SVENSK_TID = Svensktid.ZON;
    private static final String SKAPAD_AV = "demo-evb";

    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from arende where skapad_av = :av")
                                .param("av", SKAPAD_AV)
                                .query(Long.class)
                                .single()
                        > 0
                || jdbc.sql("select count(*) from enhet where kod in ('LSS', 'VUX')")
                                .query(Long.class)
                                .single()
                        < 2) {
            return;
        }
        LocalDate idag = LocalDate.now(clock);
        LocalDate slut = Kvartal.med(idag).foregaende().sista();
        LocalDate aterupptagen = slut.plusDays(20).isAfter(idag) ? idag : slut.plusDays(20);

        UUID bostad = beslut(1, 'K', "LSS", "LSS", "LSS_BOSTAD_SARSKILD_SERVICE", slut.minusMonths(5));
        UUID post = ejVerkstallt(bostad, "BESLUT", slut.minusMonths(5));
        skal(
                post,
                "BRIST_PA_PLATS",
                "Ingen ledig lägenhet i kommunens gruppbostäder; en ny öppnar i vår",
                "Bor kvar hos föräldrarna, som behöver avlastning",
                "Korttidsvistelse två helger i månaden");
        jdbc.sql("""
                        insert into ej_verkstallt_erbjudande (ej_verkstallt_id, erbjudet, vad, svar, svar_datum, skal, skapad_av,
                                                              besvarat_registrerat, besvarat_registrerat_av)
                        values (:post, :erbjudet, 'Lägenhet i gruppbostad i grannkommunen (köpt plats)', 'AVBOJT', :svar,
                                'Vill bo kvar nära sin dagliga verksamhet', 'handlaggare.lss', now(), 'handlaggare.lss')""")
                .param("post", post)
                .param("erbjudet", slut.minusMonths(1))
                .param("svar", slut.minusMonths(1).plusDays(5))
                .update();

        UUID boendestod = beslut(2, 'M', "VUXEN", "VUX", "SOL_BOENDESTOD", slut.minusMonths(22));
        skal(
                ejVerkstallt(boendestod, "BESLUT", slut.minusMonths(22)),
                "UTFORARE_SAKNAS",
                "Ingen utförare har kunnat ta uppdraget i personens område",
                null,
                "Kontakt med socialsekreterare varje vecka");

        LocalDate avbrott = slut.minusMonths(4);
        UUID daglig = beslut(3, 'K', "LSS", "LSS", "LSS_DAGLIG_VERKSAMHET", slut.minusMonths(14));
        jdbc.sql(
                        "insert into avbrott (beslut_id, fran, till, orsak, skapad_av) values (:beslut, :fran, :till, :orsak, 'handlaggare.lss')")
                .param("beslut", daglig)
                .param("fran", avbrott)
                .param("till", aterupptagen)
                .param("orsak", "Verksamheten stängde; ny plats söks")
                .update();
        UUID efterAvbrott = ejVerkstallt(daglig, "AVBROTT", avbrott);
        skal(
                efterAvbrott,
                "BRIST_PA_PLATS",
                "Verksamheten stängde; ingen annan med rätt inriktning hade plats",
                null,
                null);
        jdbc.sql("update ej_verkstallt set stangd = :datum, stangd_orsak = 'VERKSTALLT' where id = :post")
                .param("datum", aterupptagen)
                .param("post", efterAvbrott)
                .update();
        log.info(
                "Demo profile: 3 decisions not executed in time for the IVO reports (/ivo?kvartal={})",
                Kvartal.med(slut));
    }

    private UUID beslut(
            int nummer, char kon, String arendetyp, String enhet, String insatstyp, LocalDate beslutsdatum) {
        UUID person = jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                        values (:pnr, :fornamn, 'Väntesson', :fodd, :kon, :av) returning id""")
                .param("pnr", personnummer(nummer, kon))
                .param("fornamn", kon == 'K' ? "Vera" : "Valter")
                .param("fodd", LocalDate.of(1938, 4, nummer))
                .param("kon", String.valueOf(kon))
                .param("av", SKAPAD_AV)
                .query(UUID.class)
                .single();
        UUID arende = jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                        values (:nr, :person, :typ, :enhet, :oppnat, :av) returning id""")
                .param("nr", "2024-9600" + String.format("%02d", nummer))
                .param("person", person)
                .param("typ", arendetyp)
                .param("enhet", enhet)
                .param(
                        "oppnat",
                        beslutsdatum.minusMonths(2).atStartOfDay(SVENSK_TID).toOffsetDateTime())
                .param("av", SKAPAD_AV)
                .query(UUID.class)
                .single();
        boolean sol = insatstyp.startsWith("SOL_");
        UUID beslut = jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, niva, omfattning,
                                            giltig_from, motivering, overklagandehanvisning, beslutsfattare, delegationspunkt,
                                            beslutsdatum, delgivningsdatum, skapad_av)
                        values (:arende, :insatstyp, 'BIFALL', :lag, :lagversion, :kapitel, :paragraf, :niva, :omfattning,
                                :datum, 'Demo: behovet är styrkt', true, 'handlaggare.lss', 'LSS-3.1', :datum, :datum, :av)
                        returning id""")
                .param("arende", arende)
                .param("insatstyp", insatstyp)
                .param("lag", sol ? "SOL" : "LSS")
                .param("lagversion", sol ? "2025:400" : "1993:387")
                .param("kapitel", sol ? 11 : null)
                .param("paragraf", sol ? "1 §" : "9 §")
                .param("niva", sol ? null : 3)
                .param("omfattning", sol ? "6 tim/vecka" : "heltid")
                .param("datum", beslutsdatum)
                .param("av", SKAPAD_AV)
                .query(UUID.class)
                .single();
        return beslut;
    }

    private UUID ejVerkstallt(UUID beslut, String grund, LocalDate raknasFran) {
        return jdbc.sql("""
                        insert into ej_verkstallt (beslut_id, grund, raknas_fran, oppnad) values (:beslut, :grund, :fran, :oppnad)
                        returning id""")
                .param("beslut", beslut)
                .param("grund", grund)
                .param("fran", raknasFran)
                .param("oppnad", raknasFran.plusMonths(3))
                .query(UUID.class)
                .single();
    }

    private void skal(UUID post, String orsak, String text, String konsekvenser, String tillfalliga) {
        jdbc.sql("""
                        insert into ej_verkstallt_skal (ej_verkstallt_id, orsak, orsak_text, konsekvenser, tillfalliga_insatser,
                                                        registrerad_av)
                        values (:post, :orsak, :text, :konsekvenser, :tillfalliga, 'handlaggare.lss')""")
                .param("post", post)
                .param("orsak", orsak)
                .param("text", text)
                .param("konsekvenser", konsekvenser)
                .param("tillfalliga", tillfalliga)
                .update();
    }

    /** 1938-04-NN-96S and its check digit (Luhn over the ten digits YYMMDDNNSC), S even for a woman. */
    static String personnummer(int nummer, char kon) {
        String utanKontroll = "3804" + String.format("%02d", nummer) + "96" + (kon == 'K' ? 2 : 3);
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utanKontroll.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "19" + utanKontroll + (10 - summa % 10) % 10;
    }
}
