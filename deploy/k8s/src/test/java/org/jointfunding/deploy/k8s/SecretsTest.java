package org.jointfunding.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No secret value is committed: the manifests only name Secrets, each one either made by
 * CloudNativePG or created by hand as docs/DEPLOY.md says (and with the keys the manifests read).
 */
class SecretsTest {

    /** Names of settings that hold secrets: they come from a Secret, never from a literal or a ConfigMap. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|CREDENTIAL|TOKEN|PRIVATE|API_?KEY|ACCESS_?KEY).*");
    /** A value that looks generated: long runs of hex or base64 characters. */
    private static final Pattern SECRET_VALUE = Pattern.compile(".*(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{32,}={0,2}(?![A-Za-z0-9+/=_-]).*");
    /** `kubectl [-n ns] create secret generic NAME ...` or `... create secret tls NAME ...`, with continuation lines. */
    private static final Pattern CREATE_SECRET = Pattern.compile("kubectl[^\\n]*?create secret (generic|tls) ([a-z0-9.-]+)((?:[^\\n]*\\\\\\n)*[^\\n]*)");
    private static final Pattern FROM = Pattern.compile("--from-(?:literal|file)=([A-Za-z0-9._-]+)=");

    static List<String> overlays() {
        return Manifests.overlays().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noSecretCarriesAValue(String overlay) {
        for (ObjectNode secret : Manifests.of(overlay).ofKind("Secret")) {
            assertTrue(isEmpty(secret.path("data")) && isEmpty(secret.path("stringData")),
                    overlay + ": Secret " + Manifests.name(secret) + " carries values; create it in the cluster instead "
                            + "(docs/DEPLOY.md, \"Kubernetes\") and refer to it by name");
        }
    }

    private static boolean isEmpty(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void secretSettingsComeFromSecrets(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : manifests.deployments()) {
            Container container = Manifests.container(deployment);
            String what = overlay + ": " + deployment.getMetadata().getName();
            if (!container.getEnvFrom().isEmpty()) {
                problems.add(what + ": envFrom hides which variables are set; list them under env");
            }
            for (EnvVar env : container.getEnv()) {
                boolean fromSecret = env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null;
                if (SECRET_NAME.matcher(env.getName()).matches() && !fromSecret) {
                    problems.add(what + ": " + env.getName() + " is a secret: take it from a Secret (secretKeyRef)");
                }
                String value = manifests.resolve(env).orElse("");
                if (SECRET_VALUE.matcher(value).matches()) {
                    problems.add(what + ": " + env.getName() + " has a value that looks like a secret");
                }
            }
        }
        for (var map : manifests.configMaps()) {
            if (map.getData() == null) {
                continue;
            }
            map.getData().forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches() || SECRET_VALUE.matcher(value).matches()) {
                    problems.add(overlay + ": ConfigMap " + map.getMetadata().getName() + " key " + key + " looks like a secret");
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everySecretReferredToIsMadeByCloudNativePgOrDocumented(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Map<String, Set<String>> referred = referred(manifests);
        Set<String> clusters = new TreeSet<>();
        manifests.ofKind("Cluster").forEach(c -> clusters.add(Manifests.name(c)));
        Map<String, Set<String>> documented = documented();
        List<String> problems = new ArrayList<>();
        referred.forEach((secret, keys) -> {
            for (String cluster : clusters) {
                if (secret.equals(cluster + "-app") && Set.of("username", "password").containsAll(keys)
                        || secret.equals(cluster + "-ca") && Set.of("ca.crt").containsAll(keys)) {
                    return; // made by CloudNativePG for the cluster
                }
            }
            if (!documented.containsKey(secret)) {
                String command = keys.contains("tls.crt") ? "kubectl create secret tls " + secret + " --cert=... --key=..."
                        : "kubectl create secret generic " + secret + " " + String.join(" ", keys.stream().map(k -> "--from-literal=" + k + "=...").toList());
                problems.add(overlay + ": Secret " + secret + " is referred to, but docs/DEPLOY.md does not say how to create it ("
                        + command + ")");
            } else if (!documented.get(secret).containsAll(keys)) {
                problems.add(overlay + ": Secret " + secret + ": the manifests read the keys " + keys
                        + ", docs/DEPLOY.md creates " + documented.get(secret));
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Secret name -> keys read, from every place the manifests name a Secret. */
    static Map<String, Set<String>> referred(Manifests manifests) {
        Map<String, Set<String>> referred = new TreeMap<>();
        for (Deployment deployment : manifests.deployments()) {
            for (EnvVar env : Manifests.container(deployment).getEnv()) {
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    var ref = env.getValueFrom().getSecretKeyRef();
                    referred.computeIfAbsent(ref.getName(), n -> new TreeSet<>()).add(ref.getKey());
                }
            }
            for (var volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    Set<String> keys = referred.computeIfAbsent(volume.getSecret().getSecretName(), n -> new TreeSet<>());
                    volume.getSecret().getItems().forEach(item -> keys.add(item.getKey()));
                }
            }
        }
        for (var ingress : manifests.ingresses()) {
            ingress.getSpec().getTls().forEach(tls -> referred.computeIfAbsent(tls.getSecretName(), n -> new TreeSet<>()).add("tls.crt"));
        }
        for (ObjectNode store : manifests.ofKind("ObjectStore")) {
            secretRefs(store.path("spec").path("configuration"), referred);
        }
        for (ObjectNode cluster : manifests.ofKind("Cluster")) {
            secretRefs(cluster.path("spec"), referred);
        }
        return referred;
    }

    /** {name, key} objects under a credentials field (CloudNativePG's and the plugin's SecretKeySelector). */
    private static void secretRefs(JsonNode node, Map<String, Set<String>> referred) {
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isObject() && value.has("name") && value.has("key") && value.size() == 2) {
                referred.computeIfAbsent(value.get("name").asText(), n -> new TreeSet<>()).add(value.get("key").asText());
            } else if (value.isObject() && field.getKey().toLowerCase().endsWith("secret") && value.has("name")) {
                referred.computeIfAbsent(value.get("name").asText(), n -> new TreeSet<>());
            } else if (value.isObject()) {
                secretRefs(value, referred);
            } else if (value.isArray()) {
                value.forEach(item -> {
                    if (item.isObject()) {
                        secretRefs(item, referred);
                    }
                });
            }
        });
    }

    /** Secret name -> keys, from the `kubectl create secret` commands of docs/DEPLOY.md. */
    static Map<String, Set<String>> documented() {
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher command = CREATE_SECRET.matcher(Suite.read(Suite.deployDoc()));
        while (command.find()) {
            Set<String> keys = documented.computeIfAbsent(command.group(2), n -> new TreeSet<>());
            if (command.group(1).equals("tls")) {
                keys.addAll(List.of("tls.crt", "tls.key"));
            }
            Matcher from = FROM.matcher(command.group(3));
            while (from.find()) {
                keys.add(from.group(1));
            }
        }
        return documented;
    }
}
