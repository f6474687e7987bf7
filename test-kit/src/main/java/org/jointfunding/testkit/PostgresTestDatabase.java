package org.jointfunding.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Points a service's tests at its own database on the real PostgreSQL server and creates that
 * database if it is missing. Dev Services stay off: there is no container engine here.
 *
 * <p>Defaults: {@code jdbc:postgresql://127.0.0.1:5432/<database>} (host and port from {@code PGHOST}
 * and {@code PGPORT} when set) as role {@code portal_test}
 * (password {@code portal_test}), the role {@code deploy/local/test.sh} creates. The standard
 * variables {@code QUARKUS_DATASOURCE_JDBC_URL}, {@code QUARKUS_DATASOURCE_USERNAME} and
 * {@code QUARKUS_DATASOURCE_PASSWORD} override them.
 *
 * <p>{@code PORTAL_TEST_DB_SUFFIX}, when set, is appended to the database name, so that two checkouts
 * on one machine can run their tests at the same time without sharing a database.
 *
 * <p>Use it once per module: {@code @QuarkusTestResource(value = PostgresTestDatabase.class,
 * initArgs = @ResourceArg(name = "database", value = "funding_test"))}.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = withSuffix(initArgs.getOrDefault("database", "portal_test"));
    }

    @Override
    public Map<String, String> start() {
        String url = env("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database);
        String user = env("QUARKUS_DATASOURCE_USERNAME", "portal_test");
        String password = env("QUARKUS_DATASOURCE_PASSWORD", "portal_test");
        createDatabaseIfMissing(url, user, password);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
    }

    /** Creates the database named by {@code url} unless it exists, connecting to the server's {@code postgres} database. */
    public static void createDatabaseIfMissing(String url, String user, String password) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = url.substring(slash + 1, query < 0 ? url.length() : query);
        String maintenanceUrl = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                if (exists.executeQuery().next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
            } catch (SQLException raced) {
                if (!"42P04".equals(raced.getSQLState())) { // 42P04: another build created it meanwhile
                    throw raced;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    Cannot reach PostgreSQL at %s as %s (%s).
                    Run deploy/local/test.sh, which starts PostgreSQL and creates the test role, or set
                    QUARKUS_DATASOURCE_JDBC_URL / QUARKUS_DATASOURCE_USERNAME / QUARKUS_DATASOURCE_PASSWORD."""
                    .formatted(maintenanceUrl, user, e.getMessage()), e);
        }
    }

    /** The database name with this checkout's {@code PORTAL_TEST_DB_SUFFIX} appended, if any. */
    public static String withSuffix(String database) {
        return database + env("PORTAL_TEST_DB_SUFFIX", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
