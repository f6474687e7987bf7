package org.jointfunding.deploy.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads from its configuration, found in its sources: the keys and ${...}
 * references of its application.properties, the @ConfigProperty names and Config lookups of its
 * code (and of service-kit's, when it depends on it), the leaves of its @ConfigMapping interfaces,
 * and the documented settings of the few Quarkus extensions whose properties the manifests set
 * without the application naming them. An environment variable counts as read when Quarkus maps it
 * onto one of these (QUARKUS_DATASOURCE_JDBC_URL onto quarkus.datasource.jdbc.url).
 */
final class ServiceSettings {

    /**
     * Settings of Quarkus extensions the manifests use although application.properties does not
     * name them, by the extension's artifact; counted only for a service whose pom has that extension.
     */
    private static final Map<String, List<String>> EXTENSION_SETTINGS = Map.of(
            "quarkus-mailer", List.of("quarkus.mailer.host", "quarkus.mailer.port", "quarkus.mailer.username",
                    "quarkus.mailer.password", "quarkus.mailer.start-tls", "quarkus.mailer.tls"));

    /** Read by the java launcher itself (the images' ENTRYPOINT is java), not by Quarkus. */
    static final String LAUNCHER_OPTIONS = "JDK_JAVA_OPTIONS";
    /** Read by glibc's malloc in the service's process, not by Quarkus. */
    static final String MALLOC_ARENAS = "MALLOC_ARENA_MAX";

    /** Variables the process's runtime reads (the java launcher, the C library) rather than the service. */
    static boolean readByTheRuntime(String name) {
        return name.equals(LAUNCHER_OPTIONS) || name.equals(MALLOC_ARENAS);
    }

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^:}\\s$]+)");
    private static final List<Pattern> LOOKUPS = List.of(
            Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("\\.get(?:Optional)?Values?\\(\\s*\"([^\"]+)\""));

    /** One line of application.properties: its profile (null for all), key and value. */
    record Line(String profile, String key, String value) {
    }

    /** A leaf of a @ConfigMapping: its property name ("*" for a map key) and default. */
    record Leaf(String name, String defaultValue) {
    }

    final String service;
    final List<Line> lines = new ArrayList<>();
    final List<Leaf> leaves = new ArrayList<>();
    /** Property names read, in property form (quarkus.http.port) or env form (PORTAL_EVENTS_CREDENTIAL). */
    final TreeSet<String> names = new TreeSet<>();
    private final List<Pattern> envPatterns = new ArrayList<>();

    private ServiceSettings(String service) {
        this.service = service;
    }

    static ServiceSettings of(String service) {
        ServiceSettings settings = new ServiceSettings(service);
        Path module = Suite.module(service);
        settings.readProperties(module.resolve("src/main/resources/application.properties"));
        String pom = Suite.read(module.resolve("pom.xml"));
        settings.readSources(module.resolve("src/main/java"));
        if (pom.contains("<artifactId>service-kit</artifactId>")) {
            settings.readSources(Suite.ROOT.resolve("service-kit/src/main/java"));
        }
        EXTENSION_SETTINGS.forEach((extension, properties) -> {
            if (pom.contains("<artifactId>" + extension + "</artifactId>")) {
                settings.names.addAll(properties);
            }
        });
        settings.names.forEach(name -> settings.envPatterns.add(Pattern.compile(Pattern.quote(env(name)))));
        settings.leaves.forEach(leaf -> settings.envPatterns.add(envPattern(leaf.name())));
        return settings;
    }

    /** The environment variable Quarkus maps onto a property: non-alphanumerics become _, upper case. */
    static String env(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Pattern envPattern(String property) {
        StringBuilder regex = new StringBuilder();
        String[] parts = property.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[A-Z0-9_]+");
            }
            regex.append(Pattern.quote(env(parts[i])));
        }
        return Pattern.compile(regex.toString());
    }

    /** Whether the service reads the environment variable {@code name}. */
    boolean reads(String name) {
        return envPatterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    /** The property's value for the prod profile (a packaged service), if application.properties sets it. */
    Optional<String> prodValue(String key) {
        Optional<String> prod = lines.stream().filter(l -> "prod".equals(l.profile()) && l.key().equals(key)).map(Line::value).findFirst();
        return prod.isPresent() ? prod
                : lines.stream().filter(l -> l.profile() == null && l.key().equals(key)).map(Line::value).findFirst();
    }

    int httpPort() {
        return Integer.parseInt(prodValue("quarkus.http.port").orElse("8080").trim());
    }

    /**
     * Settings whose packaged default points at this machine (127.0.0.1, localhost): on Kubernetes
     * each must be overridden. By property (or mapping leaf), with the variables that override it.
     */
    Map<String, List<String>> loopbackDefaults() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Map<String, String> effective = new LinkedHashMap<>();
        lines.stream().filter(l -> l.profile() == null).forEach(l -> effective.put(l.key(), l.value()));
        lines.stream().filter(l -> "prod".equals(l.profile())).forEach(l -> effective.put(l.key(), l.value()));
        effective.forEach((key, value) -> {
            if (pointsHere(value)) {
                java.util.LinkedHashSet<String> overriding = new java.util.LinkedHashSet<>(List.of(env(key)));
                Matcher references = REFERENCE.matcher(value);
                while (references.find()) {
                    overriding.add(env(references.group(1)));
                }
                found.put(key, List.copyOf(overriding));
            }
        });
        for (Leaf leaf : leaves) {
            if (leaf.defaultValue() != null && pointsHere(leaf.defaultValue()) && !found.containsKey(leaf.name())) {
                found.put(leaf.name(), List.of(env(leaf.name())));
            }
        }
        return found;
    }

    private static boolean pointsHere(String value) {
        return value.contains("127.0.0.1") || value.contains("localhost");
    }

    private void readProperties(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Suite.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String raw : properties.stringPropertyNames()) {
            String profile = null;
            String key = raw;
            if (raw.startsWith("%")) {
                int dot = raw.indexOf('.');
                profile = raw.substring(1, dot);
                key = raw.substring(dot + 1);
            }
            String value = properties.getProperty(raw);
            lines.add(new Line(profile, key, value));
            names.add(key);
            Matcher references = REFERENCE.matcher(value);
            while (references.find()) {
                names.add(references.group(1));
            }
        }
    }

    private void readSources(Path sources) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Suite.read(file);
                for (Pattern lookup : LOOKUPS) {
                    Matcher m = lookup.matcher(code);
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
                ConfigMappings.leaves(code).forEach(leaves::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
