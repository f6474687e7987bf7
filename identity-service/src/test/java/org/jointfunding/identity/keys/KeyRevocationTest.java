package org.jointfunding.identity.keys;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.me;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A compromised key is revoked in one step: what it signed is refused at once, and a new key signs. */
@QuarkusTest
class KeyRevocationTest {

    private static io.restassured.response.ValidatableResponse revoke(String bearer, String kid, Object body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .post("/api/identity/admin/keys/" + kid + "/revoke").then();
    }

    @Test
    void revokingTheCurrentKeyRefusesItsTokensAtOnceAndANewKeySigns() {
        Portal.Account startup = registered("STARTUP");
        String before = startup.login();
        String compromised = KeyRotationTest.kid(before);

        String newKid = revoke(adminBearer(), compromised, Map.of("reason", "copied to a stolen laptop")).statusCode(200)
                .extract().path("currentKid");
        assertNotEquals(compromised, newKid);

        me("Bearer " + before).statusCode(401);
        given().get("/api/identity/jwks").then().statusCode(200).body("keys.kid", not(hasItem(compromised)))
                .body("keys[0].kid", equalTo(newKid));
        String after = startup.login();
        me("Bearer " + after).statusCode(200);
        given().header("Authorization", adminBearer()).queryParam("type", "KEY_REVOKED").queryParam("target", compromised)
                .get("/api/identity/admin/audit").then().statusCode(200)
                .body("items.toState", equalTo(List.of("RETIRED")));
    }

    @Test
    void aPreviousKeyIsRevokedWithoutTouchingTheCurrentOne() {
        Portal.Account startup = registered("STARTUP");
        String old = startup.login();
        String previousKid = KeyRotationTest.kid(old);
        given().header("Authorization", adminBearer()).post("/api/identity/admin/keys/rotate").then().statusCode(200);
        String current = startup.login();
        me("Bearer " + old).statusCode(200);

        revoke(adminBearer(), previousKid, Map.of("reason", "leaked")).statusCode(200)
                .body("currentKid", equalTo(KeyRotationTest.kid(current))).body("previousKid", equalTo(null));
        me("Bearer " + old).statusCode(401);
        me("Bearer " + current).statusCode(200);
        revoke(adminBearer(), previousKid, Map.of("reason", "again")).statusCode(404);
    }

    @Test
    void onlyAnAdminRevokesAndAlwaysWithAReason() {
        String kid = KeyRotationTest.kid(registered("STARTUP").login());
        revoke("Bearer " + registered("STARTUP").login(), kid, Map.of("reason", "mine now")).statusCode(403);
        revoke(adminBearer(), kid, Map.of()).statusCode(400).body("errors[0].field", equalTo("reason"));
        revoke(adminBearer(), "no-such-kid", Map.of("reason", "typo")).statusCode(404);
        me("Bearer " + registered("STARTUP").login()).statusCode(200);
    }
}
