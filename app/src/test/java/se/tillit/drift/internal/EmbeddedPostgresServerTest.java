package se.tillit.drift.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's embedded PostgreSQL keeps its data, durably, and survives an unclean end. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestartAndAnOrphanLeftByAKilledRunIsStopped() throws Exception {
        Path data = folder.resolve("postgres");
        // a first run in its own JVM writes a row and is killed with SIGKILL, leaving its PostgreSQL behind
        Process firstRun = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        FirstRun.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(firstRun.getInputStream()));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("READY")) {
            // wait for the row to be written
        }
        assertThat(line).as("the first run started").startsWith("READY");
        firstRun.destroyForcibly().waitFor();

        EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data.toString(), LogFactory.getLog(getClass()));

        assertThat(query(second.jdbcUrl(), "select rad from minne")).isEqualTo("kvar");
        assertThat(query(second.jdbcUrl(), "show fsync")).isEqualTo("on");
        assertThat(query(second.jdbcUrl(), "show server_version")).startsWith("16.");
    }

    @Test
    void aPostgresOfAnotherFolderIsLeftAlone() throws Exception {
        try (EmbeddedPostgres other = EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("annan"))
                .start()) {
            OrphanedPostmaster.stopIfAny(folder.resolve("postgres"), LogFactory.getLog(getClass()));

            assertThat(query(other.getJdbcUrl("postgres", "postgres"), "select 'lever'"))
                    .isEqualTo("lever");
        }
    }

    /** The first run: starts the server on the folder, writes, says READY and waits to be killed. */
    public static class FirstRun {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(args[0], LogFactory.getLog(FirstRun.class));
            execute(server.jdbcUrl(), "create table minne (rad text); insert into minne values ('kvar')");
            System.out.println("READY");
            Thread.sleep(120_000);
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute(sql);
        }
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
