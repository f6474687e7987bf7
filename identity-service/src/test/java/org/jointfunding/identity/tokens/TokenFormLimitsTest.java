package org.jointfunding.identity.tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointfunding.testkit.ChunkedUpload;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The token endpoint is anonymous and form-encoded: oversized forms are 4xx problem documents, never a 500. */
@QuarkusTest
class TokenFormLimitsTest {

    @Test
    void aFormWithTooManyFieldsIsA400() {
        Map<String, String> fields = new HashMap<>();
        fields.put("grant_type", "refresh_token");
        for (int i = 0; i < 1_000; i++) {
            fields.put("f" + i, "x");
        }
        given().contentType(ContentType.URLENC).formParams(fields).post("/api/identity/token")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/too-many-form-fields"));
    }

    @Test
    void aBrokenPercentEscapeIsA400() {
        given().urlEncodingEnabled(false).contentType(ContentType.URLENC).body("grant_type=refresh_token&refresh_token=%ZZ")
                .post("/api/identity/token")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/malformed-form"));
    }

    @Test
    void anOverlongClientIdIsAnsweredAsAnUnknownClient() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "c".repeat(1_000)).formParam("client_secret", "s".repeat(1_000))
                .post("/api/identity/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void anOverlongFormFieldIsA413() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", "x".repeat(3_000)).post("/api/identity/token")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void aChunkedOversizeFormIsA413() throws Exception {
        byte[] body = ("grant_type=refresh_token&refresh_token=" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = ChunkedUpload.post("/api/identity/token", "", "application/x-www-form-urlencoded", body);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("/problems/payload-too-large", JsonPath.from(response.body()).getString("type"));
    }

    @Test
    void aFormWithinTheLimitsIsAnswered() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", "x".repeat(2_000)).post("/api/identity/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }
}
