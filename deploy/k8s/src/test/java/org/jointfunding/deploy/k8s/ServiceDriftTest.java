package org.jointfunding.deploy.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifests agree with the services as they are: the port each listens on, the settings each
 * reads, and every packaged default that points at this machine overridden.
 */
class ServiceDriftTest {

    private static final Map<String, ServiceSettings> SETTINGS = new ConcurrentHashMap<>();

    /**
     * Settings read only when another one has a given value: their loopback default matters only
     * then. The gateway's Redis is used only with gateway.rate-limit.store=redis (which the manifests
     * set: its URL must then point at the Redis Service, not at 127.0.0.1).
     */
    private static final Map<String, Map.Entry<String, String>> ONLY_READ_WHEN = Map.of(
            "gateway.rate-limit.redis.url", Map.entry("GATEWAY_RATE_LIMIT_STORE", "redis"));

    static ServiceSettings settings(String service) {
        return SETTINGS.computeIfAbsent(service, ServiceSettings::of);
    }

    static Stream<String> overlays() {
        return Manifests.overlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void portsAreThePortsTheServicesListenOn(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : Suite.SERVICES) {
            int port = settings(service).httpPort();
            Deployment deployment = manifests.deployment(service);
            Container container = Manifests.container(deployment);
            String what = overlay + ": " + service + " (quarkus.http.port=" + port + ")";
            List<ContainerPort> ports = container.getPorts();
            if (ports.size() != 1 || ports.get(0).getContainerPort() != port) {
                problems.add(what + ": containerPort " + ports.stream().map(ContainerPort::getContainerPort).toList());
                continue;
            }
            String portName = ports.get(0).getName();
            for (Probe probe : new Probe[]{container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe()}) {
                if (probe != null && probe.getHttpGet() != null && !samePort(probe.getHttpGet().getPort(), port, portName)) {
                    problems.add(what + ": a probe on port " + probe.getHttpGet().getPort());
                }
            }
            for (Service s : manifests.services()) {
                if (s.getSpec().getSelector().entrySet().stream()
                        .allMatch(e -> e.getValue().equals(deployment.getSpec().getTemplate().getMetadata().getLabels().get(e.getKey())))) {
                    s.getSpec().getPorts().forEach(p -> {
                        if (!samePort(p.getTargetPort() == null ? new IntOrString(p.getPort()) : p.getTargetPort(), port, portName)) {
                            problems.add(what + ": Service " + s.getMetadata().getName() + " targets port " + p.getTargetPort());
                        }
                        if (p.getPort() != port) {
                            problems.add(what + ": Service " + s.getMetadata().getName() + " answers on " + p.getPort()
                                    + ": keep the service's own port, as the URLs in the docs and settings use it");
                        }
                    });
                }
            }
            int exposed = Dockerfile.of(service).exposedPort();
            if (exposed != port) {
                problems.add(what + ": " + Suite.dockerfile(service).getFileName() + " EXPOSEs " + exposed);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean samePort(IntOrString port, int number, String name) {
        return port != null && (port.getIntVal() != null ? port.getIntVal() == number : port.getStrVal().equals(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyVariableSetIsOneTheServiceReads(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : Suite.SERVICES) {
            ServiceSettings settings = settings(service);
            List<EnvVar> env = Manifests.container(manifests.deployment(service)).getEnv();
            for (int i = 0; i < env.size(); i++) {
                String name = env.get(i).getName();
                if (ServiceSettings.readByTheRuntime(name)) {
                    continue; // the java launcher's or the C library's; DockerfileTest checks the images start java
                }
                // Kubernetes', not the service's: there only to be composed into a later variable the
                // service reads (the Redis password into GATEWAY_RATE_LIMIT_REDIS_URL)
                boolean composed = env.subList(i + 1, env.size()).stream()
                        .anyMatch(later -> DeploymentTest.references(later.getValue()).contains(name) && settings.reads(later.getName()));
                if (!composed && !settings.reads(name)) {
                    problems.add(overlay + ": " + service + " sets " + name + ", which " + Suite.MODULES.get(service)
                            + " does not read (no such property in its application.properties, config mappings or code)");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDefaultPointingAtThisMachineIsOverridden(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : Suite.SERVICES) {
            Set<String> set = new java.util.TreeSet<>();
            Manifests.container(manifests.deployment(service)).getEnv().forEach(e -> set.add(e.getName()));
            Map<String, String> values = new java.util.HashMap<>();
            Manifests.container(manifests.deployment(service)).getEnv()
                    .forEach(e -> values.put(e.getName(), manifests.resolve(e).orElse("")));
            settings(service).loopbackDefaults().forEach((property, variables) -> {
                Map.Entry<String, String> unlessSet = ONLY_READ_WHEN.get(property);
                if (unlessSet != null && !unlessSet.getValue().equalsIgnoreCase(values.getOrDefault(unlessSet.getKey(), ""))) {
                    return; // not read in the configuration the manifests choose
                }
                if (variables.stream().noneMatch(set::contains)) {
                    problems.add(overlay + ": " + service + " keeps " + property + " at its default on this machine "
                            + "(127.0.0.1/localhost): set " + String.join(" or ", variables));
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** In production even the public addresses are real ones (dev uses kubectl port-forward to localhost). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void productionAddressesAreNotLoopback(String overlay) {
        if (!overlay.equals("prod")) {
            return;
        }
        Manifests manifests = Manifests.of(overlay);
        for (String service : Suite.SERVICES) {
            for (EnvVar env : Manifests.container(manifests.deployment(service)).getEnv()) {
                String value = manifests.resolve(env).orElse("");
                assertTrue(!value.contains("://localhost") && !value.contains("://127.0.0.1"),
                        overlay + ": " + service + " " + env.getName() + "=" + value);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void sharedSettingsAreTheSameEverywhere(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String variable : List.of("PORTAL_ISSUER", "PORTAL_EVENTS_CREDENTIAL")) {
            Set<String> sources = new java.util.TreeSet<>();
            for (String service : Suite.SERVICES) {
                Manifests.container(manifests.deployment(service)).getEnv().stream().filter(e -> e.getName().equals(variable))
                        .forEach(e -> sources.add(e.getValueFrom() == null ? "value " + e.getValue()
                                : String.valueOf(e.getValueFrom().getSecretKeyRef() != null ? e.getValueFrom().getSecretKeyRef()
                                : e.getValueFrom().getConfigMapKeyRef())));
            }
            assertEquals(1, sources.size(), overlay + ": " + variable + " must be one value for every service: " + sources);
        }
    }
}
