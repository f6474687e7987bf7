package org.jointfunding.kit.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;

import java.security.Key;
import java.time.Clock;

/**
 * Access tokens already verified, by their whole raw text: a token seen again skips the signature
 * check and the claim parsing. An entry is served only while all of these hold:
 * <ul>
 *   <li>the token's {@code exp} has not passed (the verifier's clock skew is not granted here: past
 *       {@code exp} the verifier decides again);</li>
 *   <li>it was verified less than {@code portal.token-cache.max-age} ago;</li>
 *   <li>the key that verified its signature is still the one published under its {@code kid}, so a
 *       key removed from the JWKS (revoked, retired) is refused as soon as the verifier itself would
 *       refuse it: the cache adds nothing to that delay.</li>
 * </ul>
 * Only successful verifications are kept; a refused token is checked again each time. The key is the
 * raw token, never its claims, so a token with the same claims and another signature is a miss.
 * Bounded by {@code portal.token-cache.max-size}. Counts {@code portal_tokens_verified_total} by
 * {@code signature} (full check) and {@code cache}.
 */
public final class VerifiedTokens {

    /** The outcome of a full check: the caller, and the key (with its {@code kid}) that verified the signature. */
    public record Verified(JWTCallerPrincipal principal, String kid, String algorithm, Key key) {
    }

    /** A full check of a token: signature and claims; throws when the token is refused. */
    @FunctionalInterface
    public interface Verifier {
        Verified verify(String token) throws ParseException;
    }

    /** The key published now under a {@code kid} for an algorithm; null when there is none. */
    @FunctionalInterface
    public interface PublishedKeys {
        Key current(String kid, String algorithm);
    }

    private record Entry(Verified verified, long expiresAtMillis) {
    }

    private final Cache<String, Entry> entries; // null: the cache is off
    private final long maxAgeMillis;
    private final Clock clock;
    private final PublishedKeys keys;
    private final Counter bySignature;
    private final Counter byCache;

    /**
     * @param clock the clock the verifier checks {@code exp} against (so both agree on when a token expires)
     * @param keys  where the verifier finds its keys now
     */
    public VerifiedTokens(TokenCacheConfig config, Clock clock, PublishedKeys keys, MeterRegistry registry) {
        this.entries = config.enabled() ? Caffeine.newBuilder()
                .maximumSize(config.maxSize())
                .expireAfterWrite(config.maxAge()) // frees memory; what is served is decided in servable()
                // housekeeping on the calling thread: the default hands it to the common pool
                .executor(Runnable::run)
                .build() : null;
        this.maxAgeMillis = config.maxAge().toMillis();
        this.clock = clock;
        this.keys = keys;
        this.bySignature = counter(registry, "signature");
        this.byCache = counter(registry, "cache");
    }

    /** The verified caller of {@code token}: remembered, or from {@code verifier} (and then remembered). */
    public JWTCallerPrincipal principal(String token, Verifier verifier) throws ParseException {
        if (entries == null) {
            return verify(token, verifier).principal();
        }
        Entry entry = entries.getIfPresent(token);
        if (entry != null) {
            if (servable(entry)) {
                byCache.increment();
                return entry.verified().principal();
            }
            entries.asMap().remove(token, entry);
        }
        Verified verified = verify(token, verifier);
        long now = clock.millis();
        long expiresAt = Math.min(verified.principal().getExpirationTime() * 1000, now + maxAgeMillis);
        if (expiresAt > now && verified.key() != null) {
            entries.put(token, new Entry(verified, expiresAt));
        }
        return verified.principal();
    }

    private Verified verify(String token, Verifier verifier) throws ParseException {
        Verified verified = verifier.verify(token);
        bySignature.increment();
        return verified;
    }

    private boolean servable(Entry entry) {
        if (clock.millis() >= entry.expiresAtMillis()) {
            return false;
        }
        Verified verified = entry.verified();
        return verified.key().equals(keys.current(verified.kid(), verified.algorithm()));
    }

    private static Counter counter(MeterRegistry registry, String by) {
        return Counter.builder("portal.tokens.verified")
                .description("Access tokens accepted, by how: a full signature check, or a remembered one (portal.token-cache)")
                .tag("by", by)
                .register(registry);
    }
}
