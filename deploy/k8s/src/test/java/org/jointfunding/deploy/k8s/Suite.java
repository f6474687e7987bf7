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

    static final List<String> SERVICES = List.of("identity", "funding", "mentorship", "notification", "gateway");

    /**
     * Services whose several replicas do not yet behave as one (docs/DEPLOY.md, "Kubernetes",
     * "What scales, and what is not done yet"): the gateway, whose rate-limit buckets are per process
     * unless it is given Redis, which these manifests do not run. Production keeps it at one replica.
     */
    static final List<String> SINGLE_REPLICA = List.of("gateway");

    /** Stateless, or with their timed jobs run once per period: each scales with a HorizontalPodAutoscaler. */
    static final List<String> SCALED_OUT = List.of("identity", "funding", "mentorship", "notification");

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
