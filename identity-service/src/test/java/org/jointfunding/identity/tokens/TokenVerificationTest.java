package org.jointfunding.identity.tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.jointfunding.identity.Portal;
import org.jointfunding.identity.TestClock;
import org.jointfunding.identity.keys.SigningKeys;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.jointfunding.identity.Portal.me;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** identity-service accepts only its own, unexpired, untampered RS256 tokens for this portal. */
@QuarkusTest
class TokenVerificationTest {

    @Inject
    TestClock clock;

    @Inject
    SigningKeys keys;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void noTokenIsA401() {
        given().get("/api/identity/me").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRejected() {
        String bearer = registered("STARTUP").bearer();
        clock.advance(Duration.ofMinutes(14));
        me(bearer).statusCode(200);
        clock.advance(Duration.ofMinutes(1).plusSeconds(PortalTokenVerifier.CLOCK_SKEW_SECONDS + 1));
        me(bearer).statusCode(401);
    }

    @Test
    void aTokenSeenAgainIsNotVerifiedAgain() {
        String bearer = registered("STARTUP").bearer();
        double signatures = verified("signature");
        double remembered = verified("cache");
        me(bearer).statusCode(200);
        me(bearer).statusCode(200);
        me(bearer).statusCode(200);
        assertEquals(signatures + 1, verified("signature"), "one full check");
        assertEquals(remembered + 2, verified("cache"), "then the remembered one (portal.token-cache)");
    }

    @Test
    void aTokenRememberedShortlyBeforeItsExpIsRefusedOnceExpired() {
        String bearer = registered("STARTUP").bearer(); // 15 minutes
        clock.advance(Duration.ofMinutes(14).plusSeconds(50));
        me(bearer).statusCode(200);
        me(bearer).statusCode(200); // remembered, 10 s before exp
        // 41 s later: well within the 60 s a verification may be reused, but past exp and the clock skew
        clock.advance(Duration.ofSeconds(10 + PortalTokenVerifier.CLOCK_SKEW_SECONDS + 1));
        me(bearer).statusCode(401);
    }

    @Test
    void aTamperedTokenIsRejected() {
        String token = registered("STARTUP").login();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"STARTUP\"", "\"ADMIN\"");
        String forged = parts[0] + "." + base64Url(payload) + "." + parts[2];
        me("Bearer " + token).statusCode(200);
        given().header("Authorization", "Bearer " + forged).get("/api/identity/admin/accounts").then().statusCode(401);
        me("Bearer " + forged).statusCode(401);
    }

    @Test
    void algNoneIsRejected() {
        String token = registered("STARTUP").login();
        String[] parts = token.split("\\.");
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + keys.signingKey().kid() + "\"}");
        me("Bearer " + header + "." + parts[1] + ".").statusCode(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        // the test kit's key, which funding and mentorship trust in their tests
        me(TestTokens.user("ADMIN").bearer()).statusCode(401);
        // our current kid in the header, but a stranger's key
        PrivateKey stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        me("Bearer " + portalClaims("STARTUP").jws().keyId(keys.signingKey().kid()).sign(stranger)).statusCode(401);
    }

    @Test
    void hmacSignedWithThePublicKeyIsRejected() {
        byte[] publicKey = keys.verificationKey(keys.signingKey().kid()).orElseThrow().getEncoded();
        String token = portalClaims("ADMIN").jws().keyId(keys.signingKey().kid()).algorithm(SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(publicKey, "HmacSHA256"));
        me("Bearer " + token).statusCode(401);
    }

    @Test
    void wrongIssuerOrAudienceIsRejectedEvenWithOurKey() {
        Portal.Account startup = registered("STARTUP");
        SigningKeys.ActiveKey key = keys.signingKey();
        me("Bearer " + portalClaims(startup.id(), "STARTUP").jws().keyId(key.kid()).sign(key.privateKey())).statusCode(200);
        me("Bearer " + portalClaims(startup.id(), "STARTUP").issuer("https://evil.example/api/identity")
                .jws().keyId(key.kid()).sign(key.privateKey())).statusCode(401);
        me("Bearer " + portalClaims(startup.id(), "STARTUP").audience("another-portal")
                .jws().keyId(key.kid()).sign(key.privateKey())).statusCode(401);
        me("Bearer " + portalClaims(startup.id(), "STARTUP").jws().keyId("no-such-kid").sign(key.privateKey())).statusCode(401);
    }

    @Test
    void aStartupCallingAnAdminEndpointIsForbidden() {
        String bearer = registered("STARTUP").bearer();
        given().header("Authorization", bearer).get("/api/identity/admin/accounts").then().statusCode(403);
        given().header("Authorization", bearer).get("/api/identity/admin/audit").then().statusCode(403);
        given().header("Authorization", bearer).post("/api/identity/admin/keys/rotate").then().statusCode(403);
        given().header("Authorization", registered("MENTOR").bearer()).get("/api/identity/admin/clients").then().statusCode(403);
    }

    private io.smallrye.jwt.build.JwtClaimsBuilder portalClaims(String role) {
        return portalClaims(java.util.UUID.randomUUID().toString(), role);
    }

    private io.smallrye.jwt.build.JwtClaimsBuilder portalClaims(String subject, String role) {
        Instant now = clock.instant();
        return Jwt.issuer("http://localhost:8080/api/identity").audience("joint-funding-portal").subject(subject)
                .issuedAt(now).expiresAt(now.plusSeconds(600)).claim("jti", java.util.UUID.randomUUID().toString())
                .groups(Set.of(role));
    }

    /** The sample of portal_tokens_verified_total{by}, 0 when not yet written. */
    private static double verified(String by) {
        String series = "portal_tokens_verified_total{by=\"" + by + "\"} ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series)).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length()))).orElse(0.0);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
