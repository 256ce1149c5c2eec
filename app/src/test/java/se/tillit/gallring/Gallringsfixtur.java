package se.tillit.gallring;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.Testpersoner;

/**
 * Persons and cases for the gallring tests (issue 18), written straight into the tables as the modules would have
 * written them over a case's life: a case closed on a given day, and for a full file a row in every module that holds
 * one (the investigation, the decision with its letter, the provider's order, the follow-up, the journal with an
 * attachment, the child's clocks, the SIP and the discharge of the case, the costs, IVO's report, the task lists, the
 * forms, the e-mails, the access log), each recorded while the case was open (a row stamped now would be an entry of
 * today and keep the file). Synthetic persons only (Skatteverket's test series).
 */
public final class Gallringsfixtur {

    private static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    private final JdbcClient jdbc;

    public Gallringsfixtur(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person born in the year on the day of the month (month random), with a personnummer no other test has. */
    public UUID person(int ar, int dag) {
        String pnr;
        do {
            pnr = Testpersoner.medKontrollsiffra("%04d%02d%02d-%03d"
                    .formatted(
                            ar,
                            ThreadLocalRandom.current().nextInt(1, 13),
                            dag,
                            980 + ThreadLocalRandom.current().nextInt(20)));
        } while (jdbc.sql("select count(*) from person where personnummer = :p")
                        .param("p", pnr.replace("-", ""))
                        .query(Long.class)
                        .single()
                > 0);
        return jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                        values (:pnr, 'Test', 'Gallringsson', :fodd, 'M', 'test') returning id""")
                .param("pnr", pnr.replace("-", ""))
                .param(
                        "fodd",
                        LocalDate.parse(pnr.substring(0, 4) + "-" + pnr.substring(4, 6) + "-" + pnr.substring(6, 8)))
                .query(UUID.class)
                .single();
    }

    /** The person's personnummer as ÅÅÅÅMMDD-NNNN. */
    public String personnummer(UUID person) {
        String tolv = jdbc.sql("select personnummer from person where id = :id")
                .param("id", person)
                .query(String.class)
                .single();
        return tolv.substring(0, 8) + "-" + tolv.substring(8);
    }

    /** A case of the unit and type, opened three months before it closed (open when {@code avslutad} is null). */
    public Arendet arende(UUID person, String enhet, String arendetyp, LocalDate avslutad) {
        OffsetDateTime avslutat = avslutad == null
                ? null
                : avslutad.atTime(10, 0).atZone(SVENSK_TID).toOffsetDateTime();
        OffsetDateTime oppnat = (avslutad == null ? LocalDate.now(SVENSK_TID) : avslutad)
                .minusMonths(3)
                .atTime(9, 0)
                .atZone(SVENSK_TID)
                .toOffsetDateTime();
        String nummer = "G-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        UUID id = jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, status, oppnat, avslutat, avslutsorsak,
                                            skapad_av)
                        values (:nummer, :person, :typ, :enhet, :status, :oppnat, :avslutat, :orsak, 'test') returning id""")
                .param("nummer", nummer)
                .param("person", person)
                .param("typ", arendetyp)
                .param("enhet", enhet)
                .param("status", avslutad == null ? "OPPET" : "AVSLUTAT")
                .param("oppnat", oppnat)
                .param("avslutat", avslutat)
                .param("orsak", avslutad == null ? null : "INSATSER_AVSLUTADE")
                .query(UUID.class)
                .single();
        return new Arendet(id, nummer, person, oppnat);
    }

    /** A case: its id, number, person and when it opened. */
    public record Arendet(UUID id, String nummer, UUID personId, OffsetDateTime oppnat) {}

    /** An aktualisering of the case when it opened, with its outcome registered two weeks later. */
    public UUID aktualisering(Arendet arende, String utfall) {
        return jdbc.sql("""
                        insert into aktualisering (arende_id, typ, inkom, orsakskod, utfall, utfall_registrerat, utfall_av, skapad_av)
                        values (:arende, 'ANMALAN', :inkom, 'ANMALAN', :utfall, :registrerat, 'test', 'test') returning id""")
                .param("arende", arende.id())
                .param("inkom", arende.oppnat())
                .param("utfall", utfall)
                .param("registrerat", arende.oppnat().plusDays(14))
                .query(UUID.class)
                .single();
    }

    /** A decision of the case, a month after it opened. */
    public UUID beslut(Arendet arende, String insats, String utfall, String lag) {
        LocalDate dag = arende.oppnat().toLocalDate().plusMonths(1);
        boolean lss = "LSS".equals(lag);
        return jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, giltig_from,
                                            motivering, overklagandehanvisning, beslutsfattare, delegationspunkt, beslutsdatum,
                                            skapad, skapad_av)
                        values (:arende, :insats, :utfall, :lag, :version, :kapitel, :paragraf, :dag, 'Testdata', true, 'test',
                                '2.1', :dag, :skapad, 'test') returning id""")
                .param("arende", arende.id())
                .param("insats", insats)
                .param("utfall", utfall)
                .param("lag", lag)
                .param("version", lss ? "1993:387" : "2025:400")
                .param("kapitel", lss ? null : 11)
                .param("paragraf", lss ? "9 §" : "1 §")
                .param("dag", dag)
                .param("skapad", dag.atTime(11, 0).atZone(SVENSK_TID).toOffsetDateTime())
                .query(UUID.class)
                .single();
    }

    /** A signed journal note of the case on the day. */
    public UUID journalanteckning(Arendet arende, LocalDate dag) {
        return jdbc.sql("""
                        insert into journalanteckning (arende_id, handelsedatum, slag, text, forfattare, signerad, idempotensnyckel)
                        values (:arende, :dag, 'SAMTAL', 'Samtal med Test Gallringsson (test)', :forfattare, :signerad,
                                gen_random_uuid()) returning id""")
                .param("arende", arende.id())
                .param("dag", dag)
                .param("forfattare", DemoKonton.HANDLAGGARE)
                .param("signerad", dag.atTime(15, 0).atZone(SVENSK_TID).toOffsetDateTime())
                .query(UUID.class)
                .single();
    }

    /** A legal hold on the person's file, set by the demo ADMIN. */
    public void gallringsstopp(UUID person, String skal) {
        jdbc.sql(
                        "insert into gallringsstopp (id, person_id, skal, satt_av, satt) values (gen_random_uuid(), :p, :skal, :av, now())")
                .param("p", person)
                .param("skal", skal)
                .param("av", DemoKonton.ADMIN)
                .update();
    }

    /** A lex Sarah report naming the person: it keeps the person row when their cases go. */
    public void lexSarahRapport(UUID person) {
        jdbc.sql("""
                        insert into lexsarah_rapport (nummer, rapportor, rapportor_roll, enhet_kod, namnd_kod, typ, vad_hande,
                                                      intraffade, plats, person_id, rapporterad)
                        values ('LS-TEST-' || nextval('lexsarah_nummer_seq'), :rapportor, 'HANDLAGGARE', 'VUX', 'NAMND', 'MISSFORHALLANDE',
                                'Ett missförhållande i testet', current_date - 400, 'Testgatan 1', :person, now())""")
                .param("rapportor", DemoKonton.HANDLAGGARE)
                .param("person", person)
                .update();
    }

    /**
     * A full file for a closed case: a row in every table of every module that holds one of a case (and of the person),
     * recorded while the case was open; the access log's reads of it; the engine's history is the caller's (the test starts
     * a process with the case number as its business key).
     *
     * @return the decision's id
     */
    public UUID heltArende(Arendet arende, String unit) {
        UUID person = arende.personId();
        OffsetDateTime t = arende.oppnat().plusDays(3);
        LocalDate d = t.toLocalDate();
        UUID aktualisering = aktualisering(arende, "LEDER_TILL_UTREDNING");
        jdbc.sql("""
                        insert into forhandsbedomning_forlangning (aktualisering_id, beslutsdatum, skal, beslutad_av, ny_frist, skapad_av)
                        values (:a, :d, 'Synnerliga skäl (test)', 'test', :d + 14, 'test')""").param("a", aktualisering).param("d", d).update();
        UUID utredning = jdbc.sql("""
                        insert into utredning (arende_id, inledd, avslutad, skapad, skapad_av)
                        values (:a, :d, :d + 20, :t, 'test') returning id""")
                .param("a", arende.id())
                .param("d", d)
                .param("t", t)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into forlangning (utredning_id, beslutsdatum, skal, beslutad_av, ny_frist, skapad, skapad_av)
                        values (:u, :d, 'Test', 'test', :d + 60, :t, 'test')""").param("u", utredning).param("d", d).param("t", t).update();
        UUID text = jdbc.sql("""
                        insert into utredningstext (utredning_id, version, bakgrund, sparad, sparad_av)
                        values (:u, 1, 'Bakgrunden (test)', :t, 'test') returning id""")
                .param("u", utredning)
                .param("t", t)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into utredningsforslag (utredningstext_id, rad, insatstyp, utfall, motivering)
                        values (:text, 1, 'SOL_BOENDESTOD', 'BIFALL', 'Behovet finns (test)')""").param("text", text).update();
        jdbc.sql(
                        "insert into utredningssignatur (utredningstext_id, utredning_id, signerad, signerad_av) values (:text, :u, :t, 'test')")
                .param("text", text)
                .param("u", utredning)
                .param("t", t)
                .update();
        UUID kommunicering = jdbc.sql("""
                        insert into kommunicering (utredning_id, skickad, satt, vad, registrerad, registrerad_av)
                        values (:u, :d, 'POST', 'Utredningen (test)', :t, 'test') returning id""")
                .param("u", utredning)
                .param("d", d)
                .param("t", t)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into kommuniceringssvar (kommunicering_id, besvarad, sammanfattning, utebliven, registrerad, registrerad_av)
                        values (:k, :d + 5, 'Inga synpunkter (test)', false, :t, 'test')""").param("k", kommunicering).param("d", d).param("t", t).update();

        UUID brev = jdbc.sql("""
                        insert into beslutsbrev (arende_id, pdf, sha256, skapad, skapad_av, formular_id)
                        values (:a, :pdf, :sha, :t, 'test', gen_random_uuid()) returning id""")
                .param("a", arende.id())
                .param("pdf", "%PDF-test".getBytes(StandardCharsets.US_ASCII))
                .param("sha", "0".repeat(64))
                .param("t", t)
                .query(UUID.class)
                .single();
        UUID beslut = beslut(arende, "SOL_BOENDESTOD", "BIFALL", "SOL");
        jdbc.sql("update beslut set beslutsbrev_id = :brev where id = :b")
                .param("brev", brev)
                .param("b", beslut)
                .update();
        jdbc.sql(
                        "insert into overklagande (beslut_id, inkom, i_ratt_tid, skapad, skapad_av) values (:b, :d + 30, true, :t, 'test')")
                .param("b", beslut)
                .param("d", d)
                .param("t", t)
                .update();
        jdbc.sql("""
                        insert into beslutsforslag (arende_id, rader, beslutsniva, lamnat, lamnat_av, beslutat, beslutat_av, formular_id)
                        values (:a, '[]'::jsonb, 'CHEF', :t, 'test', :t, 'test', gen_random_uuid())""").param("a", arende.id()).param("t", t).update();
        jdbc.sql(
                        "insert into insatsavslut (beslut_id, datum, orsak, registrerad, registrerad_av) values (:b, :d + 50, 'BEHOVET_UPPHORT', :t, 'test')")
                .param("b", beslut)
                .param("d", d)
                .param("t", t)
                .update();
        // issue 19: the LSS register's data recorded on a decision goes with the decision
        jdbc.sql(
                        "insert into beslut_lss_uppgift (beslut_id, personkrets, registrerad, registrerad_av) values (:b, 1, :t, 'test')")
                .param("b", beslut)
                .param("t", t)
                .update();

        jdbc.sql("""
                        insert into bestallning (beslut_id, utforare, utforartyp, onskad_start, verkstalld, avslutad, skapad, skapad_av,
                                                 tillstand, bestallande_enhet)
                        values (:b, 'UTF-SOLROSEN', 'EGEN_REGI', :d, :d + 2, :d + 50, :t, 'test', 'AVSLUTAD', :enhet)""")
                .param("b", beslut)
                .param("d", d)
                .param("t", t)
                .param("enhet", unit)
                .update();
        jdbc.sql(
                        "insert into bestallning_hinder (beslut_id, orsak, registrerad, registrerad_av) values (:b, 'BRIST_PA_PLATS', :t, 'test')")
                .param("b", beslut)
                .param("t", t)
                .update();
        jdbc.sql("""
                        insert into genomforandeplan (beslut_id, version, genomforande, deltog, hur, faststalld, folj_upp, registrerad,
                                                      registrerad_av)
                        values (:b, 1, 'Hur insatsen ges (test)', 'JA', '{SAMTAL}', :d + 5, :d + 40, :t, 'test')""").param("b", beslut).param("d", d).param("t", t).update();
        jdbc.sql(
                        "insert into narvaro (beslut_id, dag, narvarande, registrerad, registrerad_av) values (:b, :d + 3, true, :t, 'test')")
                .param("b", beslut)
                .param("d", d)
                .param("t", t)
                .update();
        jdbc.sql(
                        "insert into avbrott (beslut_id, fran, till, orsak, skapad, skapad_av) values (:b, :d + 10, :d + 12, 'Sjukhus (test)', :t, 'test')")
                .param("b", beslut)
                .param("d", d)
                .param("t", t)
                .update();
        UUID ejVerkstallt = jdbc.sql("""
                        insert into ej_verkstallt (beslut_id, grund, raknas_fran, oppnad, stangd, stangd_orsak, skapad)
                        values (:b, 'BESLUT', :d, :d + 1, :d + 2, 'VERKSTALLT', :t) returning id""")
                .param("b", beslut)
                .param("d", d)
                .param("t", t)
                .query(UUID.class)
                .single();
        jdbc.sql(
                        "insert into ej_verkstallt_skal (ej_verkstallt_id, orsak, registrerad, registrerad_av) values (:e, 'BRIST_PA_PLATS', :t, 'test')")
                .param("e", ejVerkstallt)
                .param("t", t)
                .update();
        jdbc.sql("""
                        insert into ej_verkstallt_erbjudande (ej_verkstallt_id, erbjudet, vad, skapad, skapad_av)
                        values (:e, :d + 1, 'Ett annat boende (test)', :t, 'test')""").param("e", ejVerkstallt).param("d", d).param("t", t).update();
        jdbc.sql(
                        "insert into uppfoljning (beslut_id, planerad, genomford, resultat, skapad, skapad_av) values (:b, :d + 40, :d + 40, 'AVSLUT', :t, 'test')")
                .param("b", beslut)
                .param("d", d)
                .param("t", t)
                .update();
        jdbc.sql("""
                        insert into utford_tid (beslut_id, manad, timmar, kalla, importerad, importerad_av)
                        values (:b, date_trunc('month', :d::date)::date, 12.5, 'test', :t, 'test')""").param("b", beslut).param("d", d).param("t", t).update();

        UUID anteckning = journalanteckning(arende, d.plusDays(4));
        byte[] bilaga = "En bilaga (test)".getBytes(StandardCharsets.UTF_8);
        jdbc.sql("""
                        insert into journalbilaga (anteckning_id, ordning, filnamn, innehallstyp, storlek, sha256, innehall)
                        values (:a, 0, 'bilaga.txt', 'text/plain', :storlek, :sha, :innehall)""")
                .param("a", anteckning)
                .param("storlek", bilaga.length)
                .param("sha", sha256(bilaga))
                .param("innehall", bilaga)
                .update();
        jdbc.sql("""
                        insert into begaran_om_avgorande (arende_id, inkom, registrerad, registrerad_av, utfall, besvarad, besvarad_av,
                                                          besvarad_registrerad)
                        values (:a, :d, :t, 'test', 'AVGJORT', :d + 7, 'test', :t)""").param("a", arende.id()).param("d", d).param("t", t).update();

        UUID sip = jdbc.sql("""
                        insert into sip (person_id, enhet_kod, arende_id, initiativ, begard, begard_av, region_enhet, onskan, onskan_datum,
                                         steg, avslutad, avslutsorsak, avslutad_av, skapad, skapad_av)
                        values (:p, :enhet, :a, 'KOMMUN', :d, 'test', 'Vårdcentralen (test)', 'JA', :d, 'AVSLUTAD', :d + 30, 'UPPFOLJD',
                                'test', :t, 'test') returning id""")
                .param("p", person)
                .param("enhet", unit)
                .param("a", arende.id())
                .param("d", d)
                .param("t", t)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into sip_plan (sip_id, version, kommunens_insatser, regionens_insatser, huvudansvar, uppfoljning, upprattad,
                                              upprattad_av, skapad)
                        values (:s, 1, 'Boendestöd (test)', 'Läkarbesök (test)', 'KOMMUN', :d + 20, :d + 5, 'test', :t)""").param("s", sip).param("d", d).param("t", t).update();
        jdbc.sql("""
                        insert into regional_insats (person_id, region_enhet, fran, kalla, sip_id, rapporterad_av, rapporterad)
                        values (:p, 'Vårdcentralen (test)', :d, 'REGIONEN', :s, 'region', :t)""")
                .param("p", person)
                .param("d", d)
                .param("s", sip)
                .param("t", t)
                .update();
        String vardtillfalle = "VT-" + UUID.randomUUID();
        jdbc.sql("""
                        insert into utskrivning (vardtillfalle, person_id, arende_id, aktualisering_id, enhet_kod, vardenhet, vardform,
                                                 inskriven, status, utskriven, skapad)
                        values (:vt, :p, :a, :akt, :enhet, 'Avdelning 1 (test)', 'SOMATISK', :t, 'UTSKRIVEN', :t + interval '5 days', :t)""")
                .param("vt", vardtillfalle)
                .param("p", person)
                .param("a", arende.id())
                .param("akt", aktualisering)
                .param("enhet", unit)
                .param("t", t)
                .update();
        jdbc.sql("""
                        insert into utskrivningsmeddelande (meddelande_id, vardtillfalle, typ, skickad, mottagen, innehall, mottagen_av)
                        values (:id, :vt, 'INSKRIVNING', :t, :t, '{"test": true}', 'region')""")
                .param("id", "M-" + UUID.randomUUID())
                .param("vt", vardtillfalle)
                .param("t", t)
                .update();

        jdbc.sql("insert into ivo_pseudonym (person_id, pseudonym) values (:p, :pseudonym) on conflict do nothing")
                .param("p", person)
                .param(
                        "pseudonym",
                        "19000101-T" + (100 + ThreadLocalRandom.current().nextInt(900)))
                .update();
        jdbc.sql("""
                        insert into ivo_rapport (kvartal, matdag, inlamnad_av, inom_fonster) values ('1999-Q1', date '1999-03-31', 'test', true)
                        on conflict do nothing""").update();
        jdbc.sql("""
                        insert into ivo_rapportrad (kvartal, radnummer, ej_verkstallt_id, beslut_id, arende_id, arendenummer, person_id,
                                                    enhet, pseudonym, kon, skyddad_identitet, lag, insatstyp, beslutsdatum, grund,
                                                    raknas_fran, ej_verkstallt_sedan, orsak_text, matdag, sarskild_avgift)
                        values ('1999-Q1', (select coalesce(max(radnummer), 0) + 1 from ivo_rapportrad where kvartal = '1999-Q1'), :e,
                                :b, :a, :nummer, :p, :enhet, '19000101-T100', 'M', false, 'SOL', 'SOL_BOENDESTOD', :d, 'BESLUT', :d, :d,
                                'Brist på plats för Test Gallringsson (test)', :d, false)""")
                .param("e", ejVerkstallt)
                .param("b", beslut)
                .param("a", arende.id())
                .param("nummer", arende.nummer())
                .param("p", person)
                .param("enhet", unit)
                .param("d", d)
                .update();

        jdbc.sql("""
                        insert into uppgift (task_id, process_instance_id, arende_id, arendenummer, arendetyp, person_id, person_namn,
                                             personnummer, skyddad, uppgiftstyp, namn, enhet_kod, kandidatroll, skapad)
                        select 'T-' || gen_random_uuid(), 'P-test', :a, :nummer, a.arendetyp, :p, 'Test Gallringsson', p.personnummer,
                               false, 'Task_Utreda', 'Utreda (test)', :enhet, 'HANDLAGGARE', :t
                          from arende a join person p on p.id = a.person_id where a.id = :a""")
                .param("a", arende.id())
                .param("nummer", arende.nummer())
                .param("p", person)
                .param("enhet", unit)
                .param("t", t)
                .update();
        jdbc.sql("""
                        insert into handling (id, arende_id, task_id, rubrik, upprattad_av, upprattad, innehall)
                        values (gen_random_uuid(), :a, 'T-' || gen_random_uuid(), 'Förhandsbedömning (test)', 'test', :t,
                                '[{"etikett": "Bedömning", "varde": "Test Gallringsson behöver stöd"}]'::jsonb)""").param("a", arende.id()).param("t", t).update();
        jdbc.sql("""
                        insert into formularsvar (task_id, arende_id, formular, falt, varde, registrerad_av, registrerad, kalla)
                        values ('T-test', :a, 'forhandsbedomning', 'motivering', 'Test Gallringsson behöver stöd', 'test', :t, 'FORMULAR')""").param("a", arende.id()).param("t", t).update();
        jdbc.sql(
                        "insert into skickad_epost (handelse_id, mottagare, slag, skickad, arende_id) values (gen_random_uuid(), :m, 'PAMINNELSE', :t, :a)")
                .param("m", DemoKonton.HANDLAGGARE)
                .param("t", t)
                .param("a", arende.id())
                .update();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date)
                        values (gen_random_uuid(), 'test', 'se.tillit.bevakning.FristPaminnelse', :text, :t, :t)""")
                .param("text", "{\"arendeId\":\"" + arende.id() + "\",\"bevakning\":\"UTREDNING\"}")
                .param("t", t)
                .update();
        jdbc.sql("""
                        insert into person_adress (person_id, gatuadress, postnummer, postort, andrad, andrad_av)
                        values (:p, 'Testgatan 1', '12345', 'Teststad', :t, 'test') on conflict do nothing""").param("p", person).param("t", t).update();
        jdbc.sql("""
                        insert into person_adressandring (person_id, tidpunkt, andrad_av, till_gatuadress, till_postnummer, till_postort)
                        values (:p, :t, 'test', 'Testgatan 1', '12345', 'Teststad')""").param("p", person).param("t", t).update();
        jdbc.sql("""
                        insert into person_skyddsandring (person_id, tidpunkt, andrad_av, fran, till, skal)
                        values (:p, :t, 'test', 'INGEN', 'SEKRETESSMARKERING', 'Test')""").param("p", person).param("t", t).update();
        lasningar(arende);
        return beslut;
    }

    /** The access log's rows a case's life leaves: a handläggare reads it, and a list shows the person among others. */
    public void lasningar(Arendet arende) {
        jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, arende_id, person_id, beskrivning)
                        values (:u, 'VUX:HANDLAGGARE', 'LAS', :a, :p, 'Ärendesidan')""")
                .param("u", DemoKonton.HANDLAGGARE)
                .param("a", arende.id())
                .param("p", arende.personId())
                .update();
        jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, beskrivning, personer)
                        values (:u, 'VUX:HANDLAGGARE', 'LAS', 'Uppgiftslista: enhetens', :personer)""")
                .param("u", DemoKonton.HANDLAGGARE)
                .param("personer", new UUID[] {arende.personId(), UUID.randomUUID()})
                .update();
    }

    /** The rows of every table that names the ids (a column of that name holding one of them), per table. */
    public Map<String, Long> raderSomNamner(List<UUID> ids, String... kolumner) {
        Map<String, Long> rader = new java.util.TreeMap<>();
        List<Map<String, Object>> kandidater =
                jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                         where table_schema = current_schema() and column_name in (:kolumner) and data_type = 'uuid'
                           and table_name in (select table_name from information_schema.tables
                                               where table_schema = current_schema() and table_type = 'BASE TABLE')""").param("kolumner", List.of(kolumner)).query().listOfRows();
        for (Map<String, Object> kandidat : kandidater) {
            String tabell = (String) kandidat.get("table_name");
            long antal = jdbc.sql(
                            "select count(*) from " + tabell + " where " + kandidat.get("column_name") + " in (:ids)")
                    .param("ids", ids)
                    .query(Long.class)
                    .single();
            if (antal > 0) {
                rader.merge(tabell, antal, Long::sum);
            }
        }
        return rader;
    }

    private static String sha256(byte[] innehall) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
