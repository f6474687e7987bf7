package org.jointfunding.deploy.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each Deployment (the five services' and Redis'): probes, resources, a locked-down pod, a JVM sized
 * to its limit; variable references that Kubernetes resolves.
 */
class DeploymentTest {

    static List<String> overlays() {
        return Manifests.overlays().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceHasExactlyOneDeployment(String overlay) {
        List<String> names = Manifests.of(overlay).deployments().stream().map(d -> d.getMetadata().getName()).sorted().toList();
        assertEquals(Suite.DEPLOYMENTS.stream().sorted().toList(), names, overlay);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void probesOnTheQuarkusHealthEndpoints(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : Manifests.of(overlay).deployments()) {
            Container container = Manifests.container(deployment);
            String what = overlay + ": " + deployment.getMetadata().getName();
            if (deployment.getMetadata().getName().equals(Suite.REDIS)) {
                // no Quarkus health endpoints: Redis is asked for a PONG (it starts in a moment: no startup probe needed)
                redisProbe(problems, what + " readinessProbe", container.getReadinessProbe(), container);
                redisProbe(problems, what + " livenessProbe", container.getLivenessProbe(), container);
                continue;
            }
            probe(problems, what + " startupProbe", container.getStartupProbe(), "/q/health/started");
            probe(problems, what + " readinessProbe", container.getReadinessProbe(), "/q/health/ready");
            probe(problems, what + " livenessProbe", container.getLivenessProbe(), "/q/health/live");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void probe(List<String> problems, String what, Probe probe, String path) {
        if (probe == null) {
            problems.add(what + ": missing");
        } else if (probe.getHttpGet() == null) {
            problems.add(what + ": not an httpGet probe");
        } else if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(what + ": " + probe.getHttpGet().getPath() + " instead of " + path);
        } else if (probe.getHttpGet().getPort() == null) {
            problems.add(what + ": no port");
        }
    }

    /**
     * Redis' probes: `redis-cli ... ping` whose answer must be PONG (an error answer such as NOAUTH
     * is no sign of health, whatever redis-cli's exit code), or a TCP connection to its port.
     */
    private static void redisProbe(List<String> problems, String what, Probe probe, Container container) {
        if (probe == null) {
            problems.add(what + ": missing");
        } else if (probe.getExec() != null) {
            String command = String.join(" ", probe.getExec().getCommand());
            if (!command.contains("redis-cli") || !command.toLowerCase(java.util.Locale.ROOT).contains(" ping")
                    || !command.contains("PONG")) {
                problems.add(what + ": " + command + " is not redis-cli ... ping checked for PONG");
            }
        } else if (probe.getTcpSocket() != null) {
            var port = probe.getTcpSocket().getPort();
            boolean exposed = port != null && container.getPorts().stream().anyMatch(p -> port.getIntVal() != null
                    ? port.getIntVal().equals(p.getContainerPort()) : port.getStrVal().equals(p.getName()));
            if (!exposed) {
                problems.add(what + ": a TCP probe on " + port + ", which the container does not expose");
            }
        } else {
            problems.add(what + ": neither redis-cli ping (exec) nor tcpSocket");
        }
        if (probe != null && (probe.getTimeoutSeconds() == null || probe.getTimeoutSeconds() < 1)) {
            problems.add(what + ": no timeoutSeconds");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void requestsAndLimits(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : Manifests.of(overlay).deployments()) {
            Container container = Manifests.container(deployment);
            String what = overlay + ": " + deployment.getMetadata().getName();
            var resources = container.getResources();
            if (resources == null) {
                problems.add(what + ": no resources");
                continue;
            }
            for (String resource : List.of("cpu", "memory")) {
                if (resources.getRequests() == null || !resources.getRequests().containsKey(resource)) {
                    problems.add(what + ": no " + resource + " request");
                }
                if (resources.getLimits() == null || !resources.getLimits().containsKey(resource)) {
                    problems.add(what + ": no " + resource + " limit");
                }
            }
            if (problems.isEmpty()) {
                var request = resources.getRequests().get("memory").getNumericalAmount();
                var limit = resources.getLimits().get("memory").getNumericalAmount();
                if (request.compareTo(limit) != 0) {
                    problems.add(what + ": memory request " + request + " differs from the limit " + limit
                            + " (a JVM's heap, Redis' maxmemory, is sized once, from the limit: request it all)");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void podsRunLockedDown(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : Manifests.of(overlay).deployments()) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = Manifests.container(deployment);
            String what = overlay + ": " + deployment.getMetadata().getName();
            PodSecurityContext podContext = Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
            SecurityContext context = Optional.ofNullable(container.getSecurityContext()).orElseGet(SecurityContext::new);
            boolean nonRoot = Boolean.TRUE.equals(context.getRunAsNonRoot())
                    || context.getRunAsNonRoot() == null && Boolean.TRUE.equals(podContext.getRunAsNonRoot());
            Long user = context.getRunAsUser() != null ? context.getRunAsUser() : podContext.getRunAsUser();
            var seccomp = context.getSeccompProfile() != null ? context.getSeccompProfile() : podContext.getSeccompProfile();
            check(problems, nonRoot, what + ": runAsNonRoot is not true");
            check(problems, user != null && user > 0, what + ": no non-root runAsUser");
            check(problems, seccomp != null && "RuntimeDefault".equals(seccomp.getType()), what + ": seccompProfile is not RuntimeDefault");
            check(problems, Boolean.FALSE.equals(context.getAllowPrivilegeEscalation()), what + ": allowPrivilegeEscalation is not false");
            check(problems, Boolean.TRUE.equals(context.getReadOnlyRootFilesystem()), what + ": readOnlyRootFilesystem is not true");
            check(problems, !Boolean.TRUE.equals(context.getPrivileged()), what + ": privileged");
            check(problems, context.getCapabilities() != null && context.getCapabilities().getDrop().contains("ALL")
                    && context.getCapabilities().getAdd().isEmpty(), what + ": capabilities: drop ALL, add none");
            check(problems, !Boolean.TRUE.equals(pod.getHostNetwork()) && !Boolean.TRUE.equals(pod.getHostPID())
                    && !Boolean.TRUE.equals(pod.getHostIPC()), what + ": host namespaces");
            check(problems, Boolean.FALSE.equals(pod.getAutomountServiceAccountToken()),
                    what + ": automountServiceAccountToken is not false (no service calls the Kubernetes API)");
            // Service links put GATEWAY_PORT=tcp://... and the like into the environment, which
            // Quarkus would take for gateway.* settings
            check(problems, Boolean.FALSE.equals(pod.getEnableServiceLinks()), what + ": enableServiceLinks is not false");
            // a read-only root needs a writable /tmp (hsperfdata, Vert.x's file cache, OR-Tools' library);
            // Redis its working directory /data (nothing is saved there: RedisTest)
            String writable = deployment.getMetadata().getName().equals(Suite.REDIS) ? "/data" : "/tmp";
            boolean emptyDir = container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals(writable)
                    && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
            check(problems, emptyDir, what + ": no emptyDir mounted on " + writable);
            for (Volume volume : pod.getVolumes()) {
                check(problems, volume.getHostPath() == null, what + ": hostPath volume " + volume.getName());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theJvmIsSizedToTheContainerLimit(String overlay) {
        List<String> problems = new ArrayList<>();
        Manifests manifests = Manifests.of(overlay);
        // the services' JVMs; Redis' maxmemory is RedisTest's
        for (String service : Suite.SERVICES) {
            Deployment deployment = manifests.deployment(service);
            Container container = Manifests.container(deployment);
            String what = overlay + ": " + deployment.getMetadata().getName();
            Map<String, String> options = new java.util.HashMap<>();
            for (EnvVar env : container.getEnv()) {
                if (env.getName().equals("JDK_JAVA_OPTIONS") || env.getName().equals("JAVA_OPTS")
                        || env.getName().equals("JAVA_TOOL_OPTIONS")) {
                    options.put(env.getName(), env.getValue() == null ? "" : env.getValue());
                }
            }
            String all = String.join(" ", options.values());
            check(problems, all.matches(".*-XX:MaxRAMPercentage=\\d+(\\.\\d+)?\\b.*"),
                    what + ": no -XX:MaxRAMPercentage in JDK_JAVA_OPTIONS: the heap would be a quarter of the limit");
            check(problems, !all.matches(".*-Xmx\\S+.*"), what + ": -Xmx fixes the heap whatever the limit");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void imagesAreVersioned(String overlay) {
        for (Deployment deployment : Manifests.of(overlay).deployments()) {
            String image = Manifests.container(deployment).getImage();
            String tag = image.contains("@") ? "digest" : image.substring(image.lastIndexOf('/') + 1).contains(":")
                    ? image.substring(image.lastIndexOf(':') + 1) : "";
            assertTrue(!tag.isEmpty() && !tag.equals("latest"), overlay + ": " + deployment.getMetadata().getName()
                    + " runs image " + image + ": give it a tag (the overlays' images:) other than latest");
            if (overlay.equals("prod")) {
                assertTrue(image.substring(0, image.indexOf('/') + 1).contains("."),
                        overlay + ": " + image + " is not in a registry (host/name:tag)");
            }
        }
    }

    /**
     * Kubernetes expands $(NAME) in a variable's value only for a variable defined before it in the
     * same container (in command and args, for any of the container's variables); otherwise the text
     * stays as it is, and a URL would carry "$(REDIS_PASSWORD)" as its password.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void variableReferencesNameVariablesDefinedBefore(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : Manifests.of(overlay).deployments()) {
            Container container = Manifests.container(deployment);
            String what = overlay + ": " + deployment.getMetadata().getName();
            List<String> defined = new ArrayList<>();
            for (EnvVar env : container.getEnv()) {
                for (String name : references(env.getValue())) {
                    check(problems, defined.contains(name), what + ": " + env.getName() + " refers to $(" + name
                            + "), which is not defined before it in the container's env");
                }
                defined.add(env.getName());
            }
            List<String> commandLine = new ArrayList<>(container.getCommand());
            commandLine.addAll(container.getArgs());
            for (String arg : commandLine) {
                for (String name : references(arg)) {
                    check(problems, defined.contains(name), what + ": the command line refers to $(" + name
                            + "), which is not in the container's env");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The $(NAME) references of a value ($$(NAME) is an escaped, literal one). */
    static List<String> references(String value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        var matcher = java.util.regex.Pattern.compile("(?<!\\$)\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)").matcher(value);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
