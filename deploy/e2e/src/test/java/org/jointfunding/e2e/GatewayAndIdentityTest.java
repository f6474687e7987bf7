package org.jointfunding.e2e;

import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real tokens from identity-service, checked at the real gateway and by the services behind it. */
class GatewayAndIdentityTest {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void aNewStartupRegistersLogsInAndReadsItselfThroughTheGateway() {
        String email = "founder-" + UUID.randomUUID() + "@e2e.test";
        given().baseUri(suite.gateway()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "E2E Founder", "country", "MY",
                        "password", "a long enough passphrase", "role", "STARTUP"))
                .post("/api/identity/register")
                .then().statusCode(201);
        String token = Portal.login(suite, email, "a long enough passphrase");

        given().baseUri(suite.gateway()).auth().oauth2(token)
                .get("/api/identity/me")
                .then().statusCode(200).body("email", is(email)).body("roles", hasItem("STARTUP"))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void someoneWhoForgotTheirPasswordSetsANewOneWithAnAdminsCodeThroughTheGateway() {
        Portal portal = new Portal(suite);
        Portal.Account startup = portal.account("STARTUP", null, "MY");
        String code = portal.as(portal.admin()).body(Map.of("reason", "e2e: forgot it"))
                .post("/api/identity/admin/accounts/" + startup.id() + "/password-reset")
                .then().statusCode(200).extract().path("resetCode");

        String token = given().baseUri(suite.gateway()).contentType(ContentType.JSON) // no token: a public route at the edge
                .body(Map.of("email", startup.email(), "resetCode", code, "newPassword", "a brand new e2e passphrase"))
                .post("/api/identity/password-reset")
                .then().statusCode(200)
                .header("RateLimit-Limit", "10000") // the credentials bucket, as login's
                .extract().path("access_token");

        given().baseUri(suite.gateway()).auth().oauth2(token).get("/api/identity/me").then().statusCode(200).body("email", is(startup.email()));
        Portal.login(suite, startup.email(), "a brand new e2e passphrase");
        given().baseUri(suite.gateway()).contentType(ContentType.JSON).body(Map.of("email", startup.email(), "password", Portal.PASSWORD))
                .post("/api/identity/login").then().statusCode(401);
    }

    @Test
    void theGatewayStopsATamperedTokenBeforeAnyService() {
        String token = Portal.login(suite, RunningSuite.ADMIN_EMAIL, RunningSuite.ADMIN_PASSWORD);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        given().baseUri(suite.gateway()).auth().oauth2(tampered)
                .get("/api/identity/me")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().baseUri(suite.gateway()).get("/api/identity/me")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void anOpenIdLibraryFindsTheKeysFromTheIssuerThroughTheGateway() {
        String jwksUri = given().baseUri(suite.gateway())
                .get("/api/identity/.well-known/openid-configuration")
                .then().statusCode(200).body("issuer", is("http://localhost:8080/api/identity"))
                .extract().path("jwks_uri");
        given().baseUri(suite.gateway()).get(jwksUri.replace("http://localhost:8080", ""))
                .then().statusCode(200).body("keys[0].kty", is("RSA")).body("keys[0].kid", notNullValue());
    }

    @Test
    void aRequestIdFollowsTheCallIntoEveryServiceLogThatHandledIt() {
        String token = Portal.login(suite, RunningSuite.ADMIN_EMAIL, RunningSuite.ADMIN_PASSWORD);
        String me = "e2e-me-" + UUID.randomUUID();
        String calls = "e2e-calls-" + UUID.randomUUID();

        given().baseUri(suite.gateway()).auth().oauth2(token).header("X-Request-Id", me)
                .get("/api/identity/me").then().statusCode(200).header("X-Request-Id", is(me));
        given().baseUri(suite.gateway()).header("X-Request-Id", calls)
                .get("/api/funding/calls").then().statusCode(200).header("X-Request-Id", is(calls));

        Awaitility.await("request ids in the logs").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertTrue(suite.log("gateway").contains(me), "gateway log");
            assertTrue(suite.log("identity").contains("req:" + me), "identity log");
            assertTrue(suite.log("funding").lines().anyMatch(line -> line.startsWith("{") && line.contains(calls)),
                    "funding logs JSON lines carrying the id");
        });
    }

    @Test
    void internalEndpointsAreNotReachableThroughTheGateway() {
        given().baseUri(suite.gateway()).contentType(ContentType.JSON).body("{}")
                .post("/internal/events")
                .then().statusCode(404);
        given().baseUri(suite.url("mentorship")).contentType(ContentType.JSON).body("{}")
                .post("/internal/events")
                .then().statusCode(401);
    }
}
