package org.jointfunding.kit.tokens;

import io.smallrye.jwt.KeyProvider;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.KeyLocationResolver;
import org.jose4j.http.Get;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * identity's published keys (its JWKS), as smallrye-jwt's own resolver fetches and refreshes them, with two
 * limits smallrye leaves out:
 * <ul>
 * <li>a fetch gives up after {@link #FETCH_TIMEOUT} without retrying: jose4j's defaults (20 s to connect, 20 s to
 * read, three tries) held a request for a minute while identity hung;</li>
 * <li>when the first fetch fails, the requests of the next {@link #RETRY_AFTER} are refused at once: smallrye
 * builds its resolver under a lock and tries again for every request, so they queued behind each other's
 * fetches.</li>
 * </ul>
 * Keys already fetched outlive identity's absence by the services' {@code smallrye.jwt.jwks.retain-cache-on-error-duration}.
 */
final class IdentityKeys {

    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(2);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final LongSupplier nanoTime;
    private volatile VerificationKeyResolver resolver;
    private long failedAt;
    private boolean failed;

    IdentityKeys(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** True for settings that name a JWKS to fetch over HTTP, which is what this class is for. */
    static boolean fetchedOverHttp(JWTAuthContextInfo settings) {
        String location = settings.getPublicKeyLocation();
        return settings.getPublicVerificationKey() == null && !settings.isVerifyCertificateThumbprint()
                && settings.getKeyProvider() != KeyProvider.AWS_ALB
                && location != null && (location.startsWith("http://") || location.startsWith("https://"));
    }

    VerificationKeyResolver resolver(JWTAuthContextInfo settings) throws UnresolvableKeyException {
        VerificationKeyResolver known = resolver;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (resolver == null) {
                if (failed && nanoTime.getAsLong() - failedAt < RETRY_AFTER.toNanos()) {
                    throw new UnresolvableKeyException("identity's keys could not be fetched from "
                            + settings.getPublicKeyLocation() + " less than " + RETRY_AFTER.toSeconds() + " s ago");
                }
                try {
                    resolver = new Resolver(settings);
                    failed = false;
                } catch (UnresolvableKeyException unreachable) {
                    failed = true;
                    failedAt = nanoTime.getAsLong();
                    throw unreachable;
                }
            }
            return resolver;
        }
    }

    /** smallrye's resolver, whose HTTP client gives up quickly; smallrye still adds its TLS and proxy settings. */
    private static final class Resolver extends KeyLocationResolver {

        Resolver(JWTAuthContextInfo settings) throws UnresolvableKeyException {
            super(settings);
        }

        @Override
        protected Get getHttpGet() {
            Get get = new Get();
            get.setConnectTimeout((int) FETCH_TIMEOUT.toMillis());
            get.setReadTimeout((int) FETCH_TIMEOUT.toMillis());
            get.setRetries(0);
            return get;
        }
    }
}
