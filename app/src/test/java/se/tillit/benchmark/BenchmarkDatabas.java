package se.tillit.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database of its own on the PostgreSQL server the benchmarks run against: 127.0.0.1:5432 with trust auth,
 * or TILLIT_BENCHMARK_JDBC_URL. Left in place afterwards for inspection (docs/performance.md).
 */
public final class BenchmarkDatabas {

    private BenchmarkDatabas() {}

    /**
     * Creates a database named {@code prefix} and the time, points the application's datasource at it, and says how to
     * drop it afterwards.
     */
    public static void skapa(String prefix, DynamicPropertyRegistry registry) throws SQLException {
        String namn = prefix + System.currentTimeMillis();
        String server =
                System.getenv().getOrDefault("TILLIT_BENCHMARK_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try (Connection c = DriverManager.getConnection(server, "postgres", "")) {
            c.createStatement().execute("create database " + namn);
        }
        registry.add("spring.datasource.url", () -> server.substring(0, server.lastIndexOf('/') + 1) + namn);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        System.out.println("The database " + namn
                + " is left for inspection; drop it with: dropdb -h 127.0.0.1 -U postgres " + namn);
    }
}
