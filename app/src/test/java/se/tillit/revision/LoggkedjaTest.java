package se.tillit.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.OforanderligTabell;
import se.tillit.TillitSpringTest;

/**
 * Issue 18: the access log is append-only where it is stored, and tamper-evident. The database refuses every update
 * and delete, even the owner's; the production account may only insert and read (docker/roller.sql); a row changed
 * or removed by someone who bypasses both breaks the chain, and the check names the row.
 */
@TillitSpringTest
class LoggkedjaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaktion;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate sql;

    @Autowired
    Loggkedja kedja;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateARow_evenForItsOwner() {
        long id = nyRad("Läsning före ändringsförsöket");

        OforanderligTabell.vagrar(
                jdbc,
                "ändras och raderas aldrig",
                "id",
                id,
                "update atkomstlogg set beskrivning = 'ändrad' where id = :id",
                "delete from atkomstlogg where id = :id",
                "truncate atkomstlogg");
        // nor can the inserting code choose its own hash or place in the chain
        long forfalskad = jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, beskrivning, innehallshash, kedjeposition, kedjehash)
                        values ('test', '', 'LAS', 'Förfalskad', '\\x00', 999999999, '\\x00') returning id""").query(Long.class).single();
        assertThat(jdbc.sql("select kedjeposition is null and innehallshash <> '\\x00' from atkomstlogg where id = :id")
                        .param("id", forfalskad)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(beskrivning(id)).isEqualTo("Läsning före ändringsförsöket");
    }

    @Test
    void theApplicationsProductionAccount_mayInsertAndRead_butNeitherUpdateNorDelete() throws Exception {
        jdbc.sql("""
                do $$ begin
                    if not exists (select 1 from pg_roles where rolname = 'tillit_app') then create role tillit_app nologin; end if;
                end $$""").update();
        sql.execute(Files.readString(Path.of("..", "docker", "roller.sql")));
        long id = nyRad("Läsning för rolltestet");

        assertThat(
                        somApplikationen(
                                "insert into atkomstlogg (anvandarnamn, roller, handling, beskrivning) values ('app', '', 'LAS', 'Som appen')"))
                .isNull();
        assertThat(somApplikationen("select count(*) from atkomstlogg where id = " + id))
                .isNull();
        assertThat(somApplikationen("select atkomstlogg_forsegla(10)"))
                .as("sealing runs as the owner")
                .isNull();
        assertThat(somApplikationen("update atkomstlogg set beskrivning = 'x' where id = " + id))
                .contains("permission denied");
        assertThat(somApplikationen("delete from atkomstlogg where id = " + id)).contains("permission denied");
        // the rest of the schema stays writable for it
        assertThat(somApplikationen("update enhet set namn = namn where kod = 'LSS'"))
                .isNull();
        // ADR 24: it may call the pseudonymisation, which runs as the owner and still requires the gallring grant, and
        // may not write a grant itself
        assertThat(somApplikationen("select atkomstlogg_pseudonymisera(gen_random_uuid(), gen_random_uuid(), '{}')"))
                .contains("är inte gallrad i den här transaktionen")
                .doesNotContain("permission denied");
        assertThat(
                        somApplikationen(
                                "insert into gallringstillstand (korning_id, person_id) values (gen_random_uuid(), gen_random_uuid())"))
                .contains("permission denied");
    }

    @Test
    void sealedRowsFormOneChain_andTheCheckFindsItWhole() {
        List<Long> rader = List.of(nyRad("Första"), nyRad("Andra"), nyRad("Tredje"));
        while (kedja.forsegla() > 0) {
            // until every committed row is sealed
        }

        Loggkedja.Kontroll kontroll = kedja.kontrollera();

        assertThat(kontroll.hel()).as(kontroll.toString()).isTrue();
        assertThat(kontroll.oforseglade()).isZero();
        assertThat(kontroll.sistaHash()).hasSize(64);
        List<Long> positioner = rader.stream()
                .map(id -> jdbc.sql("select kedjeposition from atkomstlogg where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .toList();
        assertThat(positioner).isSorted().doesNotContainNull();
        assertThat(kontroll.granskade()).isGreaterThanOrEqualTo(positioner.get(2));
    }

    @Test
    void aRowChangedBehindTheTriggersBack_breaksTheChainAtThatRow() {
        long andrad = nyRad("Läsning som sedan ändras");
        nyRad("Läsning efter");
        kedja.forsegla();

        Loggkedja.Kontroll kontroll = iEnTransaktionSomRullasTillbaka(() -> {
            // what a database owner can do: switch the triggers off for the session and rewrite a row
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update atkomstlogg set beskrivning = 'Något annat' where id = :id")
                    .param("id", andrad)
                    .update();
            return kedja.kontrollera();
        });

        assertThat(kontroll.hel()).isFalse();
        assertThat(kontroll.brutetId()).contains(andrad);
        assertThat(kedja.kontrollera().hel()).as("rolled back: whole again").isTrue();
    }

    @Test
    void aRowRemovedBehindTheTriggersBack_breaksTheChainAtTheRowAfterIt() {
        long borttagen = nyRad("Läsning som sedan tas bort");
        long efter = nyRad("Läsning efter den borttagna");
        kedja.forsegla();

        Loggkedja.Kontroll kontroll = iEnTransaktionSomRullasTillbaka(() -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("delete from atkomstlogg where id = :id")
                    .param("id", borttagen)
                    .update();
            return kedja.kontrollera();
        });

        assertThat(kontroll.brutetId()).contains(efter);
    }

    /**
     * ADR 24: a destroyed case's rows stay in the chain, pseudonymised by the one function the database allows, in a
     * transaction that holds a confirmed gallring run's grant; the chain still verifies. Without the grant the database
     * refuses it; a pseudonymised row changed afterwards, or a row marked pseudonymised behind the triggers' back, breaks
     * the chain at that row.
     */
    @Test
    void aRowPseudonymisedUnderAGallringGrantKeepsTheChainWhole_anythingElseBreaksIt() {
        UUID arende = UUID.randomUUID();
        long pseudonymiserad = nyRad("Läsning av ett ärende som gallras", arende);
        long orord = nyRad("Läsning av ett annat ärende", UUID.randomUUID());
        UUID korning = bekraftadKorning(arende);
        assertThatThrownBy(() -> jdbc.sql("select atkomstlogg_pseudonymisera(null, null, :a)")
                        .param("a", new UUID[] {arende})
                        .query(Integer.class)
                        .single())
                .as("without the grant")
                .hasStackTraceContaining("inte gallrade");

        int andrade = transaktion.execute(status -> {
            jdbc.sql("select gallring_tillat(:k, :p, :a)")
                    .param("k", korning)
                    .param("p", personI(korning))
                    .param("a", new UUID[] {arende})
                    .query(Integer.class)
                    .single();
            return jdbc.sql("select atkomstlogg_pseudonymisera(null, null, :a)")
                    .param("a", new UUID[] {arende})
                    .query(Integer.class)
                    .single();
        });
        while (kedja.forsegla() > 0) {
            // until every committed row is sealed
        }

        assertThat(andrade).isOne();
        assertThat(jdbc.sql("select arende_id is null and pseudonymiserad is not null from atkomstlogg where id = :id")
                        .param("id", pseudonymiserad)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(kedja.kontrollera().hel())
                .as("the chain verifies with the pseudonymised row")
                .isTrue();
        assertThatThrownBy(() -> jdbc.sql(
                                "update atkomstlogg set arende_id = null, pseudonymiserad = now() where id = :id")
                        .param("id", orord)
                        .update())
                .as("no grant for that case in this transaction")
                .hasStackTraceContaining("ändras och raderas aldrig");
        Loggkedja.Kontroll andradEfter = iEnTransaktionSomRullasTillbaka(() -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update atkomstlogg set beskrivning = 'Något annat' where id = :id")
                    .param("id", pseudonymiserad)
                    .update();
            return kedja.kontrollera();
        });
        assertThat(andradEfter.brutetId()).contains(pseudonymiserad);
        Loggkedja.Kontroll markeradUtanGrund = iEnTransaktionSomRullasTillbaka(() -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(
                            "update atkomstlogg set person_id = gen_random_uuid(), pseudonymiserad = now(), pseudonymhash = '\\x00' where id = :id")
                    .param("id", orord)
                    .update();
            return kedja.kontrollera();
        });
        assertThat(markeradUtanGrund.brutetId()).contains(orord);
        assertThat(kedja.kontrollera().hel()).isTrue();
    }

    @Test
    void theAuditorChecksTheChainOnItsPage() {
        nyRad("Läsning före revisorns kontroll");
        kedja.forsegla();
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);

        assertThat(revisor.get("/revision/atkomst").body()).contains("/revision/kedja", "Kontrollera loggens kedja");
        String sida = revisor.get("/revision/kedja").body();

        assertThat(sida).contains("Kedjan är hel", "Sista kedjehash som stämmer");
        // the hash shown is a row's chain hash (the job may have sealed more rows since: not necessarily the last now)
        java.util.regex.Matcher hash = java.util.regex.Pattern.compile("id=\"sista-hash\">([0-9a-f]{64})<")
                .matcher(sida);
        assertThat(hash.find()).as(sida).isTrue();
        assertThat(jdbc.sql("select count(*) from atkomstlogg where kedjehash = decode(:h, 'hex')")
                        .param("h", hash.group(1))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aDeniedAttemptOnAnotherUnitsCase_isOnRecord_andAListIsOneRowNamingWhomItShowed() {
        UUID bouArende = jdbc.sql("select id from arende where enhet_kod = 'BOU' order by skapad desc limit 1")
                .query(UUID.class)
                .optional()
                .orElseGet(() -> UUID.randomUUID());
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        long fore = jdbc.sql("select coalesce(max(id), 0) from atkomstlogg")
                .query(Long.class)
                .single();

        assertThat(leo.get("/arenden/" + bouArende).statusCode()).isEqualTo(404);
        leo.get("/uppgifter?vy=enhetens");

        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where id > :fore and anvandarnamn = 'handlaggare.lss'
                           and handling = 'NEKAD' and arende_id = :arende and beskrivning like 'Nekad: GET /arenden/{id}%'""")
                        .param("fore", fore)
                        .param("arende", bouArende)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where id > :fore and anvandarnamn = 'handlaggare.lss'
                           and beskrivning = 'Uppgiftslista: enhetens' and person_id is null""").param("fore", fore).query(Long.class).single())
                .as("one row for the whole list")
                .isOne();
    }

    private long nyRad(String beskrivning) {
        return nyRad(beskrivning, null);
    }

    private long nyRad(String beskrivning, UUID arende) {
        return jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, arende_id, person_id, beskrivning)
                        values ('loggkedjatest', 'LSS:HANDLAGGARE', 'LAS', :arende, :person, :beskrivning) returning id""")
                .param("arende", arende)
                .param("person", UUID.randomUUID())
                .param("beskrivning", beskrivning)
                .query(Long.class)
                .single();
    }

    /** A gallring run that two administrators confirmed, which found the case of a person due (V50's rows, as a run's). */
    private UUID bekraftadKorning(UUID arende) {
        UUID korning = UUID.randomUUID();
        UUID akt = UUID.randomUUID();
        jdbc.sql("""
                        insert into gallringskorning (id, korningsdag, skapad, skapad_av, regelversion, granskade, forfallna,
                                                      undantagna, status)
                        values (:k, current_date, now(), 'loggkedjatest', 'gallring v1', 1, 1, 0, 'FORESLAGEN')""").param("k", korning).update();
        jdbc.sql(
                        "insert into gallringsakt (id, korning_id, person_id, utfall, sista_anteckning) values (:a, :k, :p, 'GALLRAS', current_date)")
                .param("a", akt)
                .param("k", korning)
                .param("p", UUID.randomUUID())
                .update();
        jdbc.sql("""
                        insert into gallringsgrund (akt_id, arende_id, arendenummer, slag, regel, kalla, gallras, aktuell, forfallen)
                        values (:a, :arende, 'LK-1', 'ARENDE', 'FEM_AR_SOL', 'SoL (2025:400) 16 kap. 1 §', true, current_date, true)""").param("a", akt).param("arende", arende).update();
        jdbc.sql("update gallringskorning set status = 'GODKAND', godkand_av = 'forsta', godkand = now() where id = :k")
                .param("k", korning)
                .update();
        jdbc.sql(
                        "update gallringskorning set status = 'BEKRAFTAD', bekraftad_av = 'andra', bekraftad = now() where id = :k")
                .param("k", korning)
                .update();
        return korning;
    }

    private UUID personI(UUID korning) {
        return jdbc.sql("select person_id from gallringsakt where korning_id = :k")
                .param("k", korning)
                .query(UUID.class)
                .single();
    }

    private String beskrivning(long id) {
        return jdbc.sql("select beskrivning from atkomstlogg where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** Runs the statement as tillit_app in a transaction of its own: null when it ran, else the database's message. */
    private String somApplikationen(String sql) {
        AtomicReference<String> fel = new AtomicReference<>();
        transaktion.executeWithoutResult(status -> {
            jdbc.sql("set local role tillit_app").update();
            try {
                this.sql.execute(sql);
            } catch (DataAccessException e) {
                fel.set(e.getMostSpecificCause().getMessage());
            }
            status.setRollbackOnly();
        });
        return fel.get();
    }

    private <T> T iEnTransaktionSomRullasTillbaka(java.util.function.Supplier<T> arbete) {
        return transaktion.execute(status -> {
            status.setRollbackOnly();
            return arbete.get();
        });
    }
}
