package se.tillit.kluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;

/**
 * Two (or more) Tillit nodes as separate JVMs ({@code java -jar app/target/tillit.jar}) on one PostgreSQL of their
 * own (initdb in a temporary folder, loopback only) and a GreenMail SMTP server, all on this machine. Everything is
 * torn down by {@link #close()}; every wait is bounded.
 */
public final class Kluster implements AutoCloseable {

    static final int PG_PORT = Integer.getInteger("tillit.kluster.pg-port", 55432);
    static final int SMTP_PORT = Integer.getInteger("tillit.kluster.smtp-port", 13025);
    static final int NOD_PORT = Integer.getInteger("tillit.kluster.nod-port", 18081);
    static final int[] NOD_PORTAR = {NOD_PORT, NOD_PORT + 1};
    static final String DATABAS = "tillit";

    private final Path katalog;
    private final Path pgData;
    private final Path pgBin;
    private final Path jar;
    private final Map<String, String> extraEgenskaper;
    private final List<Nod> noder = new ArrayList<>();
    private GreenMail greenMail;
    private SingleConnectionDataSource dataSource;

    /** @param extraEgenskaper system properties for every node, e.g. the job executor's settings */
    public Kluster(Map<String, String> extraEgenskaper) throws IOException {
        this.extraEgenskaper = new LinkedHashMap<>(extraEgenskaper);
        this.jar =
                Paths.get(System.getProperty("tillit.jar", "target/tillit.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "No " + jar + ": package the app first (mvn -pl app verify -Pcluster does)");
        }
        this.pgBin = hittaPgBin();
        this.katalog = Files.createTempDirectory("tillit-kluster-");
        this.pgData = katalog.resolve("pgdata");
        logga("cluster folder " + katalog + ", jar " + jar);
    }

    // ---------------------------------------------------------------- PostgreSQL

    public void startaDatabas() throws Exception {
        kor(List.of("chown", "-R", "postgres:postgres", katalog.toString()));
        kor(List.of(
                "runuser",
                "-u",
                "postgres",
                "--",
                pgBin.resolve("initdb").toString(),
                "-D",
                pgData.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8"));
        Files.writeString(
                pgData.resolve("postgresql.conf"),
                """
                listen_addresses = '127.0.0.1'
                port = %d
                unix_socket_directories = '%s'
                max_connections = 200
                shared_buffers = 256MB
                """.formatted(PG_PORT, katalog),
                java.nio.file.StandardOpenOption.APPEND);
        startaPostgres();
        kor(List.of(
                "runuser",
                "-u",
                "postgres",
                "--",
                pgBin.resolve("createdb").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(PG_PORT),
                "-U",
                "postgres",
                DATABAS));
    }

    public void startaPostgres() throws Exception {
        kor(List.of(
                "runuser",
                "-u",
                "postgres",
                "--",
                pgBin.resolve("pg_ctl").toString(),
                "-D",
                pgData.toString(),
                "-l",
                katalog.resolve("postgres.log").toString(),
                "-w",
                "-t",
                "60",
                "start"));
    }

    /** Stops PostgreSQL at once, as a crash would (-m immediate): open connections break, recovery at the next start. */
    public void stoppaPostgresOmedelbart() throws Exception {
        kor(List.of(
                "runuser",
                "-u",
                "postgres",
                "--",
                pgBin.resolve("pg_ctl").toString(),
                "-D",
                pgData.toString(),
                "-m",
                "immediate",
                "-w",
                "-t",
                "60",
                "stop"));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + DATABAS;
    }

    /** A JDBC client of the harness (one connection, reconnected after the database was stopped). */
    public synchronized JdbcClient jdbc() {
        try {
            if (dataSource == null
                    || dataSource.getConnection().isClosed()
                    || !dataSource.getConnection().isValid(2)) {
                if (dataSource != null) {
                    dataSource.destroy();
                }
                Connection anslutning = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                dataSource = new SingleConnectionDataSource(anslutning, true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JdbcClient.create(dataSource);
    }

    public long antal(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    // ---------------------------------------------------------------- mail

    public void startaEpost() {
        greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public void stoppaEpost() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    public GreenMail epost() {
        return greenMail;
    }

    // ---------------------------------------------------------------- nodes

    public Nod nod(int index) {
        return noder.get(index);
    }

    public List<Nod> noder() {
        return noder;
    }

    /** Starts node {@code index} (0 or 1) and waits until it is ready. The first start creates the engine's tables. */
    public Nod startaNod(int index) throws Exception {
        while (noder.size() <= index) {
            noder.add(null);
        }
        int port = NOD_PORTAR[index];
        List<String> kommando = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-XX:+UseSerialGC"));
        extraEgenskaper.forEach((namn, varde) -> kommando.add("-D" + namn + "=" + varde));
        kommando.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(kommando)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        katalog.resolve("nod" + (index + 1) + ".log").toFile()))
                .directory(katalog.toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("SPRING_DATASOURCE_URL", jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", String.valueOf(SMTP_PORT));
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        env.put("TILLIT_SECURE_COOKIE", "false");
        env.put("TILLIT_LOG_FORMAT", "");
        env.put("TILLIT_BASE_URL", "http://127.0.0.1:" + port);
        Instant start = Instant.now();
        Process process = builder.start();
        Nod nod = new Nod(index, port, process);
        noder.set(index, nod);
        vanta("node " + (index + 1) + " ready", Duration.ofSeconds(240), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + (index + 1) + " exited at start; see "
                        + katalog.resolve("nod" + (index + 1) + ".log"));
            }
            return nod.redo();
        });
        nod.iTjanst = true;
        logga("node " + (index + 1) + " (pid " + process.pid() + ") ready in "
                + Duration.between(start, Instant.now()).toSeconds() + " s");
        return nod;
    }

    /**
     * The harness's users get a cheap bcrypt cost (4) so that the service account's HTTP Basic on every request to
     * {@code /engine-rest} does not take the two cores (the benchmarks do the same); people log in once per node. The
     * password stays the demo password.
     */
    public void billigaLosenord() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(DemoKonton.LOSENORD);
        jdbc().sql("update anvandare set losenord_hash = :h").param("h", hash).update();
    }

    /**
     * The service account the harness drives the engine with through {@code /engine-rest}: the demo's {@code integration}
     * account (role INTEGRATION, engine group {@code tillit-integration}, which is granted nothing). ADMIN operates the
     * engine and reads no case (docs/adr/0019), so it can no longer start instances or complete tasks there. The grants are
     * the user's own, on the two definitions the tests drive, and no more than they do:
     * <ul>
     * <li>{@code sip}: find the definition by its key and start an instance (before "Skicka kallelse",
     * {@link Paminnelsetimrar}): without READ the start by key answers 404, "No matching process definition";</li>
     * <li>{@code forhandsbedomning}: find and complete the skyddsbedömning, find the instance and read its deadline
     * variable ({@link SamtidigKorrelationTest}).</li>
     * </ul>
     * Written into the engine's table by the harness (as a municipality's ADMIN would in Camunda Admin with their own
     * superuser): the engine reads authorizations from it on every check. Call after the first node has started (it
     * creates the engine's tables).
     */
    public void tjanstekontoForMotorn() {
        bevilja(
                org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION,
                "sip",
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ,
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
        bevilja(
                org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE,
                "*",
                org.camunda.bpm.engine.authorization.ProcessInstancePermissions.CREATE);
        bevilja(
                org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION,
                "forhandsbedomning",
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ,
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK,
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK,
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE,
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
    }

    /** The service account of {@link #tjanstekontoForMotorn()}. */
    public static final String TJANSTEKONTO = DemoKonton.INTEGRATION;

    private void bevilja(
            org.camunda.bpm.engine.authorization.Resource resurs,
            String id,
            org.camunda.bpm.engine.authorization.Permission... behorigheter) {
        int bitar = 0;
        for (org.camunda.bpm.engine.authorization.Permission behorighet : behorigheter) {
            bitar |= behorighet.getValue();
        }
        jdbc().sql("""
                insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_, perms_)
                values (:id, 1, :typ, :anvandare, :resurs, :resursId, :bitar)""")
                .param("id", java.util.UUID.randomUUID().toString())
                .param("typ", org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT)
                .param("anvandare", TJANSTEKONTO)
                .param("resurs", resurs.resourceType())
                .param("resursId", id)
                // a grant starts from NONE (0) and adds each permission's bit, as AuthorizationEntity.addPermission
                // does
                .param("bitar", bitar)
                .update();
    }

    public final class Nod {
        final int index;
        final int port;
        Process process;
        /** In the load balancer: the load sends to it. Taken out before a planned stop, put in when ready. */
        volatile boolean iTjanst;

        Nod(int index, int port, Process process) {
            this.index = index;
            this.port = port;
            this.process = process;
        }

        public String namn() {
            return "node " + (index + 1);
        }

        public long pid() {
            return process.pid();
        }

        public boolean redo() {
            try {
                return HttpSession.anonymous(bas())
                                .timeout(Duration.ofSeconds(3))
                                .raw("GET", "/actuator/health/readiness", null, null)
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            }
        }

        public String bas() {
            return "http://127.0.0.1:" + port;
        }

        /** kill -9: no shutdown hook, no graceful stop of the job executor, open transactions die with it. */
        public void dodaHart() throws InterruptedException {
            logga("kill -9 " + namn() + " (pid " + process.pid() + ")");
            process.destroyForcibly();
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        /** SIGTERM: Spring's graceful shutdown (the job executor stops, running requests finish). */
        public void stoppa() throws InterruptedException {
            logga("stop (SIGTERM) " + namn());
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }

        /**
         * A call to the node's API as {@code anvandare}: a service account ({@link DemoKonton#TJANSTEKONTON}) with HTTP
         * Basic, a person with their session on this node (issue 16: people never use HTTP Basic), as
         * {@code HttpSession.api} does in the ordinary tests.
         */
        public HttpResponse<String> post(String anvandare, String sokvag, String json)
                throws IOException, InterruptedException {
            return skicka(anvandare, sokvag, "POST", json.getBytes(StandardCharsets.UTF_8));
        }

        public HttpResponse<String> get(String anvandare, String sokvag) throws IOException, InterruptedException {
            return skicka(anvandare, sokvag, "GET", null);
        }

        /**
         * Logs {@code anvandare} (a person) in on this node now, if not yet: a test whose requests must leave at the same
         * moment calls it first, so that the first request does not wait for the login.
         */
        public void loggaIn(String anvandare) throws IOException, InterruptedException {
            sessioner.computeIfAbsent(anvandare, Inloggning::new).session();
        }

        private HttpResponse<String> skicka(String anvandare, String sokvag, String metod, byte[] kropp)
                throws IOException {
            Inloggning inloggning = sessioner.computeIfAbsent(anvandare, Inloggning::new);
            HttpSession session = inloggning.session();
            HttpResponse<String> svar = skicka(session, sokvag, metod, kropp);
            if (svar.statusCode() == 401 && !DemoKonton.TJANSTEKONTON.contains(anvandare)) {
                // the session has ended (30 minutes idle between two scenarios): a 401 did nothing, so log in and send
                // again
                logga(anvandare + "'s session on " + namn() + " ended (401): logging in again");
                svar = skicka(inloggning.nySession(session), sokvag, metod, kropp);
            }
            return svar;
        }

        private static HttpResponse<String> skicka(HttpSession session, String sokvag, String metod, byte[] kropp)
                throws IOException {
            return session.raw(
                    metod,
                    sokvag,
                    metod.equals("GET") ? null : "application/json",
                    kropp,
                    "Accept",
                    "application/json");
        }

        /**
         * People's sessions on this node, one per user, made at the first call. A session is this node's alone: the
         * nodes keep sessions in their own memory (the embedded Tomcat's session manager; there is no Spring Session
         * in the build and no session table, docs/operations.md: "sessions are per node today, so a load balancer
         * needs sticky sessions"), so a session of node 1 is unknown to node 2, and a restarted node (a new
         * {@link Nod}) starts without any.
         */
        private final Map<String, Inloggning> sessioner = new ConcurrentHashMap<>();

        /** One account's session on this node (HTTP Basic for a service account); the threads of a load share it. */
        private final class Inloggning {
            private final String anvandare;
            private HttpSession session;

            Inloggning(String anvandare) {
                this.anvandare = anvandare;
            }

            synchronized HttpSession session() {
                if (session == null) {
                    session = loggaIn();
                }
                return session;
            }

            /** A new session unless another thread has already replaced the one that got the 401. */
            synchronized HttpSession nySession(HttpSession utgangen) {
                if (session == utgangen) {
                    session = null;
                }
                return session();
            }

            /**
             * The login form as a browser fills it ({@code HttpSession.api}: GET /login for its {@code _csrf} field,
             * POST /login with user name, password and token, the session cookie it sets kept), then the session's
             * CSRF token for the API read from the start page at once; a service account sends HTTP Basic instead.
             */
            private HttpSession loggaIn() {
                HttpSession inloggad =
                        HttpSession.api(bas(), anvandare, DemoKonton.LOSENORD).timeout(Duration.ofSeconds(30));
                if (DemoKonton.TJANSTEKONTON.contains(anvandare)) {
                    return inloggad;
                }
                HttpResponse<String> svar = inloggad.loginResponse();
                String plats = svar.headers().firstValue("Location").orElse("");
                if (svar.statusCode() != 302
                        || plats.contains("/login")
                        || inloggad.sessionCookie().isEmpty()) {
                    throw new IllegalStateException(
                            anvandare + " could not log in on " + namn() + ": " + svar.statusCode() + " to " + plats);
                }
                inloggad.apiCsrfToken();
                logga(anvandare + " logged in on " + namn());
                return inloggad;
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    public Path katalog() {
        return katalog;
    }

    public static void vanta(String vad, Duration hogst, BooleanSupplier villkor) throws InterruptedException {
        Instant grans = Instant.now().plus(hogst);
        while (!villkor.getAsBoolean()) {
            if (Instant.now().isAfter(grans)) {
                throw new AssertionError("Timed out after " + hogst.toSeconds() + " s waiting for " + vad);
            }
            Thread.sleep(250);
        }
    }

    public static void logga(String text) {
        System.out.println(Instant.now() + " [kluster] " + text);
    }

    private void kor(List<String> kommando) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(kommando).redirectErrorStream(true).start();
        String utdata = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", kommando) + " failed:\n" + utdata);
        }
    }

    private static Path hittaPgBin() throws IOException {
        String egen = System.getProperty("tillit.kluster.pg-bin");
        if (egen != null) {
            return Paths.get(egen);
        }
        try (var versioner = Files.list(Paths.get("/usr/lib/postgresql"))) {
            return versioner
                    .filter(p -> Files.isExecutable(p.resolve("bin/initdb")))
                    .max(Comparator.comparing(
                            p -> Integer.parseInt(p.getFileName().toString())))
                    .map(p -> p.resolve("bin"))
                    .orElseThrow(
                            () -> new IllegalStateException("No PostgreSQL server binaries under /usr/lib/postgresql"));
        }
    }

    public static boolean portOppen(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (Nod nod : noder) {
            if (nod != null && nod.process.isAlive()) {
                nod.process.destroyForcibly();
                try {
                    nod.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (dataSource != null) {
            dataSource.destroy();
        }
        stoppaEpost();
        try {
            Path loggar = Paths.get(System.getProperty("tillit.kluster.loggar", "target/cluster-logs"));
            Files.createDirectories(loggar);
            try (var filer = Files.list(katalog)) {
                for (Path logg :
                        filer.filter(p -> p.toString().endsWith(".log")).toList()) {
                    Files.copy(
                            logg,
                            loggar.resolve(katalog.getFileName() + "-" + logg.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            logga("could not keep the logs: " + e.getMessage());
        }
        try {
            if (Files.exists(pgData.resolve("postmaster.pid"))) {
                stoppaPostgresOmedelbart();
            }
        } catch (Exception e) {
            logga("could not stop PostgreSQL: " + e.getMessage());
        }
        if (Boolean.getBoolean("tillit.kluster.behall")) {
            logga("kept " + katalog + " (tillit.kluster.behall)");
            return;
        }
        try (var filer = Files.walk(katalog)) {
            filer.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            logga("could not remove " + katalog + ": " + e.getMessage());
        }
    }
}
