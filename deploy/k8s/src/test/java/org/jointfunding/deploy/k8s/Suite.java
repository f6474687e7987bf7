package org.jointfunding.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where the suite's files are: the repository root, the services' modules, deploy/k8s, the docs. */
final class Suite {

    /** The five processes by their manifests' name, and the Maven module each is built from. */
    static final Map<String, String> MODULES = Map.of(
            "identity", "identity-service",
            "funding", "funding-service",
            "mentorship", "mentorship-service",
            "notification", "notification-service",
            "gateway", "gateway");

    /** The suite's own processes (Quarkus, built here into an image each by deploy/k8s/docker). */
    static final List<String> SERVICES = List.of("identity", "funding", "mentorship", "notification", "gateway");

    /**
     * The Redis that holds the gateway's rate-limit buckets (gateway.rate-limit.store=redis): the
     * official image, no Quarkus, no Dockerfile here. It gets the services' hardening checks, and
     * checks of its own where theirs do not apply (probes, memory, persistence: RedisTest).
     */
    static final String REDIS = "redis";

    /** Every Deployment of the manifests: the services and Redis. */
    static final List<String> DEPLOYMENTS = java.util.stream.Stream.concat(SERVICES.stream(), java.util.stream.Stream.of(REDIS)).toList();

    /**
     * Deployments whose several replicas would not behave as one: Redis, whose replicas would each
     * hold their own buckets (no replication between them), so gateway replicas connected to
     * different ones would count a client apart. It runs one replica and is disposable: the gateway
     * fails open to per-replica memory buckets while it is away (docs/DEPLOY.md, "Kubernetes",
     * "What scales, and what is not done yet").
     */
    static final List<String> SINGLE_REPLICA = List.of(REDIS);

    /**
     * Stateless, or with their timed jobs run once per period, or (the gateway) with their shared
     * state in Redis: each scales with a HorizontalPodAutoscaler.
     */
    static final List<String> SCALED_OUT = List.of("identity", "funding", "mentorship", "notification", "gateway");

    static final Path ROOT = locateRoot();

    private Suite() {
    }

    static Path k8s() {
        return ROOT.resolve("deploy/k8s");
    }

    static Path module(String service) {
        return ROOT.resolve(MODULES.get(service));
    }

    static Path dockerfile(String service) {
        return k8s().resolve("docker/" + service + ".Dockerfile");
    }

    static Path deployDoc() {
        return ROOT.resolve("docs/DEPLOY.md");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Path locateRoot() {
        String configured = System.getProperty("suite.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "deploy/k8s"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/k8s")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (a directory with pom.xml and deploy/k8s) above "
                + Path.of("").toAbsolutePath());
    }
}
