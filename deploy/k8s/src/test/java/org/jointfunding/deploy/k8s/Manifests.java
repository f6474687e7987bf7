package org.jointfunding.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** One overlay as `kubectl kustomize` renders it: every object, as a tree and (for core kinds) typed. */
final class Manifests {

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final ObjectMapper YAML = new YAMLMapper();

    final String overlay;
    final List<ObjectNode> objects;

    private Manifests(String overlay, List<ObjectNode> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    /** The overlays under deploy/k8s/overlays. */
    static Stream<String> overlays() {
        try (Stream<Path> dirs = Files.list(Suite.k8s().resolve("overlays"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Manifests of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> new Manifests(o, parse(render(o))));
    }

    static String render(String overlay) {
        Path kubectl = kubectl();
        Path dir = Suite.k8s().resolve("overlays").resolve(overlay);
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectErrorStream(false).start();
            var out = process.getInputStream().readAllBytes();
            var err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                fail("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                        + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kubectl on the PATH (or KUBECTL); its absence fails the tests with what to do about it. */
    static Path kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            if (Files.isExecutable(Path.of(configured))) {
                return Path.of(configured);
            }
            return fail("KUBECTL=" + configured + " is not an executable file. " + INSTALL_KUBECTL);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("kubectl is not installed (or not on the PATH). " + INSTALL_KUBECTL);
    }

    private static final String INSTALL_KUBECTL = """
            The deploy/k8s checks render the overlays with `kubectl kustomize` (kubectl 1.27 or newer, which \
            embeds kustomize 5): install kubectl (https://kubernetes.io/docs/tasks/tools/, e.g. `sudo apt-get \
            install kubectl` from the Kubernetes apt repository) or point the KUBECTL variable at one.""";

    private static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(new YAMLFactory().createParser(yaml))) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    fail("Not an object in the rendered manifests: " + document);
                }
                objects.add((ObjectNode) document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The rendered manifests are not YAML", e);
        }
        return List.copyOf(objects);
    }

    static String apiVersion(JsonNode object) {
        return object.path("apiVersion").asText();
    }

    static String kind(JsonNode object) {
        return object.path("kind").asText();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return kind(object) + " " + name(object);
    }

    List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind(o).equals(kind)).toList();
    }

    private <T> List<T> typed(String kind, Class<T> type) {
        return ofKind(kind).stream().map(o -> StrictModel.read(o, type)).toList();
    }

    List<Deployment> deployments() {
        return typed("Deployment", Deployment.class);
    }

    Deployment deployment(String name) {
        return deployments().stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst()
                .orElseGet(() -> fail(overlay + ": no Deployment " + name));
    }

    List<Service> services() {
        return typed("Service", Service.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return typed("NetworkPolicy", NetworkPolicy.class);
    }

    List<HorizontalPodAutoscaler> autoscalers() {
        return typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
    }

    List<PodDisruptionBudget> disruptionBudgets() {
        return typed("PodDisruptionBudget", PodDisruptionBudget.class);
    }

    List<Ingress> ingresses() {
        return typed("Ingress", Ingress.class);
    }

    List<ConfigMap> configMaps() {
        return typed("ConfigMap", ConfigMap.class);
    }

    /** The namespace every object was put in (the overlays set one). */
    String namespace() {
        return objects.stream().filter(o -> !kind(o).equals("Namespace"))
                .map(o -> o.path("metadata").path("namespace").asText()).filter(n -> !n.isEmpty())
                .findFirst().orElse("default");
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            fail("Deployment " + deployment.getMetadata().getName() + " has " + containers.size() + " containers, expected one");
        }
        return containers.get(0);
    }

    /** An env var's value as the pod sees it: a literal, or the ConfigMap key it names; empty for a secret. */
    Optional<String> resolve(EnvVar env) {
        if (env.getValueFrom() == null) {
            return Optional.ofNullable(env.getValue());
        }
        var ref = env.getValueFrom().getConfigMapKeyRef();
        if (ref == null) {
            return Optional.empty();
        }
        ConfigMap map = configMaps().stream().filter(c -> c.getMetadata().getName().equals(ref.getName())).findFirst()
                .orElseGet(() -> fail(overlay + ": env " + env.getName() + " refers to ConfigMap " + ref.getName()
                        + ", which the overlay does not contain"));
        if (map.getData() == null || !map.getData().containsKey(ref.getKey())) {
            fail(overlay + ": env " + env.getName() + " refers to key " + ref.getKey() + " missing from ConfigMap " + ref.getName());
        }
        return Optional.of(map.getData().get(ref.getKey()));
    }
}
