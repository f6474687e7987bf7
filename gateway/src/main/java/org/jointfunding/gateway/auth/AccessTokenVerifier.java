package org.jointfunding.gateway.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.gateway.GatewayConfig;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Set;

/**
 * Verifies identity-service's access tokens: RS256 only, signature against the published JWKS
 * (cached; an unknown {@code kid} triggers a rate-limited refresh, so key rotation needs no
 * restart), {@code iss}, {@code aud}, {@code exp}/{@code nbf} and the presence of {@code sub}.
 * {@link #verify} may fetch keys over the network: call it off the event loop.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public AccessTokenVerifier(GatewayConfig config) {
        GatewayConfig.Auth auth = config.auth();
        URL jwks = toUrl(auth.jwksUrl().orElseGet(() -> defaultJwks(config)));
        int timeoutMs = (int) config.proxy().connectTimeout().toMillis();
        JWKSource<SecurityContext> keys = JWKSourceBuilder
                .<SecurityContext>create(jwks, new DefaultResourceRetriever(timeoutMs, timeoutMs, 256 * 1024))
                .cache(auth.jwksCacheTtl().toMillis(), timeoutMs)
                .rateLimited(auth.jwksMinRefreshInterval().toMillis())
                .retrying(false)
                .build();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(auth.audience(),
                new JWTClaimsSet.Builder().issuer(auth.issuer()).build(), Set.of("sub", "exp", "iat")));
    }

    /** The verified claims, or {@link InvalidToken} saying why the token is refused. */
    public JWTClaimsSet verify(String token) {
        try {
            return processor.process(token, null);
        } catch (Exception e) {
            throw new InvalidToken(e.getMessage());
        }
    }

    private static URI defaultJwks(GatewayConfig config) {
        GatewayConfig.Upstream identity = config.upstreams().get("identity");
        if (identity == null) {
            throw new IllegalStateException("Set gateway.auth.jwks-url or gateway.upstreams.identity.url");
        }
        return URI.create(identity.url().toString().replaceAll("/+$", "") + "/api/identity/jwks");
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad JWKS URL " + uri, e);
        }
    }

    public static class InvalidToken extends RuntimeException {
        InvalidToken(String reason) {
            super(reason, null, false, false);
        }
    }
}
