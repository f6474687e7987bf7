package org.jointfunding.identity.tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.Claims;
import org.jointfunding.identity.common.IdentityConfig;
import org.jointfunding.identity.keys.SigningKeys;
import org.jointfunding.kit.tokens.TokenCacheConfig;
import org.jointfunding.kit.tokens.VerifiedTokens;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.lang.UnresolvableKeyException;

import java.time.Clock;

/**
 * How identity-service verifies bearer tokens on its own endpoints: against its own published keys
 * (looked up by {@code kid}), RS256 only, issuer, audience and expiry checked against the injected
 * clock. Replaces smallrye-jwt's default factory, which would fetch our own JWKS over HTTP, and
 * outranks service-kit's JWKS verifier (priority 1) for the same reason. Verified tokens are
 * remembered ({@code portal.token-cache}) while their key is still published, so a revoked key's
 * tokens are refused at once all the same.
 */
@ApplicationScoped
@Alternative
@Priority(2)
public class PortalTokenVerifier extends JWTCallerPrincipalFactory {

    static final int CLOCK_SKEW_SECONDS = 30;

    private final SigningKeys keys;
    private final IdentityConfig config;
    private final Clock clock;
    private final VerifiedTokens tokens;

    public PortalTokenVerifier(SigningKeys keys, IdentityConfig config, Clock clock, TokenCacheConfig cache, MeterRegistry registry) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
        this.tokens = new VerifiedTokens(cache, clock, (kid, algorithm) -> keys.verificationKey(kid).orElse(null), registry);
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo ignored) throws ParseException {
        return tokens.principal(token, this::verify);
    }

    private VerifiedTokens.Verified verify(String token) throws ParseException {
        try {
            JwtContext jwt = new JwtConsumerBuilder()
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setVerificationKeyResolver((jws, nested) -> keys.verificationKey(jws.getKeyIdHeaderValue())
                            .orElseThrow(() -> new UnresolvableKeyException("No published signing key " + jws.getKeyIdHeaderValue())))
                    .setExpectedIssuer(config.issuer())
                    .setExpectedAudience(config.audience())
                    .setRequireExpirationTime()
                    .setRequireIssuedAt()
                    .setRequireSubject()
                    .setRequireJwtId()
                    .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                    .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                    .build()
                    .process(token);
            JwtClaims claims = jwt.getJwtClaims();
            claims.setClaim(Claims.raw_token.name(), token);
            JWTCallerPrincipal principal = new DefaultJWTCallerPrincipal(token, "JWT", claims);
            if (!(jwt.getJoseObjects().get(0) instanceof JsonWebSignature jws)) { // RS256 required: not reached
                return new VerifiedTokens.Verified(principal, null, null, null);
            }
            return new VerifiedTokens.Verified(principal, jws.getKeyIdHeaderValue(), jws.getAlgorithmHeaderValue(), jws.getKey());
        } catch (InvalidJwtException e) {
            throw new ParseException("Token rejected: " + e.getMessage(), e);
        }
    }
}
