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

    private static ValidatableResponse update(String bearer, Map<String, Object> body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .patch("/api/identity/me").then();
    }

    private static int version(String bearer) {
        return me(bearer).statusCode(200).extract().path("version");
    }

    @Test
    void aPersonRenamesThemselvesAndNewTokensCarryTheName() {
        Portal.Account startup = registered("STARTUP");
        String bearer = startup.bearer();

        update(bearer, Map.of("displayName", "  Paddy Robotics Sdn Bhd ", "version", version(bearer))).statusCode(200)
                .body("displayName", equalTo("Paddy Robotics Sdn Bhd")).body("country", equalTo("MY"))
                .body("email", equalTo(startup.email())).body("roles", equalTo(List.of("STARTUP")));
        update(bearer, Map.of("country", "IR", "version", version(bearer))).statusCode(200)
                .body("displayName", equalTo("Paddy Robotics Sdn Bhd")).body("country", equalTo("IR"));

        Map<String, Object> claims = AdminAccountsTest.claims(startup.login());
        assertEquals("Paddy Robotics Sdn Bhd", claims.get("name"));
        assertEquals("IR", claims.get("country"));
        given().header("Authorization", adminBearer()).queryParam("target", startup.id()).get("/api/identity/admin/audit")
                .then().statusCode(200).body("items.type", hasItem("PROFILE_UPDATED"))
                .body("items.find { it.type == 'PROFILE_UPDATED' }.detail", equalTo("country MY -> IR")); // newest first
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Portal.Account startup = registered("STARTUP");
        String bearer = startup.bearer();
        int read = version(bearer);
        update(bearer, Map.of("displayName", "First edit", "version", read)).statusCode(200);

        update(bearer, Map.of("displayName", "Second edit from an old page", "version", read)).statusCode(409)
                .body("type", equalTo("/problems/concurrent-modification"));
        me(bearer).body("displayName", equalTo("First edit"));
    }

    @Test
    void badValuesAreRefusedFieldByField() {
        Portal.Account startup = registered("STARTUP");
        String bearer = startup.bearer();
        int read = version(bearer);
        update(bearer, Map.of("displayName", "   ", "version", read)).statusCode(400)
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("displayName"));
        update(bearer, Map.of("displayName", "x".repeat(121), "version", read)).statusCode(400)
                .body("errors[0].field", equalTo("displayName"));
        update(bearer, Map.of("country", "XX", "version", read)).statusCode(400).body("errors[0].field", equalTo("country"));
        update(bearer, Map.of("displayName", "No version")).statusCode(400).body("errors[0].field", equalTo("version"));
        me(bearer).body("displayName", equalTo("Test STARTUP")).body("country", equalTo("MY")).body("version", equalTo(read));
    }

    @Test
    void onlyThePersonThemselvesAndNeverTheirRolesOrEmail() {
        Portal.Account startup = registered("STARTUP");
        Portal.Account other = registered("MENTOR");
        String bearer = startup.bearer();
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Still a startup", "version", version(bearer)));
        body.put("roles", List.of("ADMIN"));
        body.put("email", other.email());
        update(bearer, body).statusCode(200).body("roles", equalTo(List.of("STARTUP"))).body("email", equalTo(startup.email()));
        me(other.bearer()).body("displayName", equalTo("Test MENTOR"));

        given().contentType(ContentType.JSON).body(Map.of("displayName", "anonymous", "version", 0))
                .patch("/api/identity/me").then().statusCode(401);
    }
}
