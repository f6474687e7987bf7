package org.jointfunding.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jointfunding.funding.support.KeysOverHttp;
import org.jointfunding.testkit.PostgresTestDatabase;
import org.jointfunding.testkit.TestTokens;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Verified tokens are remembered (portal.token-cache, service-kit's JwksTokenVerifier), never past
 * what the verifier itself would accept: a token's exp, its exact signature, its key still in the
 * JWKS. The JWKS is served over HTTP here, as identity serves it, so smallrye-jwt re-reads it as in
 * production: after its refresh interval, or at once (at most once a minute) for an unknown kid.
 */
@QuarkusTest
@TestProfile(TokenCacheTest.KeysServedOverHttp.class)
class TokenCacheTest {

    public static class KeysServedOverHttp implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestDatabase.class, Map.of("database", "funding_test")),
                    new TestResourceEntry(KeysOverHttp.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true; // TrustTestTokens would publish its key as a file instead
        }
    }

    private static final String LIST = "/api/funding/applications";
    private static final KeyPair REVOKED = rsa();   // published at first, then taken out of the JWKS
    private static final KeyPair KEPT = rsa();      // published throughout
    private static final KeyPair NEXT = rsa();      // published when REVOKED goes, as identity's revocation does
    private static final KeyPair STRANGER = rsa();  // never published

    @BeforeAll
    static void publishKeys() {
        publish(Map.of("revoked", REVOKED, "kept", KEPT));
    }

    @Test
    void aTokenSeenAgainIsNotVerifiedAgain() {
        String token = token(KEPT, "kept", Instant.now().plusSeconds(600));
        double signatures = verified("signature");
        double remembered = verified("cache");

        get(token, 200);
        get(token, 200);
        get(token, 200);

        assertEquals(signatures + 1, verified("signature"), "one full check");
        assertEquals(remembered + 2, verified("cache"), "then the remembered one");
    }

    @Test
    void aTokenWhoseExpPassesWhileRememberedIsRefused() throws InterruptedException {
        Instant exp = Instant.now().plusSeconds(3);
        String token = token(KEPT, "kept", exp);
        get(token, 200);
        get(token, 200);
        // smallrye-jwt checks exp (+ 1 s of skew here) against the system clock: real time has to pass,
        // about 4 s, far less than the 60 s a remembered token would be served for if exp were ignored
        Instant refusedFrom = exp.plusSeconds(KeysOverHttp.CLOCK_SKEW_SECONDS);
        while (!Instant.now().isAfter(refusedFrom.plusMillis(50))) {
            Thread.sleep(50);
        }
        get(token, 401);
    }

    @Test
    void theSameClaimsSignedWithAnotherKeyAreRefusedThoughTheTokenIsRemembered() throws GeneralSecurityException {
        String token = token(KEPT, "kept", Instant.now().plusSeconds(600));
        get(token, 200);
        String signed = token.substring(0, token.lastIndexOf('.'));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(STRANGER.getPrivate());
        rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
        String forged = signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());

        get(forged, 401);
        get(token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA"), 401);
        get(token, 200);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsKeyLeavesTheJwks() {
        String token = token(REVOKED, "revoked", Instant.now().plusSeconds(600));
        get(token, 200);
        get(token, 200);

        publish(Map.of("kept", KEPT, "next", NEXT));
        // the first token of the new key makes smallrye-jwt read the JWKS again
        get(token(NEXT, "next", Instant.now().plusSeconds(600)), 200);

        get(token, 401);
    }

    private static void get(String token, int status) {
        given().header("Authorization", "Bearer " + token).get(LIST).then().statusCode(status);
    }

    private static String token(KeyPair keys, String kid, Instant exp) {
        return Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject(UUID.randomUUID().toString())
                .groups("STARTUP").issuedAt(Instant.now()).expiresAt(exp)
                .jws().keyId(kid).sign(keys.getPrivate());
    }

    /** The sample of portal_tokens_verified_total{by}, 0 when not yet written. */
    private static double verified(String by) {
        String series = "portal_tokens_verified_total{by=\"" + by + "\"} ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series)).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length()))).orElse(0.0);
    }

    private static void publish(Map<String, KeyPair> keys) {
        JsonWebKeySet set = new JsonWebKeySet();
        keys.forEach((kid, pair) -> {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            jwk.setKeyId(kid);
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            set.addJsonWebKey(jwk);
        });
        try {
            Files.writeString(Path.of(ConfigProvider.getConfig().getValue("funding.test.jwks-file", String.class)), set.toJson());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
