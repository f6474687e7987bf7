package org.jointfunding.identity.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.me;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProfileUpdateTest {

    private static ValidatableResponse update(String bearer, String ifMatch, Map<String, Object> body) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(body);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).patch("/api/identity/me").then();
    }

    /** The caller's ETag, as GET /api/identity/me sends it. */
    private static String etag(String bearer) {
        return me(bearer).statusCode(200).extract().header("ETag");
    }

    @Test
    void aPersonRenamesThemselvesAndNewTokensCarryTheName() {
        Portal.Account startup = registered("STARTUP");
        String bearer = startup.bearer();

        String renamed = update(bearer, etag(bearer), Map.of("displayName", "  Paddy Robotics Sdn Bhd ")).statusCode(200)
                .body("displayName", equalTo("Paddy Robotics Sdn Bhd")).body("country", equalTo("MY"))
                .body("email", equalTo(startup.email())).body("roles", equalTo(List.of("STARTUP"))).extract().header("ETag");
        assertEquals(renamed, etag(bearer)); // the answer's ETag is the one to send next
        update(bearer, renamed, Map.of("country", "IR")).statusCode(200)
                .body("displayName", equalTo("Paddy Robotics Sdn Bhd")).body("country", equalTo("IR"));

        Map<String, Object> claims = AdminAccountsTest.claims(startup.login());
        assertEquals("Paddy Robotics Sdn Bhd", claims.get("name"));
        assertEquals("IR", claims.get("country"));
        given().header("Authorization", adminBearer()).queryParam("target", startup.id()).get("/api/identity/admin/audit")
                .then().statusCode(200).body("items.type", hasItem("PROFILE_UPDATED"))
                .body("items.find { it.type == 'PROFILE_UPDATED' }.detail", equalTo("country MY -> IR")); // newest first
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothing() {
        Portal.Account startup = registered("STARTUP");
        String bearer = startup.bearer();
        String read = etag(bearer);
        update(bearer, null, Map.of("displayName", "Without If-Match")).statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("/problems/precondition-required"));
        update(bearer, read, Map.of("displayName", "First edit")).statusCode(200);

        update(bearer, read, Map.of("displayName", "Second edit from an old page")).statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        me(bearer).body("displayName", equalTo("First edit"));
    }

    @Test
    void badValuesAreRefusedFieldByField() {
        Portal.Account startup = registered("STARTUP");
        String bearer = startup.bearer();
        String read = etag(bearer);
        update(bearer, read, Map.of("displayName", "   ")).statusCode(400)
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("displayName"));
        update(bearer, read, Map.of("displayName", "x".repeat(121))).statusCode(400)
                .body("errors[0].field", equalTo("displayName"));
        update(bearer, read, Map.of("country", "XX")).statusCode(400).body("errors[0].field", equalTo("country"));
        me(bearer).body("displayName", equalTo("Test STARTUP")).body("country", equalTo("MY")).header("ETag", equalTo(read));
    }

    @Test
    void onlyThePersonThemselvesAndNeverTheirRolesOrEmail() {
        Portal.Account startup = registered("STARTUP");
        Portal.Account other = registered("MENTOR");
        String bearer = startup.bearer();
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Still a startup"));
        body.put("roles", List.of("ADMIN"));
        body.put("email", other.email());
        update(bearer, etag(bearer), body).statusCode(200).body("roles", equalTo(List.of("STARTUP"))).body("email", equalTo(startup.email()));
        me(other.bearer()).body("displayName", equalTo("Test MENTOR"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("displayName", "anonymous"))
                .patch("/api/identity/me").then().statusCode(401);
    }
}
