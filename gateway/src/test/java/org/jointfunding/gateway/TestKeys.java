package org.jointfunding.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Signing keys of the fake identity service and tokens shaped like identity's access tokens.
 * {@link #publish()} adds a new key to the served JWKS, as identity does when it rotates keys.
 */
final class TestKeys {

    static final String ISSUER = "http://localhost:8080/api/identity";
    static final String AUDIENCE = "joint-funding-portal";

    private static final List<RSAKey> PUBLISHED = new CopyOnWriteArrayList<>(List.of(generate()));

    private TestKeys() {
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey publish() {
        RSAKey key = generate();
        PUBLISHED.add(key);
        return key;
    }

    static JsonObject jwks() {
        return new JsonObject(new JWKSet(PUBLISHED.stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList())
                .toJSONObject());
    }

    static String bearer(String subject) {
        return "Bearer " + token(claims(subject).build(), PUBLISHED.get(0));
    }

    static JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .issueTime(java.util.Date.from(now)).expirationTime(java.util.Date.from(now.plusSeconds(900)))
                .jwtID(UUID.randomUUID().toString()).claim("groups", List.of("STARTUP"));
    }

    static String token(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(JWTClaimsSet claims) {
        return token(claims, PUBLISHED.get(0));
    }

    /** An HS256 token keyed with the published key's modulus: the classic algorithm-confusion attempt. */
    static String hmacToken(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(PUBLISHED.get(0).getKeyID()).build(), claims);
            jwt.sign(new MACSigner(PUBLISHED.get(0).getModulus().decode()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
