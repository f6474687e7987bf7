package org.jointfunding.identity.keys;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.me;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class KeyRotationTest {

    @Test
    void rotationKeepsTokensSignedWithThePreviousKeyValid() {
        Portal.Account startup = registered("STARTUP");
        String before = startup.login();
        String oldKid = kid(before);

        var rotation = given().header("Authorization", adminBearer()).post("/api/identity/admin/keys/rotate")
                .then().statusCode(200).body("previousKid", equalTo(oldKid)).extract();
        String newKid = rotation.path("currentKid");
        assertNotEquals(oldKid, newKid);

        List<String> published = given().get("/api/identity/jwks").then().statusCode(200)
                .body("keys", hasSize(2)).body("keys[0].alg", equalTo("RS256")).body("keys[0].use", equalTo("sig"))
                .extract().path("keys.kid");
        assertEquals(List.of(newKid, oldKid), published);

        me("Bearer " + before).statusCode(200);
        String after = startup.login();
        assertEquals(newKid, kid(after));

        // one more rotation retires the first key: tokens signed with it stop working
        given().header("Authorization", adminBearer()).post("/api/identity/admin/keys/rotate").then().statusCode(200);
        me("Bearer " + before).statusCode(401);
        me("Bearer " + after).statusCode(200);
        given().get("/api/identity/jwks").then().statusCode(200).body("keys", hasSize(2))
                .body("keys.kid", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(oldKid)));

        given().header("Authorization", adminBearer()).queryParam("type", "KEY_ROTATED").queryParam("target", newKid)
                .get("/api/identity/admin/audit").then().statusCode(200)
                .body("items.toState", equalTo(List.of("PREVIOUS", "CURRENT")));
    }

    @Test
    void jwksPublishesNoPrivateParts() {
        given().get("/api/identity/jwks").then().statusCode(200)
                .body("keys.d", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()))
                .body("keys.p", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()))
                .body("keys.kty", org.hamcrest.Matchers.everyItem(equalTo("RSA")));
    }

    static String kid(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(header).getString("kid");
    }
}
