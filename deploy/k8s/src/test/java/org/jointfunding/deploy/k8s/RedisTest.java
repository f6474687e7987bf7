package org.jointfunding.deploy.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Redis of the gateway's rate limits, where the services' checks do not apply to it: a cache
 * (nothing saved, a memory bound under its limit, least recently used keys dropped when full), the
 * official image pinned, its password from a Secret, and the gateway pointed at it with that same
 * password. The hardening (DeploymentTest), the network (NetworkPolicyTest), the Secret's
 * documentation (SecretsTest) and the one replica (ScalingTest) are checked with the others.
 */
class RedisTest {

    /** The official image (possibly through a mirror), tagged with at least a minor version, or by digest. */
    private static final Pattern OFFICIAL_PINNED = Pattern.compile("(?:[^/\\s]+/)*redis(?::\\d+\\.\\d+[\\w.-]*)?(?:@sha256:[0-9a-f]{64})?");
    /** Redis' memory units: 1k = 1000, 1kb = 1024 bytes... (redis.conf, "Units"). */
    private static final Pattern SIZE = Pattern.compile("(\\d+)(b|k|kb|m|mb|g|gb)?");

    static List<String> overlays() {
        return Manifests.overlays().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void redisIsACacheWithoutPersistenceBoundUnderItsMemoryLimit(String overlay) {
        Container redis = Manifests.container(Manifests.of(overlay).deployment(Suite.REDIS));
        String what = overlay + ": redis";
        assertEquals(Optional.of(""), option(redis, "--save"), what + ": --save \"\" (no snapshots: the buckets are disposable)");
        assertEquals(Optional.of("no"), option(redis, "--appendonly"), what + ": --appendonly no (no append-only file)");
        assertEquals(Optional.of("allkeys-lru"), option(redis, "--maxmemory-policy"),
                what + ": --maxmemory-policy allkeys-lru (when full, drop the least recently used buckets rather than refuse writes)");
        String maxmemory = option(redis, "--maxmemory").orElseGet(() -> fail(what + ": no --maxmemory: Redis would grow until the kernel kills it"));
        BigDecimal limit = redis.getResources().getLimits().get("memory").getNumericalAmount();
        BigDecimal bound = bytes(maxmemory, what);
        assertTrue(bound.signum() > 0 && bound.compareTo(limit.multiply(new BigDecimal("0.8"))) <= 0,
                what + ": --maxmemory " + maxmemory + " (" + bound + " bytes) must be at most 80 % of the memory limit ("
                        + limit + " bytes): connections, buffers and fragmentation come on top");
        assertEquals(List.of(6379), redis.getPorts().stream().map(p -> p.getContainerPort()).toList(),
                what + ": Redis listens on 6379 (no --port here)");
        assertTrue(option(redis, "--port").isEmpty(), what + ": --port: keep 6379");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void redisIsTheOfficialImagePinnedRunAsItsRedisUser(String overlay) {
        Deployment deployment = Manifests.of(overlay).deployment(Suite.REDIS);
        String image = Manifests.container(deployment).getImage();
        assertTrue(OFFICIAL_PINNED.matcher(image).matches() && (image.contains(":") || image.contains("@")),
                overlay + ": redis runs " + image + ": the official image, pinned (redis:7.4-alpine, or a digest)");
        // the image's redis user: its files and the entrypoint expect it
        assertEquals(999L, deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser(),
                overlay + ": redis runs as another user than the image's redis (999)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theGatewayReachesRedisWithThePasswordRedisRequires(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Container redis = Manifests.container(manifests.deployment(Suite.REDIS));
        String requirepass = option(redis, "--requirepass")
                .orElseGet(() -> fail(overlay + ": redis has no --requirepass: any pod that reaches it could reset every bucket"));
        SecretKeySelector redisSecret = secretOf(redis, single(DeploymentTest.references(requirepass), overlay + ": redis --requirepass"),
                overlay + ": redis --requirepass");

        Container gateway = Manifests.container(manifests.deployment("gateway"));
        assertEquals(Optional.of("redis"), env(gateway, "GATEWAY_RATE_LIMIT_STORE").flatMap(manifests::resolve),
                overlay + ": the gateway does not keep its buckets in Redis (GATEWAY_RATE_LIMIT_STORE=redis)");
        String url = env(gateway, "GATEWAY_RATE_LIMIT_REDIS_URL").map(EnvVar::getValue)
                .orElseGet(() -> fail(overlay + ": the gateway has no GATEWAY_RATE_LIMIT_REDIS_URL"));
        URI uri = URI.create(url);
        String what = overlay + ": gateway GATEWAY_RATE_LIMIT_REDIS_URL " + url;
        assertTrue(List.of("redis", "rediss").contains(uri.getScheme()), what + ": not a redis:// URL");
        assertEquals(Suite.REDIS, uri.getHost(), what + ": not the Service redis");
        String userInfo = uri.getRawUserInfo();
        assertNotNull(userInfo, what + ": no password, and Redis requires one");
        assertTrue(userInfo.startsWith(":"), what + ": the password goes after a colon (redis://:<password>@host)");
        String reference = single(DeploymentTest.references(userInfo), what);
        assertEquals(":$(" + reference + ")", userInfo, what + ": the password must come from a Secret, nothing written in the URL");
        SecretKeySelector gatewaySecret = secretOf(gateway, reference, what);
        assertEquals(redisSecret.getName() + "/" + redisSecret.getKey(), gatewaySecret.getName() + "/" + gatewaySecret.getKey(),
                what + ": another Secret than the one Redis requires");
    }

    /** The value following an option on the container's command line; empty when it is not there. */
    private static Optional<String> option(Container container, String name) {
        List<String> line = new ArrayList<>(container.getCommand());
        line.addAll(container.getArgs());
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).equals(name)) {
                return i + 1 < line.size() ? Optional.of(line.get(i + 1)) : Optional.of("");
            }
        }
        return Optional.empty();
    }

    private static Optional<EnvVar> env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst();
    }

    private static SecretKeySelector secretOf(Container container, String variable, String what) {
        EnvVar env = env(container, variable).orElseGet(() -> fail(what + ": $(" + variable + ") is not in the container's env"));
        if (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
            fail(what + ": " + variable + " does not come from a Secret (secretKeyRef)");
        }
        return env.getValueFrom().getSecretKeyRef();
    }

    private static String single(List<String> references, String what) {
        if (references.size() != 1) {
            fail(what + ": expected one $(VARIABLE) reference, found " + references);
        }
        return references.get(0);
    }

    private static BigDecimal bytes(String size, String what) {
        Matcher m = SIZE.matcher(size.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            fail(what + ": --maxmemory " + size + " is not a Redis size (100mb, 1gb...)");
        }
        long unit = switch (m.group(2) == null ? "b" : m.group(2)) {
            case "k" -> 1_000L;
            case "kb" -> 1_024L;
            case "m" -> 1_000_000L;
            case "mb" -> 1_024L * 1_024;
            case "g" -> 1_000_000_000L;
            case "gb" -> 1_024L * 1_024 * 1_024;
            default -> 1L;
        };
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
    }
}
