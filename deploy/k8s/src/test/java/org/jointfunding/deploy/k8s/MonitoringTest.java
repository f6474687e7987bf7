package org.jointfunding.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/monitoring's alert rules and Grafana dashboard name only metrics the suite publishes: the
 * portal's own (found in the code where they are registered) and those Quarkus publishes for every
 * service. A renamed counter fails here instead of silencing an alert.
 */
class MonitoringTest {

    private static final Path MONITORING = Suite.ROOT.resolve("deploy/monitoring");
    /** Published by Quarkus (Micrometer) for every service, and by Prometheus itself. */
    private static final Set<String> FRAMEWORK = Set.of("up", "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum", "http_server_requests_seconds_max", "jvm_memory_used_bytes",
            "jvm_memory_max_bytes");
    private static final Pattern METRIC = Pattern.compile("\\b((?:portal|gateway|http|jvm)_[a-z0-9_]+|up)\\s*[{(\\s]");
    /** service-kit's counters of committed business events, and Micrometer counters built directly (the gateway's). */
    private static final Pattern COUNTER = Pattern.compile("(?:countOnCommit|Counter\\.builder)\\(\"([a-z.]+)\"");
    private static final Pattern GAUGE = Pattern.compile("Gauge\\.builder\\(\"([a-z.]+)\"([^;]*);");
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\"(\\w+)\"\\)");

    @Test
    void everyAlertIsCompleteAndNamesPublishedMetrics() {
        JsonNode rules = yaml(MONITORING.resolve("alerts.yml"));
        Set<String> alerts = new HashSet<>();
        List<String> exprs = new ArrayList<>();
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText();
                assertFalse(name.isBlank(), "a rule without a name in group " + group.path("name"));
                assertTrue(alerts.add(name), "two alerts named " + name);
                assertFalse(rule.path("expr").asText().isBlank(), name + " has no expr");
                assertTrue(rule.path("for").asText().matches("\\d+[smh]"), name + " fires on one scrape: give it a 'for'");
                assertTrue(Set.of("page", "ticket").contains(rule.path("labels").path("severity").asText()), name + " severity");
                assertFalse(rule.path("annotations").path("summary").asText().isBlank(), name + " has no summary");
                exprs.add(rule.path("expr").asText());
            }
        }
        assertTrue(alerts.size() >= 5, "alerts: " + alerts);
        assertPublished(exprs, "alerts.yml");
    }

    @Test
    void everyDashboardPanelQueriesPublishedMetrics() {
        JsonNode dashboard = json(MONITORING.resolve("grafana-dashboard.json"));
        List<String> exprs = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "two panels with id " + panel.path("id"));
            assertFalse(panel.path("targets").isEmpty(), panel.path("title") + " has no query");
            panel.path("targets").forEach(target -> exprs.add(target.path("expr").asText()));
        }
        assertPublished(exprs, "grafana-dashboard.json");
        Set<String> named = named(exprs);
        for (String business : List.of("portal_applications_submitted_total", "portal_awards_total", "portal_matches_total",
                "portal_outbox_dead_lettered")) {
            assertTrue(named.contains(business), "the dashboard shows no " + business);
        }
    }

    @Test
    void theCodeRegistersWhatTheChecksLookFor() {
        Set<String> published = published();
        assertTrue(published.containsAll(Set.of("portal_applications_submitted_total", "portal_awards_total",
                "portal_matches_total", "portal_outbox_pending", "portal_outbox_oldest_pending_seconds",
                "portal_outbox_dead_lettered", "portal_outbox_deliveries_total", "gateway_rate_limit_redis_available",
                "gateway_rate_limit_redis_fallbacks_total")),
                "found in the code: " + published);
    }

    private static void assertPublished(List<String> exprs, String file) {
        Set<String> unknown = new TreeSet<>(named(exprs));
        unknown.removeAll(published());
        unknown.removeAll(FRAMEWORK);
        assertEquals(Set.of(), unknown, file + " names metrics nobody publishes");
    }

    private static Set<String> named(List<String> exprs) {
        Set<String> names = new TreeSet<>();
        for (String expr : exprs) {
            Matcher m = METRIC.matcher(expr + " ");
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Prometheus names of the portal's own meters, read from where the code registers them. */
    private static Set<String> published() {
        Set<String> names = new TreeSet<>();
        Stream<Path> sources = Stream.concat(Suite.MODULES.values().stream(), Stream.of("service-kit"))
                .map(module -> Suite.ROOT.resolve(module).resolve("src/main/java"));
        try (Stream<Path> files = sources.flatMap(MonitoringTest::walk)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .map(Suite::read)
                    .forEach(source -> {
                        Matcher counter = COUNTER.matcher(source);
                        while (counter.find()) {
                            names.add(counter.group(1).replace('.', '_') + "_total");
                        }
                        Matcher gauge = GAUGE.matcher(source);
                        while (gauge.find()) {
                            Matcher unit = BASE_UNIT.matcher(gauge.group(2));
                            names.add(gauge.group(1).replace('.', '_') + (unit.find() ? "_" + unit.group(1) : ""));
                        }
                    });
        }
        return names;
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode yaml(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
