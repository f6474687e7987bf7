package org.jointfunding.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rendered object is one the API server would accept: a known kind, valid against its schema. */
class SchemaTest {

    static List<String> overlays() {
        return Manifests.overlays().toList();
    }

    @Test
    void bothOverlaysExist() {
        assertEquals(List.of("dev", "prod"), overlays());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyObjectIsAKnownKindValidAgainstItsSchema(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertFalse(manifests.objects.isEmpty(), overlay + " renders nothing");
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ObjectNode object : manifests.objects) {
            String type = Manifests.apiVersion(object) + "/" + Manifests.kind(object);
            String what = overlay + ": " + Manifests.describe(object);
            if (Manifests.name(object).isEmpty()) {
                problems.add(what + ": no metadata.name");
            }
            if (!seen.add(type + "/" + Manifests.name(object))) {
                problems.add(what + ": twice");
            }
            if (StrictModel.TYPES.containsKey(type)) {
                try {
                    StrictModel.read(object, StrictModel.TYPES.get(type));
                } catch (AssertionError e) {
                    problems.add(overlay + ": " + e.getMessage());
                }
            } else if (CrdSchema.covers(type)) {
                CrdSchema.validate(object).forEach(p -> problems.add(what + " " + p));
            } else {
                problems.add(what + ": " + type + " is not a kind these checks know (add its schema to StrictModel or CrdSchema)");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The manifests kept for an operator to apply by hand (deploy/k8s/restore) are valid too. */
    @Test
    void restoreManifestsAreValid() throws Exception {
        List<String> problems = new ArrayList<>();
        List<java.nio.file.Path> files;
        try (var listing = java.nio.file.Files.list(Suite.k8s().resolve("restore"))) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "deploy/k8s/restore has no manifest");
        var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
        for (var file : files) {
            JsonNode object = yaml.readTree(file.toFile());
            String type = Manifests.apiVersion(object) + "/" + Manifests.kind(object);
            assertTrue(CrdSchema.covers(type), file + ": " + type);
            CrdSchema.validate(object).forEach(p -> problems.add(file.getFileName() + " " + p));
            JsonNode recovery = object.path("spec").path("bootstrap").path("recovery");
            String source = recovery.path("source").asText();
            assertTrue(object.path("spec").path("externalClusters").findValuesAsText("name").contains(source),
                    file + ": recovery.source " + source + " is not one of its externalClusters");
            assertFalse(object.path("spec").path("plugins").findValuesAsText("serverName").isEmpty(),
                    file + ": the recovered cluster must archive under a new serverName (the old archive is not empty)");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** What the API server requires beyond the field types (the model does not say which are required). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void requiredFieldsArePresent(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (Deployment deployment : manifests.deployments()) {
            String what = overlay + ": Deployment " + deployment.getMetadata().getName();
            assertNotNull(deployment.getSpec().getSelector(), what + ": no selector");
            assertTrue(Network.matches(deployment.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()),
                    what + ": the selector does not select the pod template's labels");
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertNotNull(container.getName(), what + ": a container without a name");
                assertNotNull(container.getImage(), what + ": container " + container.getName() + " has no image");
                container.getPorts().forEach(p -> assertNotNull(p.getContainerPort(), what + ": a port without containerPort"));
            }
        }
        for (Service service : manifests.services()) {
            String what = overlay + ": Service " + service.getMetadata().getName();
            assertFalse(service.getSpec().getPorts().isEmpty(), what + ": no ports");
            for (ServicePort port : service.getSpec().getPorts()) {
                assertNotNull(port.getPort(), what + ": a port without a number");
            }
            assertFalse(service.getSpec().getSelector() == null || service.getSpec().getSelector().isEmpty(), what + ": no selector");
        }
        for (var policy : manifests.networkPolicies()) {
            assertNotNull(policy.getSpec().getPodSelector(), overlay + ": NetworkPolicy " + policy.getMetadata().getName() + ": no podSelector");
        }
        for (var hpa : manifests.autoscalers()) {
            String what = overlay + ": HorizontalPodAutoscaler " + hpa.getMetadata().getName();
            assertNotNull(hpa.getSpec().getScaleTargetRef(), what + ": no scaleTargetRef");
            assertNotNull(hpa.getSpec().getMaxReplicas(), what + ": no maxReplicas");
        }
        for (var pdb : manifests.disruptionBudgets()) {
            String what = overlay + ": PodDisruptionBudget " + pdb.getMetadata().getName();
            assertNotNull(pdb.getSpec().getSelector(), what + ": no selector");
            assertTrue(pdb.getSpec().getMinAvailable() == null ^ pdb.getSpec().getMaxUnavailable() == null,
                    what + ": exactly one of minAvailable and maxUnavailable");
        }
        for (Ingress ingress : manifests.ingresses()) {
            String what = overlay + ": Ingress " + ingress.getMetadata().getName();
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    assertNotNull(path.getPathType(), what + ": a path without pathType");
                    assertNotNull(path.getBackend().getService(), what + ": a path without a backend Service");
                    assertNotNull(path.getBackend().getService().getPort(), what + ": a backend without a port");
                }
            }
        }
    }

    /** The CloudNativePG objects beyond their schema: what makes each database usable and backed up. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void databaseClustersAreComplete(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        List<ObjectNode> clusters = manifests.ofKind("Cluster");
        Set<String> clusterNames = new HashSet<>();
        for (ObjectNode cluster : clusters) {
            String what = overlay + ": Cluster " + Manifests.name(cluster);
            assertEquals("postgresql.cnpg.io/v1", Manifests.apiVersion(cluster), what);
            JsonNode spec = cluster.path("spec");
            assertTrue(spec.path("instances").asInt(0) >= 1, what + ": spec.instances");
            assertFalse(spec.path("storage").path("size").asText().isEmpty(), what + ": spec.storage.size");
            assertFalse(spec.path("bootstrap").path("initdb").path("database").asText().isEmpty(), what + ": spec.bootstrap.initdb.database");
            assertFalse(spec.path("bootstrap").path("initdb").path("owner").asText().isEmpty(), what + ": spec.bootstrap.initdb.owner");
            assertTrue(spec.path("imageName").asText().matches(".+:\\d+(\\.\\d+)?.*"), what + ": imageName pinned to a PostgreSQL version");
            clusterNames.add(Manifests.name(cluster));
            for (JsonNode plugin : spec.path("plugins")) {
                String store = plugin.path("parameters").path("barmanObjectName").asText();
                assertTrue(manifests.ofKind("ObjectStore").stream().anyMatch(s -> Manifests.name(s).equals(store)),
                        what + " archives to ObjectStore " + store + ", which is not in the overlay");
            }
        }
        for (String service : List.of("identity", "funding", "mentorship", "notification")) {
            assertTrue(clusterNames.contains(service + "-db"), overlay + ": no Cluster " + service + "-db");
        }
        for (ObjectNode backup : manifests.ofKind("ScheduledBackup")) {
            String what = overlay + ": ScheduledBackup " + Manifests.name(backup);
            String target = backup.path("spec").path("cluster").path("name").asText();
            assertTrue(clusterNames.contains(target), what + " backs up Cluster " + target + ", which is not in the overlay");
            assertTrue(clusters.stream().filter(c -> Manifests.name(c).equals(target))
                            .anyMatch(c -> c.path("spec").path("plugins").size() > 0),
                    what + ": its Cluster archives no WAL to an object store");
            assertEquals(6, backup.path("spec").path("schedule").asText().trim().split("\\s+").length,
                    what + ": CloudNativePG schedules have six fields, seconds first");
        }
        if (overlay.equals("prod")) {
            for (ObjectNode cluster : clusters) {
                String what = overlay + ": Cluster " + Manifests.name(cluster);
                assertTrue(cluster.path("spec").path("instances").asInt() >= 3, what + ": production wants a primary and two standbys");
                assertFalse(cluster.path("spec").path("plugins").isEmpty(), what + ": production archives WAL to the object store");
                assertTrue(manifests.ofKind("ScheduledBackup").stream()
                                .anyMatch(b -> b.path("spec").path("cluster").path("name").asText().equals(Manifests.name(cluster))),
                        what + ": no ScheduledBackup");
            }
        }
    }
}
