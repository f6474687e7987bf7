package org.jointfunding.gateway;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class EdgeAuthenticationTest {

    @Test
    void publicRoutesPassWithoutAToken() {
        Clients.anyClient().get("/api/funding/calls").then().statusCode(200).body("service", is("funding"));
        Clients.anyClient().get("/api/funding/calls/" + UUID.randomUUID()).then().statusCode(200);
        Clients.anyClient().get("/api/funding/agencies").then().statusCode(200);
        Clients.anyClient().get("/api/identity/.well-known/openid-configuration").then().statusCode(200);
        Clients.anyClient().get("/api/identity/jwks").then().statusCode(200).body("keys.size()", is(org.hamcrest.Matchers.greaterThan(0)));
        Clients.anyClient().contentType(ContentType.JSON).body("{}").post("/api/identity/login").then().statusCode(200);
        Clients.anyClient().contentType(ContentType.JSON).body("{}").post("/api/identity/register").then().statusCode(200);
        Clients.anyClient().contentType(ContentType.JSON).body("{}").post("/api/identity/password-reset").then().statusCode(200);
    }

    @Test
    void protectedRoutesNeedAToken() {
        String marker = UUID.randomUUID().toString();
        Clients.anyClient().get("/api/funding/applications/" + marker)
                .then().statusCode(401)
                .header("WWW-Authenticate", is("Bearer"))
                .contentType("application/problem+json")
                .body("type", is("/problems/unauthorized"))
                .body("status", is(401));
        // a public GET does not make the same path public for other methods
        Clients.anyClient().contentType(ContentType.JSON).body("{}").post("/api/funding/calls/" + marker)
                .then().statusCode(401);
        Clients.anyClient().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/mentorship/matches/" + marker)
                .then().statusCode(401);
        assertFalse(FakeServices.receivedAnyContaining(marker));
    }

    @Test
    void aTamperedTokenIsStoppedAtTheEdge() {
        String marker = UUID.randomUUID().toString();
        String[] parts = TestKeys.token(TestKeys.claims("victim").build()).split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                TestKeys.claims("attacker").claim("groups", java.util.List.of("ADMIN")).build().toString().getBytes());
        String tampered = parts[0] + "." + forgedPayload + "." + parts[2];
        Clients.anyClient().header("Authorization", "Bearer " + tampered).get("/api/identity/admin/" + marker)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", is("/problems/unauthorized"));
        assertFalse(FakeServices.receivedAnyContaining(marker));
    }

    @Test
    void tokensThatAreNotOursOrNoLongerValidAreRefused() {
        String marker = UUID.randomUUID().toString();
        Instant past = Instant.now().minusSeconds(3600);
        String[] refused = {
                TestKeys.token(TestKeys.claims("u").expirationTime(Date.from(past)).build()),
                TestKeys.token(TestKeys.claims("u").issuer("https://elsewhere.example").build()),
                TestKeys.token(TestKeys.claims("u").audience("another-app").build()),
                TestKeys.token(TestKeys.claims("u").build(), TestKeys.generate()), // key never published
                TestKeys.hmacToken(TestKeys.claims("u").build()),
                TestKeys.token(new JWTClaimsSet.Builder(TestKeys.claims("u").build()).subject(null).build()),
                "not-a-jwt"};
        for (String token : refused) {
            Clients.anyClient().header("Authorization", "Bearer " + token).get("/api/funding/applications/" + marker)
                    .then().statusCode(401).body("type", is("/problems/unauthorized"));
        }
        assertFalse(FakeServices.receivedAnyContaining(marker));
    }

    @Test
    void aKeyPublishedAfterStartIsPickedUpOnItsFirstToken() {
        Clients.signedIn().get("/api/funding/applications").then().statusCode(200); // keys fetched and cached
        RSAKey rotated = TestKeys.publish();
        Clients.anyClient().header("Authorization", "Bearer " + TestKeys.token(TestKeys.claims("u2").build(), rotated))
                .get("/api/funding/applications")
                .then().statusCode(200);
    }
}
