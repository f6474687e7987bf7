package org.jointfunding.deploy.k8s;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Services, autoscalers, disruption budgets and the Ingress fit the Deployments they are for. */
class ScalingTest {

    static List<String> overlays() {
        return Manifests.overlays().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentHasAServiceAndADisruptionBudget(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (Deployment deployment : manifests.deployments()) {
            var labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            String name = deployment.getMetadata().getName();
            assertTrue(manifests.services().stream().anyMatch(s -> selects(s.getSpec().getSelector(), labels)),
                    overlay + ": no Service selects the pods of " + name);
            assertTrue(manifests.disruptionBudgets().stream().anyMatch(b -> Network.matches(b.getSpec().getSelector(), labels)),
                    overlay + ": no PodDisruptionBudget for " + name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void autoscalersTargetExistingDeploymentsThatLeaveThemTheReplicaCount(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (HorizontalPodAutoscaler hpa : manifests.autoscalers()) {
            var target = hpa.getSpec().getScaleTargetRef();
            String what = overlay + ": HorizontalPodAutoscaler " + hpa.getMetadata().getName();
            assertEquals("apps/v1", target.getApiVersion(), what);
            assertEquals("Deployment", target.getKind(), what);
            Optional<Deployment> deployment = manifests.deployments().stream()
                    .filter(d -> d.getMetadata().getName().equals(target.getName())).findFirst();
            assertTrue(deployment.isPresent(), what + " targets Deployment " + target.getName() + ", which the overlay does not contain");
            assertNull(deployment.get().getSpec().getReplicas(), what + ": Deployment " + target.getName()
                    + " sets replicas, which every apply would reset under the autoscaler");
            int min = Optional.ofNullable(hpa.getSpec().getMinReplicas()).orElse(1);
            assertTrue(min >= 1 && min <= hpa.getSpec().getMaxReplicas(), what + ": minReplicas " + min + " > maxReplicas");
            assertFalse(hpa.getSpec().getMetrics().isEmpty(), what + ": no metric");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void disruptionBudgetsCoverOneDeploymentAndLetNodesDrain(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (PodDisruptionBudget budget : manifests.disruptionBudgets()) {
            String what = overlay + ": PodDisruptionBudget " + budget.getMetadata().getName();
            List<Deployment> covered = manifests.deployments().stream()
                    .filter(d -> Network.matches(budget.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels())).toList();
            assertEquals(1, covered.size(), what + " covers " + covered.size() + " Deployments, expected one");
            Deployment deployment = covered.get(0);
            int fewest = manifests.autoscalers().stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(deployment.getMetadata().getName()))
                    .map(h -> Optional.ofNullable(h.getSpec().getMinReplicas()).orElse(1)).findFirst()
                    .orElse(Optional.ofNullable(deployment.getSpec().getReplicas()).orElse(1));
            var minAvailable = budget.getSpec().getMinAvailable();
            if (minAvailable != null) {
                assertTrue(minAvailable.getIntVal() != null && minAvailable.getIntVal() < fewest,
                        what + ": minAvailable " + (minAvailable.getIntVal() != null ? minAvailable.getIntVal() : minAvailable.getStrVal()) + " with " + fewest + " replica(s) would block every node drain");
            }
        }
    }

    /**
     * docs/DEPLOY.md, "Kubernetes", "What scales, and what is not done yet": Redis' replicas would
     * not behave as one (Suite.SINGLE_REPLICA); the others scale with an autoscaler.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void deploymentsWithPerProcessStateKeepOneReplica(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Suite.SINGLE_REPLICA) {
            Deployment deployment = manifests.deployment(service);
            assertEquals(1, Optional.ofNullable(deployment.getSpec().getReplicas()).orElse(1),
                    overlay + ": " + service + " must stay at one replica");
            assertTrue(manifests.autoscalers().stream().noneMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(service)
                            && h.getSpec().getMaxReplicas() > 1),
                    overlay + ": " + service + " must not be scaled out by an autoscaler");
        }
        for (String service : Suite.SCALED_OUT) {
            assertTrue(manifests.autoscalers().stream().anyMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(service)
                            && h.getSpec().getMaxReplicas() >= 2),
                    overlay + ": " + service + " scales with a HorizontalPodAutoscaler");
        }
    }

    /**
     * Several gateways limit a client as one only with their buckets in Redis: in memory (the
     * packaged default) each replica would give every client the whole of every limit again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theGatewayScalesOutOnlyWithItsBucketsInRedis(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Deployment gateway = manifests.deployment("gateway");
        int most = manifests.autoscalers().stream().filter(h -> h.getSpec().getScaleTargetRef().getName().equals("gateway"))
                .map(h -> h.getSpec().getMaxReplicas()).findFirst()
                .orElse(Optional.ofNullable(gateway.getSpec().getReplicas()).orElse(1));
        if (most <= 1) {
            return;
        }
        String store = Manifests.container(gateway).getEnv().stream().filter(e -> e.getName().equals("GATEWAY_RATE_LIMIT_STORE"))
                .findFirst().flatMap(manifests::resolve).orElse("memory");
        assertEquals("redis", store, overlay + ": up to " + most + " gateway replicas with GATEWAY_RATE_LIMIT_STORE=" + store
                + ": a client would get " + most + " times every rate limit (set it to redis, with GATEWAY_RATE_LIMIT_REDIS_URL)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheGatewayHasAnIngress(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertFalse(manifests.ingresses().isEmpty(), overlay + ": no Ingress");
        Service gateway = manifests.services().stream().filter(s -> s.getMetadata().getName().equals("gateway")).findFirst().orElseThrow();
        for (Ingress ingress : manifests.ingresses()) {
            if (ingress.getSpec().getDefaultBackend() != null) {
                assertEquals("gateway", ingress.getSpec().getDefaultBackend().getService().getName(), overlay);
            }
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                var backend = path.getBackend().getService();
                assertEquals("gateway", backend.getName(), overlay + ": Ingress " + ingress.getMetadata().getName()
                        + " routes " + path.getPath() + " to " + backend.getName() + ": only the gateway is public");
                assertTrue(gateway.getSpec().getPorts().stream().anyMatch(p -> backend.getPort().getName() != null
                                ? backend.getPort().getName().equals(p.getName()) : backend.getPort().getNumber().equals(p.getPort())),
                        overlay + ": the Ingress names a port the gateway's Service does not have");
            }));
        }
        if (overlay.equals("prod")) {
            assertTrue(manifests.ingresses().stream().allMatch(i -> !i.getSpec().getTls().isEmpty()), "prod: the Ingress terminates TLS");
        }
    }

    private static boolean selects(java.util.Map<String, String> selector, java.util.Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
