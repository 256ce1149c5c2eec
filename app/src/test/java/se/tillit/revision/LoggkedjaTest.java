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

        assertThatThrownBy(() -> jdbc.sql("update atkomstlogg set beskrivning = 'ändrad' where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ändras och raderas aldrig");
        assertThatThrownBy(() -> jdbc.sql("delete from atkomstlogg where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ändras och raderas aldrig");
        assertThatThrownBy(() -> jdbc.sql("truncate atkomstlogg").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ändras och raderas aldrig");
        // nor can the inserting code choose its own hash or place in the chain
        long forfalskad = jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, beskrivning, innehallshash, kedjeposition, kedjehash)
                        values ('test', '', 'LAS', 'Förfalskad', '\\x00', 999999999, '\\x00') returning id""").query(Long.class).single();
        assertThat(jdbc.sql("select kedjeposition is null and innehallshash <> '\\x00' from atkomstlogg where id = :id")
                .param("id", forfalskad).query(Boolean.class).single()).isTrue();
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

        assertThat(somApplikationen("insert into atkomstlogg (anvandarnamn, roller, handling, beskrivning) values ('app', '', 'LAS', 'Som appen')"))
                .isNull();
        assertThat(somApplikationen("select count(*) from atkomstlogg where id = " + id)).isNull();
        assertThat(somApplikationen("select atkomstlogg_forsegla(10)")).as("sealing runs as the owner").isNull();
        assertThat(somApplikationen("update atkomstlogg set beskrivning = 'x' where id = " + id)).contains("permission denied");
        assertThat(somApplikationen("delete from atkomstlogg where id = " + id)).contains("permission denied");
        // the rest of the schema stays writable for it
        assertThat(somApplikationen("update enhet set namn = namn where kod = 'LSS'")).isNull();
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
        List<Long> positioner = rader.stream().map(id -> jdbc.sql("select kedjeposition from atkomstlogg where id = :id")
                .param("id", id).query(Long.class).single()).toList();
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
            jdbc.sql("update atkomstlogg set beskrivning = 'Något annat' where id = :id").param("id", andrad).update();
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
            jdbc.sql("delete from atkomstlogg where id = :id").param("id", borttagen).update();
            return kedja.kontrollera();
        });

        assertThat(kontroll.brutetId()).contains(efter);
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
        java.util.regex.Matcher hash = java.util.regex.Pattern.compile("id=\"sista-hash\">([0-9a-f]{64})<").matcher(sida);
        assertThat(hash.find()).as(sida).isTrue();
        assertThat(jdbc.sql("select count(*) from atkomstlogg where kedjehash = decode(:h, 'hex')").param("h", hash.group(1))
                .query(Long.class).single()).isOne();
    }

    @Test
    void aDeniedAttemptOnAnotherUnitsCase_isOnRecord_andAListIsOneRowNamingWhomItShowed() {
        UUID bouArende = jdbc.sql("select id from arende where enhet_kod = 'BOU' order by skapad desc limit 1")
                .query(UUID.class).optional().orElseGet(() -> UUID.randomUUID());
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        long fore = jdbc.sql("select coalesce(max(id), 0) from atkomstlogg").query(Long.class).single();

        assertThat(leo.get("/arenden/" + bouArende).statusCode()).isEqualTo(404);
        leo.get("/uppgifter?vy=enhetens");

        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where id > :fore and anvandarnamn = 'handlaggare.lss'
                           and handling = 'NEKAD' and arende_id = :arende and beskrivning like 'Nekad: GET /arenden/{id}%'""")
                .param("fore", fore).param("arende", bouArende).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where id > :fore and anvandarnamn = 'handlaggare.lss'
                           and beskrivning = 'Uppgiftslista: enhetens' and person_id is null""")
                .param("fore", fore).query(Long.class).single()).as("one row for the whole list").isOne();
    }

    private long nyRad(String beskrivning) {
        return jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, person_id, beskrivning)
                        values ('loggkedjatest', 'LSS:HANDLAGGARE', 'LAS', :person, :beskrivning) returning id""")
                .param("person", UUID.randomUUID()).param("beskrivning", beskrivning).query(Long.class).single();
    }

    private String beskrivning(long id) {
        return jdbc.sql("select beskrivning from atkomstlogg where id = :id").param("id", id).query(String.class).single();
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
