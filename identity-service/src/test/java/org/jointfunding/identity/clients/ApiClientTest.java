package org.jointfunding.identity.clients;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApiClientTest {

    @Inject
    EntityManager db;

    record Created(String clientId, String secret) {
    }

    private static Created create(String admin, Map<String, Object> body) {
        var response = given().header("Authorization", admin).contentType(ContentType.JSON).body(body)
                .post("/api/identity/admin/clients").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("clientSecret", notNullValue()).extract();
        java.net.URI location = java.net.URI.create(response.header("Location"));
        assertTrue(location.isAbsolute(), location.toString());
        assertEquals("/api/identity/admin/clients/" + response.path("clientId"), location.getPath());
        return new Created(response.path("clientId"), response.path("clientSecret"));
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSecretIsShownOnceAndClientCredentialsGiveAnAgencyToken() {
        String admin = adminBearer();
        Created client = create(admin, Map.of("name", "MIDA export", "roles", List.of("AGENCY_ADMIN"), "agency", "MY-MIDA"));

        given().header("Authorization", admin).get("/api/identity/admin/clients/" + client.clientId())
                .then().statusCode(200).body("$", not(hasKey("clientSecret"))).body("status", equalTo("ACTIVE"));
        given().header("Authorization", admin).queryParam("limit", 100).get("/api/identity/admin/clients")
                .then().statusCode(200).body("items", everyItem(not(hasKey("clientSecret"))));

        String token = given().header("Authorization", basic(client.clientId(), client.secret()))
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/api/identity/token").then().statusCode(200)
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .body("$", not(hasKey("refresh_token")))
                .extract().path("access_token");
        Map<String, Object> claims = claims(token);
        assertEquals("client:" + client.clientId(), claims.get("sub"));
        assertEquals(List.of("AGENCY_ADMIN"), claims.get("groups"));
        assertEquals("MY-MIDA", claims.get("agency"));

        // form authentication works too
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId()).formParam("client_secret", client.secret())
                .post("/api/identity/token").then().statusCode(200);
        // an API client has no account behind /me
        given().header("Authorization", "Bearer " + token).get("/api/identity/me").then().statusCode(404);
    }

    @Test
    void wrongOrMissingClientCredentialsAreInvalidClient() {
        Created client = create(adminBearer(), Map.of("name", "script", "roles", List.of("ADMIN")));
        given().header("Authorization", basic(client.clientId(), "wrong-secret"))
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/api/identity/token").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("invalid_client"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "jfp_unknown").formParam("client_secret", "whatever")
                .post("/api/identity/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/api/identity/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().header("Authorization", basic(client.clientId(), client.secret()))
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId()).formParam("client_secret", client.secret())
                .post("/api/identity/token").then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aRevokedClientGetsNoTokens() {
        String admin = adminBearer();
        Created client = create(admin, Map.of("name", "old script", "roles", List.of("REVIEWER"), "agency", "IR-ISTT"));
        given().header("Authorization", admin).post("/api/identity/admin/clients/" + client.clientId() + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        given().header("Authorization", admin).post("/api/identity/admin/clients/" + client.clientId() + "/revoke")
                .then().statusCode(409).body("type", equalTo("/problems/illegal-transition"));
        given().header("Authorization", basic(client.clientId(), client.secret()))
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/api/identity/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().header("Authorization", admin).queryParam("type", "CLIENT_REVOKED").queryParam("target", client.clientId())
                .get("/api/identity/admin/audit").then().statusCode(200).body("total", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse create(String admin, String key, Map<String, Object> body) {
        return given().header("Authorization", admin).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/identity/admin/clients").then();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameClientWithoutTheSecret() {
        String admin = adminBearer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "retrying script", "roles", List.of("ADMIN", "STARTUP"));
        var first = create(admin, key, body).statusCode(201).body("clientSecret", notNullValue()).extract();
        String clientId = first.path("clientId");
        // the same request, the roles in another order: a replay, without the secret, which was never kept
        create(admin, key, Map.of("name", "retrying script", "roles", List.of("STARTUP", "ADMIN"))).statusCode(201)
                .header("Idempotent-Replayed", "true").header("Cache-Control", "no-store")
                .header("Location", equalTo(first.header("Location")))
                .body("clientId", equalTo(clientId)).body("name", equalTo("retrying script"))
                .body("roles", equalTo(List.of("STARTUP", "ADMIN"))).body("status", equalTo("ACTIVE"))
                .body("$", not(hasKey("clientSecret")));
        given().header("Authorization", admin).queryParam("type", "CLIENT_CREATED").queryParam("target", clientId)
                .get("/api/identity/admin/audit").then().statusCode(200).body("total", equalTo(1));

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) db.createNativeQuery(
                "select body from idempotency_record where key = ?1").setParameter(1, key).getSingleResult());
        assertTrue(stored.contains(clientId), stored);
        assertFalse(stored.contains((String) first.path("clientSecret")), "the secret is never stored");
    }

    @Test
    void theSameKeyForAnotherClientIsRefusedAndCreatesNothing() {
        String admin = adminBearer();
        String key = UUID.randomUUID().toString();
        String name = "keyed script " + key;
        create(admin, key, Map.of("name", name, "roles", List.of("ADMIN"))).statusCode(201);
        create(admin, key, Map.of("name", name, "roles", List.of("REVIEWER"), "agency", "MY-MIDA")).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/idempotency-key-reused"));
        create(admin, key, Map.of("name", name + " (2)", "roles", List.of("ADMIN"))).statusCode(422);
        List<String> names = given().header("Authorization", admin).queryParam("limit", 100).get("/api/identity/admin/clients")
                .then().statusCode(200).extract().path("items.name");
        assertEquals(1, names.stream().filter(n -> n.startsWith(name)).count());
    }

    @Test
    void badClientRequestsAreProblems() {
        String admin = adminBearer();
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("name", "needs agency", "roles", List.of("AGENCY_ADMIN")))
                .post("/api/identity/admin/clients").then().statusCode(400).body("errors.field", hasItem("agency"));
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("name", "", "roles", List.of()))
                .post("/api/identity/admin/clients").then().statusCode(400).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("roles"));
        given().header("Authorization", admin).get("/api/identity/admin/clients/jfp_nope").then().statusCode(404);
        given().header("Authorization", admin).header("Idempotency-Key", "k".repeat(201)).contentType(ContentType.JSON)
                .body(Map.of("name", "long key", "roles", List.of("ADMIN")))
                .post("/api/identity/admin/clients").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key"));
        given().header("Authorization", admin).queryParam("limit", 101).get("/api/identity/admin/clients").then().statusCode(400);
    }

    @Test
    void onlyAdminsManageClients() {
        String startup = registered("STARTUP").bearer();
        given().header("Authorization", startup).contentType(ContentType.JSON)
                .body(Map.of("name", "sneaky", "roles", List.of("ADMIN")))
                .post("/api/identity/admin/clients").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("name", "anonymous", "roles", List.of("ADMIN")))
                .post("/api/identity/admin/clients").then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String jwt) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(json).getMap("");
    }
}
