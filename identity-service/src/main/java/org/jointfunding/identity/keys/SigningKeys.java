package org.jointfunding.identity.keys;

import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.RunningJobs;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys in memory: the CURRENT private key for signing, and the published public keys for
 * verifying and for the JWKS. Reloaded after a rotation or revocation here, every
 * {@code portal.keys.reload-interval} (2 s), and on an unknown {@code kid} (another replica may have
 * rotated), at most once per {@link #UNKNOWN_KID_RELOAD_INTERVAL}.
 */
@ApplicationScoped
public class SigningKeys {

    static final Duration UNKNOWN_KID_RELOAD_INTERVAL = Duration.ofSeconds(10);

    private final SigningKeyStore store;
    private final KeySealer sealer;
    private final Clock clock;

    private volatile Loaded loaded;
    private volatile Instant lastReload = Instant.EPOCH;

    public record ActiveKey(String kid, PrivateKey privateKey) {
    }

    private record Loaded(ActiveKey signing, Map<String, PublicKey> published) {
    }

    public SigningKeys(SigningKeyStore store, KeySealer sealer, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        store.ensureCurrentKey();
        reload();
    }

    public ActiveKey signingKey() {
        return loaded().signing();
    }

    /** The public key for a published {@code kid}; empty for unknown and retired keys. */
    public Optional<PublicKey> verificationKey(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        PublicKey key = loaded().published().get(kid);
        if (key == null && clock.instant().isAfter(lastReload.plus(UNKNOWN_KID_RELOAD_INTERVAL))) {
            key = reload().published().get(kid);
        }
        return Optional.ofNullable(key);
    }

    public SigningKeyStore.Rotation rotate(String actor) {
        SigningKeyStore.Rotation rotation = store.rotate(actor);
        reload();
        return rotation;
    }

    public SigningKeyStore.Rotation revoke(String kid, String actor, String reason) {
        SigningKeyStore.Rotation rotation = store.revoke(kid, actor, reason);
        reload();
        return rotation;
    }

    /**
     * Another replica may have rotated or revoked a key: every replica reloads on its own (a query of
     * a few rows), so none keeps signing with, or accepting, a key retired elsewhere, nor refuses a
     * key made elsewhere, for longer than this interval.
     */
    @FinishedBeforeShutdown
    @Scheduled(every = "${portal.keys.reload-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunningJobs.Stopping.class)
    void reloadPeriodically() {
        if (loaded != null) { // onStart makes the first load (and on a fresh database the first key)
            reload();
        }
    }

    /** JWK parameters of the published keys, CURRENT first. */
    public List<Map<String, Object>> jwks() {
        return loaded().published().entrySet().stream().map(e -> {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) e.getValue());
            jwk.setKeyId(e.getKey());
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        }).toList();
    }

    private Loaded loaded() {
        Loaded current = loaded;
        return current != null ? current : reload();
    }

    private synchronized Loaded reload() {
        List<SigningKey> keys = store.published();
        Map<String, PublicKey> published = new LinkedHashMap<>();
        ActiveKey signing = null;
        for (SigningKey key : keys) {
            published.put(key.kid, publicKey(key));
            if (key.status == KeyStatus.CURRENT) {
                signing = signing(key);
            }
        }
        if (signing == null) {
            throw new IllegalStateException("No CURRENT signing key in the identity database");
        }
        loaded = new Loaded(signing, Collections.unmodifiableMap(published));
        lastReload = clock.instant();
        return loaded;
    }

    private ActiveKey signing(SigningKey key) {
        Loaded previous = loaded;
        if (previous != null && previous.signing().kid().equals(key.kid)) {
            return previous.signing(); // unsealing costs a key derivation: reuse
        }
        byte[] pkcs8 = sealer.open(new KeySealer.Sealed(key.privateKeySealed, key.privateKeyIv, key.privateKeySalt), key.kid);
        try {
            return new ActiveKey(key.kid, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + key.kid + " is unreadable", e);
        }
    }

    private static PublicKey publicKey(SigningKey key) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key.publicKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Public key " + key.kid + " is unreadable", e);
        }
    }
}
