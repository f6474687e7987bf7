package org.jointfunding.deploy.k8s;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The NetworkPolicies allow exactly the connections the services make, as their settings in the
 * manifests say (an upstream URL, an outbox destination, a JWKS URL, a JDBC URL, the gateway's
 * Redis URL): nothing missing, nothing more. Only the gateway is reached from outside the namespace.
 */
class NetworkPolicyTest {

    /** Settings holding the portal's public address (as browsers and scripts see it), not a connection. */
    private static final Set<String> PUBLIC_ADDRESSES = Set.of("PORTAL_ISSUER", "PORTAL_PUBLIC_URL", "QUARKUS_HTTP_CORS_ORIGINS");

    /**
     * The port a URL without one connects to, by scheme (jdbc: taken off first). Lettuce's redis://
     * and rediss:// (TLS) both default to 6379. A scheme not listed fails the check rather than being
     * taken for HTTP.
     */
    static final java.util.Map<String, Integer> DEFAULT_PORTS = java.util.Map.of(
            "http", 80, "https", 443, "postgresql", 5432, "redis", 6379, "rediss", 6379);

    static List<String> overlays() {
        return Manifests.overlays().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everythingIsDeniedUnlessAllowed(String overlay) {
        List<NetworkPolicy> policies = Manifests.of(overlay).networkPolicies();
        assertTrue(policies.stream().anyMatch(p -> isEmptySelector(p)
                        && Network.types(p).containsAll(List.of("Ingress", "Egress"))
                        && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty()),
                overlay + ": no default-deny NetworkPolicy (podSelector {}, Ingress and Egress, no rules)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodHasItsOwnPolicy(String overlay) {
        Network network = new Network(Manifests.of(overlay));
        for (Network.Pod pod : network.pods.values()) {
            assertTrue(network.selecting(pod).stream().anyMatch(p -> !isEmptySelector(p)),
                    overlay + ": no NetworkPolicy selects the pods of " + pod.name() + " (other than namespace-wide ones)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAllowedConnectionsAreExactlyTheOnesTheServicesMake(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Network network = new Network(manifests);
        TreeSet<Network.Edge> needed = needed(manifests, network);
        List<String> problems = new ArrayList<>();
        // each side on its own too: an ingress rule wider than needed is a hole as soon as some
        // pod's egress opens, and the other way round
        for (Network.Side side : Network.Side.values()) {
            TreeSet<Network.Edge> allowed = network.allowed(side);
            TreeSet<Network.Edge> missing = new TreeSet<>(needed);
            missing.removeAll(allowed);
            TreeSet<Network.Edge> extra = new TreeSet<>(allowed);
            extra.removeAll(needed);
            if (!missing.isEmpty()) {
                problems.add(overlay + ", " + side + ": used by the services but refused: " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(overlay + ", " + side + ": allowed but used by nothing: " + extra);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The connections the settings call for: each URL an env var of a Deployment holds, resolved
     * through its Service to the pods and port behind it, plus each database cluster's instances
     * replicating among themselves.
     */
    private static TreeSet<Network.Edge> needed(Manifests manifests, Network network) {
        TreeSet<Network.Edge> needed = new TreeSet<>();
        Set<String> clusters = new TreeSet<>();
        manifests.ofKind("Cluster").forEach(c -> clusters.add(Manifests.name(c)));
        for (String cluster : clusters) {
            for (int port : Network.DATABASE_PORTS.values()) {
                needed.add(new Network.Edge(cluster, cluster, port));
            }
        }
        for (Deployment deployment : manifests.deployments()) {
            String from = deployment.getMetadata().getName();
            for (EnvVar env : Manifests.container(deployment).getEnv()) {
                Optional<String> value = manifests.resolve(env);
                if (value.isEmpty() || !value.get().contains("://") || PUBLIC_ADDRESSES.contains(env.getName())) {
                    continue;
                }
                for (String url : value.get().split(",")) {
                    URI uri = URI.create(url.trim().replaceFirst("^jdbc:", ""));
                    if (uri.getHost() == null || uri.getHost().contains(".") && !uri.getHost().contains(".svc")) {
                        continue; // outside the cluster (the public issuer URL, an SMTP host)
                    }
                    if (Set.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost())) {
                        fail(manifests.overlay + ": " + from + " " + env.getName() + " points at the pod itself: " + url);
                    }
                    String host = uri.getHost().split("\\.")[0];
                    Integer port = uri.getPort() != -1 ? Integer.valueOf(uri.getPort()) : DEFAULT_PORTS.get(uri.getScheme());
                    if (port == null) {
                        fail(manifests.overlay + ": " + from + " " + env.getName() + ": " + url + " has no port, and these checks do not "
                                + "know the default port of " + uri.getScheme() + ":// (add it to DEFAULT_PORTS)");
                    }
                    needed.add(target(manifests, network, from, env.getName(), host, port, clusters));
                }
            }
        }
        return needed;
    }

    private static Network.Edge target(Manifests manifests, Network network, String from, String variable, String host,
                                       int port, Set<String> clusters) {
        String what = manifests.overlay + ": " + from + " " + variable;
        for (String cluster : clusters) {
            // CloudNativePG's Services: <cluster>-rw (primary), -ro (standbys), -r (any)
            if (Set.of(cluster + "-rw", cluster + "-ro", cluster + "-r").contains(host)) {
                assertEquals(5432, port, what + ": PostgreSQL listens on 5432");
                return new Network.Edge(from, cluster, port);
            }
        }
        Service service = manifests.services().stream().filter(s -> s.getMetadata().getName().equals(host)).findFirst()
                .orElseGet(() -> fail(what + " points at " + host + ", which is no Service of the overlay"));
        ServicePort servicePort = service.getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst()
                .orElseGet(() -> fail(what + " points at port " + port + " of Service " + host + ", which has no such port"));
        List<Network.Pod> behind = new ArrayList<>();
        for (Network.Pod pod : network.pods.values()) {
            if (service.getSpec().getSelector().entrySet().stream().allMatch(e -> e.getValue().equals(pod.labels().get(e.getKey())))) {
                behind.add(pod);
            }
        }
        assertEquals(1, behind.size(), what + ": Service " + host + " selects " + behind.size() + " kinds of pods");
        Network.Pod pod = behind.get(0);
        var target = servicePort.getTargetPort();
        Integer podPort = target == null ? port : target.getIntVal() != null ? target.getIntVal() : pod.ports().get(target.getStrVal());
        assertTrue(podPort != null && pod.ports().containsValue(podPort),
                what + ": Service " + host + " port " + port + " targets " + target + ", which " + pod.name() + " does not expose");
        return new Network.Edge(from, pod.name(), podPort);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheGatewayIsReachedFromOutsideTheNamespace(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Network network = new Network(manifests);
        for (Network.Pod pod : network.pods.values()) {
            boolean outside = network.selecting(pod).stream().filter(p -> Network.types(p).contains("Ingress"))
                    .flatMap(p -> p.getSpec().getIngress().stream()).map(NetworkPolicyIngressRule::getFrom)
                    .anyMatch(NetworkPolicyTest::reachesOutside);
            if (pod.name().equals("gateway")) {
                assertTrue(outside, overlay + ": the gateway is not reachable by the ingress controller");
            } else if (pod.labels().containsKey("cnpg.io/cluster")) {
                // the CloudNativePG operator, from its own namespace: nothing else
                network.selecting(pod).stream().flatMap(p -> p.getSpec().getIngress().stream())
                        .flatMap(rule -> rule.getFrom().stream()).filter(peer -> peer.getNamespaceSelector() != null || peer.getIpBlock() != null)
                        .forEach(peer -> assertTrue(peer.getIpBlock() == null && peer.getNamespaceSelector().getMatchLabels() != null
                                        && "cnpg-system".equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")),
                                overlay + ": " + pod.name() + " is reachable from outside the namespace by " + peer));
            } else {
                assertTrue(!outside, overlay + ": " + pod.name() + " is reachable from outside the namespace: only the gateway may be");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyNotificationLeavesTheClusterAmongTheServices(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Network network = new Network(manifests);
        for (Deployment deployment : manifests.deployments()) {
            Network.Pod pod = network.pods.get(deployment.getMetadata().getName());
            for (NetworkPolicy policy : network.selecting(pod)) {
                for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                    boolean outside = rule.getTo().isEmpty() || rule.getTo().stream().anyMatch(peer -> peer.getIpBlock() != null);
                    if (!outside) {
                        continue;
                    }
                    Set<Integer> ports = new TreeSet<>();
                    rule.getPorts().forEach(p -> ports.add(p.getPort() == null ? -1 : p.getPort().getIntVal()));
                    assertTrue(pod.name().equals("notification") && Set.of(25, 465, 587).containsAll(ports),
                            overlay + ": " + pod.name() + " may connect out of the cluster (NetworkPolicy " + policy.getMetadata().getName()
                                    + ", ports " + ports + "): only notification-service's SMTP does");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodMayResolveNames(String overlay) {
        Network network = new Network(Manifests.of(overlay));
        for (Network.Pod pod : network.pods.values()) {
            boolean dns = network.selecting(pod).stream().filter(p -> Network.types(p).contains("Egress"))
                    .flatMap(p -> p.getSpec().getEgress().stream())
                    .anyMatch(rule -> rule.getTo().stream().anyMatch(peer -> peer.getNamespaceSelector() != null
                            && peer.getNamespaceSelector().getMatchLabels() != null
                            && "kube-system".equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")))
                            && rule.getPorts().stream().anyMatch(p -> "UDP".equals(p.getProtocol()) && p.getPort().getIntVal() == 53));
            assertTrue(dns, overlay + ": " + pod.name() + " may not ask the cluster DNS (UDP 53 in kube-system)");
        }
    }

    /** CloudNativePG's operator reaches every instance (5432, 8000), which reaches the Kubernetes API. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theOperatorAndTheDatabasesTalk(String overlay) {
        Network network = new Network(Manifests.of(overlay));
        for (Network.Pod pod : network.pods.values()) {
            if (!pod.labels().containsKey("cnpg.io/cluster")) {
                continue;
            }
            Set<Integer> fromOperator = new TreeSet<>();
            Set<Integer> outside = new TreeSet<>();
            for (NetworkPolicy policy : network.selecting(pod)) {
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    if (rule.getFrom().stream().anyMatch(peer -> peer.getNamespaceSelector() != null
                            && peer.getNamespaceSelector().getMatchLabels() != null
                            && "cnpg-system".equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")))) {
                        rule.getPorts().forEach(p -> fromOperator.add(p.getPort().getIntVal()));
                    }
                }
                for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                    if (rule.getTo().stream().anyMatch(peer -> peer.getIpBlock() != null)) {
                        rule.getPorts().forEach(p -> outside.add(p.getPort().getIntVal()));
                    }
                }
            }
            assertTrue(fromOperator.containsAll(Set.of(5432, 8000)), overlay + ": the CloudNativePG operator (namespace cnpg-system) cannot reach "
                    + pod.name() + " on 5432 and 8000, only on " + fromOperator);
            assertTrue(outside.contains(443) || outside.contains(6443), overlay + ": " + pod.name()
                    + " cannot reach the Kubernetes API (443/6443), which its instance manager needs");
        }
    }

    private static boolean reachesOutside(List<NetworkPolicyPeer> from) {
        return from.isEmpty() || from.stream().anyMatch(peer -> peer.getIpBlock() != null || peer.getNamespaceSelector() != null);
    }

    private static boolean isEmptySelector(NetworkPolicy policy) {
        var selector = policy.getSpec().getPodSelector();
        return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }
}
