package org.jointfunding.deploy.k8s;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which pods of the namespace may open a connection to which port of which other pod, by the
 * NetworkPolicies, evaluated as Kubernetes does: a connection needs an egress rule of the source
 * (when a policy isolates its egress) and an ingress rule of the destination (likewise). The pods
 * are the Deployments' and the CloudNativePG Clusters' (labelled cnpg.io/cluster by the operator).
 * An ipBlock is taken to match every pod (pod addresses may fall in it).
 */
final class Network {

    /** A kind of pod: a Deployment's or a database cluster's, with its labels and ports. */
    record Pod(String name, Map<String, String> labels, Map<String, Integer> ports) {
    }

    /** A connection from one pod to a port of another. */
    record Edge(String from, String to, int port) implements Comparable<Edge> {
        @Override
        public int compareTo(Edge o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return from + " -> " + to + ":" + port;
        }
    }

    /** The ports of a CloudNativePG instance: PostgreSQL, and the instance manager's status. */
    static final Map<String, Integer> DATABASE_PORTS = Map.of("postgresql", 5432, "status", 8000);

    final Map<String, Pod> pods = new LinkedHashMap<>();
    private final List<NetworkPolicy> policies;
    private final Map<String, String> namespaceLabels;

    Network(Manifests manifests) {
        this.policies = manifests.networkPolicies();
        String namespace = manifests.namespace();
        Map<String, String> labels = new LinkedHashMap<>();
        manifests.ofKind("Namespace").stream().filter(n -> Manifests.name(n).equals(namespace))
                .forEach(n -> n.path("metadata").path("labels").fields()
                        .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText())));
        labels.put("kubernetes.io/metadata.name", namespace);
        this.namespaceLabels = labels;
        for (Deployment deployment : manifests.deployments()) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (ContainerPort port : Manifests.container(deployment).getPorts()) {
                ports.put(Objects.requireNonNullElse(port.getName(), String.valueOf(port.getContainerPort())), port.getContainerPort());
            }
            pods.put(deployment.getMetadata().getName(),
                    new Pod(deployment.getMetadata().getName(), deployment.getSpec().getTemplate().getMetadata().getLabels(), ports));
        }
        for (var cluster : manifests.ofKind("Cluster")) {
            String name = Manifests.name(cluster);
            pods.put(name, new Pod(name, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"), DATABASE_PORTS));
        }
    }

    /** Which side of a connection a set of edges is about. */
    enum Side { EGRESS, INGRESS, BOTH }

    /**
     * The connections between the pods of the namespace that the policies allow: on the sending
     * side (egress rules), the receiving side (ingress rules), or both (what really gets through).
     */
    TreeSet<Edge> allowed(Side side) {
        TreeSet<Edge> edges = new TreeSet<>();
        for (Pod from : pods.values()) {
            for (Pod to : pods.values()) {
                for (int port : new TreeSet<>(to.ports().values())) {
                    boolean out = egressAllows(from, to, port);
                    boolean in = ingressAllows(from, to, port);
                    if (side == Side.EGRESS ? out : side == Side.INGRESS ? in : out && in) {
                        edges.add(new Edge(from.name(), to.name(), port));
                    }
                }
            }
        }
        return edges;
    }

    /** The policies that select {@code pod} (whatever their rules), the namespace-wide ones included. */
    List<NetworkPolicy> selecting(Pod pod) {
        return policies.stream().filter(p -> matches(p.getSpec().getPodSelector(), pod.labels())).toList();
    }

    private boolean egressAllows(Pod from, Pod to, int port) {
        List<NetworkPolicy> isolating = selecting(from).stream().filter(p -> types(p).contains("Egress")).toList();
        if (isolating.isEmpty()) {
            return true;
        }
        return isolating.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to, port));
    }

    private boolean ingressAllows(Pod from, Pod to, int port) {
        List<NetworkPolicy> isolating = selecting(to).stream().filter(p -> types(p).contains("Ingress")).toList();
        if (isolating.isEmpty()) {
            return true;
        }
        return isolating.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to, port));
    }

    static List<String> types(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        List<String> implied = new ArrayList<>(List.of("Ingress"));
        if (policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty()) {
            implied.add("Egress");
        }
        return implied;
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> {
            if (peer.getIpBlock() != null) {
                return true;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null || matches(peer.getNamespaceSelector(), namespaceLabels);
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
            return namespaceOk && podOk;
        });
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Pod to, int port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> {
            if (p.getProtocol() != null && !p.getProtocol().equals("TCP")) {
                return false;
            }
            Integer number = number(p.getPort(), to);
            if (number == null) {
                return p.getPort() == null;
            }
            int end = p.getEndPort() != null ? p.getEndPort() : number;
            return port >= number && port <= end;
        });
    }

    private static Integer number(IntOrString port, Pod to) {
        if (port == null) {
            return null;
        }
        return port.getIntVal() != null ? port.getIntVal() : to.ports().get(port.getStrVal());
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> have = labels == null ? Map.of() : labels;
        if (selector.getMatchLabels() != null) {
            for (var wanted : selector.getMatchLabels().entrySet()) {
                if (!wanted.getValue().equals(have.get(wanted.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = have.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new AssertionError("Unknown selector operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
