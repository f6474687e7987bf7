package org.jointfunding.e2e;

import io.restassured.RestAssured;
import org.awaitility.Awaitility;
import org.jointfunding.testkit.PostgresTestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The five packaged services running as separate processes on free ports, each service on a fresh
 * database, wired together exactly as deploy/local/run.sh wires them (only ports differ). Started
 * once per test JVM; stopped by a shutdown hook. Logs: deploy/e2e/target/e2e-logs/.
 * <p>
 * {@link #startReplicas} adds a second process of each service on the same databases ({@code identity-2},
 * ...) and two more gateways: {@code gateway-1} in front of the first processes and {@code gateway-2} in
 * front of the second ones, so a request's path through the second gateway touches no first process.
 */
final class RunningSuite {

    static final String ADMIN_EMAIL = "admin@e2e.test";
    static final String ADMIN_PASSWORD = "correct-horse-battery-staple-9";
    private static final String EVENTS_CREDENTIAL = "e2e-events-credential";
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final Duration STARTUP_SETTLES = Duration.ofSeconds(3);
    static final List<String> SERVICES = List.of("identity", "funding", "mentorship", "notification");
    /** How often funding's scheduled jobs fire here: several periods fit in a test. */
    static final Duration FUNDING_JOB_PERIOD = Duration.ofSeconds(2);

    private static RunningSuite instance;

    private final Path root = Path.of(System.getProperty("suite.root", "../.."));
    private final Path logs = Path.of("target/e2e-logs");
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, String> startupLogs = new LinkedHashMap<>();
    /** Settings of the replicas' two gateways, on top of the first gateway's. */
    private Map<String, String> replicaGatewaySettings = Map.of();
    /** How the services reach PostgreSQL: through a link a test can cut (the tests themselves connect directly). */
    private final DatabaseLink database = new DatabaseLink(env("PGHOST", "127.0.0.1"), Integer.parseInt(env("PGPORT", "5432")));

    static synchronized RunningSuite get() {
        if (instance == null) {
            instance = new RunningSuite();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll));
            instance.startAll();
        }
        return instance;
    }

    String gateway() {
        return url("gateway");
    }

    /** Everything the service has logged so far. */
    String log(String service) {
        try {
            return Files.readString(logs.resolve(service + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a process: a service's name, or a replica's ({@code funding-2}, {@code gateway-1}). */
    String url(String instance) {
        return "http://127.0.0.1:" + ports.get(instance);
    }

    private RunningSuite() {
        for (String service : List.of("identity", "funding", "mentorship", "notification", "gateway")) {
            ports.put(service, freePort());
        }
    }

    /**
     * Starts a second process of each service and the two replica gateways (with these settings on
     * top of the first gateway's), and waits until all are ready.
     */
    void startReplicas(Map<String, String> gatewaySettings) {
        replicaGatewaySettings = gatewaySettings;
        List<String> replicas = new ArrayList<>();
        SERVICES.forEach(service -> replicas.add(service + "-2"));
        replicas.addAll(List.of("gateway-1", "gateway-2"));
        replicas.forEach(replica -> ports.put(replica, freePort()));
        replicas.forEach(this::start);
        replicas.forEach(this::awaitReady);
    }

    /** Stops what {@link #startReplicas} started, so later tests see one process of each service again. */
    void stopReplicas() {
        for (String replica : List.of("gateway-2", "gateway-1", "notification-2", "mentorship-2", "funding-2", "identity-2")) {
            stop(replica);
            ports.remove(replica);
        }
    }

    private void startAll() {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String db : SERVICES) {
            recreateDatabase(PostgresTestDatabase.withSuffix(db + "_e2e"));
        }
        ports.keySet().forEach(service -> {
            try {
                Files.deleteIfExists(logs.resolve(service + ".log")); // a fresh log per run; restarts append
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start(service);
        });
        ports.keySet().forEach(this::awaitReady);
        try {
            Thread.sleep(STARTUP_SETTLES.toMillis()); // the first runs of scheduled jobs, which start with the service
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ports.keySet().forEach(service -> startupLogs.put(service, log(service)));
    }

    /** What the service logged while starting, before any test ran. */
    String startupLog(String service) {
        return startupLogs.get(service);
    }

    /** Starts one service (again, after {@link #stop}) and waits until it is ready. */
    void restart(String service) {
        start(service);
        awaitReady(service);
    }

    DatabaseLink database() {
        return database;
    }

    /** A sample on the process's own /q/metrics (the gateway does not route /q/**); 0 when the series is not there yet. */
    double metric(String instance, String series) {
        return RestAssured.given().get(url(instance) + "/q/metrics").then().statusCode(200).extract().asString()
                .lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }

    /** Whether the service's readiness check passes now. */
    boolean ready(String service) {
        return status(url(service) + "/q/health/ready") == 200;
    }

    /** Ends the service's process at once, as a crash or an out-of-memory kill would. */
    void kill(String service) {
        stop(service, true);
    }

    void stop(String service) {
        stop(service, false);
    }

    private void stop(String service, boolean forcibly) {
        Process process = processes.remove(service);
        if (process != null) {
            if (forcibly) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void start(String instance) {
        String service = instance.replaceAll("-\\d$", "");
        String module = service.equals("gateway") ? "gateway" : service + "-service";
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(instance + ".log").toFile()));
        builder.environment().putAll(environment(instance, service));
        try {
            processes.put(instance, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> environment(String instance, String service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(instance)));
        // a second replica talks to the other second replicas; gateway-1 to the first processes
        String side = instance.endsWith("-2") ? "-2" : "";
        Function<String, String> url = other -> url(other + side);
        String jwks = url.apply("identity") + "/api/identity/jwks";
        switch (service) {
            case "identity" -> {
                database(env, PostgresTestDatabase.withSuffix("identity_e2e"));
                env.put("PORTAL_KEYS_ENCRYPTION_SECRET", "e2e-keys-encryption-secret");
                env.put("PORTAL_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
                env.put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
                env.put("PORTAL_EVENTS_CREDENTIAL", EVENTS_CREDENTIAL);
                env.put("PORTAL_NOTIFICATIONS_URL", url.apply("notification"));
                env.put("PORTAL_OUTBOX_MAX_BACKOFF", "5s");
            }
            case "funding" -> {
                database(env, PostgresTestDatabase.withSuffix("funding_e2e"));
                env.put("PORTAL_IDENTITY_JWKS_URL", jwks);
                env.put("PORTAL_MENTORSHIP_URL", url.apply("mentorship"));
                env.put("PORTAL_NOTIFICATIONS_URL", url.apply("notification"));
                env.put("PORTAL_EVENTS_CREDENTIAL", EVENTS_CREDENTIAL);
                env.put("PORTAL_OUTBOX_MAX_BACKOFF", "5s"); // retry soon once mentorship is back
                env.put("PORTAL_CALLS_CLOSE_CHECK_INTERVAL", FUNDING_JOB_PERIOD.getSeconds() + "s");
                env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"); // one service logs JSON, as a log collector wants
            }
            case "mentorship" -> {
                database(env, PostgresTestDatabase.withSuffix("mentorship_e2e"));
                env.put("PORTAL_IDENTITY_JWKS_URL", jwks);
                env.put("PORTAL_EVENTS_CREDENTIAL", EVENTS_CREDENTIAL);
                env.put("PORTAL_NOTIFICATIONS_URL", url.apply("notification"));
                env.put("PORTAL_OUTBOX_MAX_BACKOFF", "5s");
            }
            case "notification" -> {
                database(env, PostgresTestDatabase.withSuffix("notification_e2e"));
                env.put("PORTAL_IDENTITY_JWKS_URL", jwks);
                env.put("PORTAL_IDENTITY_URL", url.apply("identity"));
                env.put("PORTAL_EVENTS_CREDENTIAL", EVENTS_CREDENTIAL);
                env.put("PORTAL_PUBLIC_URL", url("gateway")); // the links in e-mails
                // a real SMTP server in this test JVM (Mailbox); e-mails are switched on as a deployment would
                env.put("PORTAL_MAIL_ENABLED", "true");
                env.put("PORTAL_MAIL_POLL_INTERVAL", "1s");
                env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
                env.put("QUARKUS_MAILER_PORT", String.valueOf(Mailbox.get().port()));
            }
            case "gateway" -> {
                env.put("GATEWAY_UPSTREAMS_IDENTITY_URL", url.apply("identity"));
                env.put("GATEWAY_UPSTREAMS_FUNDING_URL", url.apply("funding"));
                env.put("GATEWAY_UPSTREAMS_MENTORSHIP_URL", url.apply("mentorship"));
                env.put("GATEWAY_UPSTREAMS_NOTIFICATIONS_URL", url.apply("notification"));
                env.put("GATEWAY_RATE_LIMIT_CREDENTIALS_REQUESTS", "10000"); // the tests sign in often, from one address
                env.put("GATEWAY_RATE_LIMIT_ANONYMOUS_REQUESTS", "10000"); // browsers of several journeys at once, one address
                if (!instance.equals("gateway")) {
                    env.putAll(replicaGatewaySettings);
                }
            }
            default -> throw new IllegalArgumentException(service);
        }
        return env;
    }

    private void awaitReady(String instance) {
        Awaitility.await(instance + " ready (log: " + logs.resolve(instance + ".log").toAbsolutePath() + ")")
                .atMost(READY_WITHIN).pollInterval(Duration.ofMillis(250))
                .failFast(instance + " exited", () -> !processes.get(instance).isAlive())
                .until(() -> ready(instance));
    }

    private void stopAll() {
        List<String> running = new ArrayList<>(processes.keySet());
        Collections.reverse(running); // the gateways first, identity last
        running.forEach(this::stop);
    }

    private void database(Map<String, String> env, String name) {
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + name);
        env.put("QUARKUS_DATASOURCE_USERNAME", dbUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword());
    }

    private static void recreateDatabase(String name) {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), dbUser(), dbPassword());
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare database " + name + ": " + e.getMessage(), e);
        }
        PostgresTestDatabase.createDatabaseIfMissing(jdbcUrl(name), dbUser(), dbPassword());
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database;
    }

    private static String dbUser() {
        return env("QUARKUS_DATASOURCE_USERNAME", "portal_test");
    }

    private static String dbPassword() {
        return env("QUARKUS_DATASOURCE_PASSWORD", "portal_test");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
