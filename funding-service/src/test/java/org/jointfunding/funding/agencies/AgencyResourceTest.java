package org.jointfunding.funding.agencies;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.unique;

@QuarkusTest
class AgencyResourceTest {

    private static Map<String, Object> agency(String code, String currency) {
        return Map.of("code", code, "name", "Agency " + code, "country", "MY", "currency", currency);
    }

    @Test
    void adminCreatesAnAgencyThatAnyoneCanRead() {
        String code = unique("MY");
        as(ADMIN).body(agency(code, "MYR")).post("/api/funding/agencies")
                .then().statusCode(201).header("Location", endsWith("/api/funding/agencies/" + code))
                .body("currency", equalTo("MYR")).body("version", equalTo(0));
        given().get("/api/funding/agencies/" + code).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("country", equalTo("MY"));
        given().queryParam("limit", 100).get("/api/funding/agencies").then().statusCode(200)
                .body("limit", equalTo(100)).body("offset", equalTo(0));
    }

    @Test
    void onlyAnAdminManagesAgencies() {
        for (String role : new String[]{"AGENCY_ADMIN", "STARTUP", "MENTOR", "REVIEWER"}) {
            as(TestTokens.user(role).agency("MY-MIDA").bearer()).body(agency(unique("MY"), "MYR"))
                    .post("/api/funding/agencies").then().statusCode(403);
        }
        given().contentType("application/json").body(agency(unique("MY"), "MYR"))
                .post("/api/funding/agencies").then().statusCode(401);
        String code = unique("MY");
        as(ADMIN).body(agency(code, "MYR")).post("/api/funding/agencies").then().statusCode(201);
        as(TestTokens.user("AGENCY_ADMIN").agency(code).bearer()).header("If-Match", "\"0\"")
                .body(agency(code, "USD")).put("/api/funding/agencies/" + code).then().statusCode(403);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String code = unique("MY");
        as(ADMIN).body(agency(code, "XYZ")).post("/api/funding/agencies").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("currency"));
        as(ADMIN).body(Map.of("code", code, "name", "x", "country", "ZZ", "currency", "MYR"))
                .post("/api/funding/agencies").then().statusCode(400).body("errors.field", hasItem("country"));
        as(ADMIN).body(Map.of("code", code, "country", "MY", "currency", "MYR"))
                .post("/api/funding/agencies").then().statusCode(400).body("errors.field", hasItem("name"));
        as(ADMIN).body(Map.of("code", "lower case", "name", "x", "country", "MY", "currency", "MYR"))
                .post("/api/funding/agencies").then().statusCode(400).body("errors.field", hasItem("code"));
        as(ADMIN).body("{\"code\":").post("/api/funding/agencies").then().statusCode(400)
                .contentType("application/problem+json");
        as(ADMIN).body("{\"code\":\"" + code + "\",\"name\":[1],\"country\":\"MY\",\"currency\":\"MYR\"}")
                .post("/api/funding/agencies").then().statusCode(400);
        given().get("/api/funding/agencies/" + code).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = unique("IR");
        as(ADMIN).body(agency(code, "IRR")).post("/api/funding/agencies").then().statusCode(201);
        as(ADMIN).body(agency(code, "IRR")).post("/api/funding/agencies").then().statusCode(409)
                .body("type", equalTo("/problems/agency-exists"));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponse() {
        String code = unique("MY");
        String key = unique("key");
        as(ADMIN).header("Idempotency-Key", key).body(agency(code, "MYR")).post("/api/funding/agencies")
                .then().statusCode(201).header("Location", endsWith(code));
        as(ADMIN).header("Idempotency-Key", key).body(agency(code, "MYR")).post("/api/funding/agencies")
                .then().statusCode(201).header("Location", endsWith(code)).header("Idempotent-Replayed", "true")
                .body("code", equalTo(code));
        as(ADMIN).header("Idempotency-Key", key).body(agency(unique("MY"), "MYR")).post("/api/funding/agencies")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void editsNeedTheCurrentVersion() {
        String code = unique("MY");
        as(ADMIN).body(agency(code, "MYR")).post("/api/funding/agencies").then().statusCode(201);
        as(ADMIN).body(agency(code, "USD")).put("/api/funding/agencies/" + code).then().statusCode(428);
        as(ADMIN).header("If-Match", "\"0\"").body(agency(code, "USD")).put("/api/funding/agencies/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("currency", equalTo("USD"));
        as(ADMIN).header("If-Match", "\"0\"").body(agency(code, "EUR")).put("/api/funding/agencies/" + code)
                .then().statusCode(412);
        given().get("/api/funding/agencies/" + code).then().body("currency", equalTo("USD"));
    }

    @Test
    void pagingIsValidatedNotClamped() {
        given().queryParam("limit", 0).get("/api/funding/agencies").then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("limit", 101).get("/api/funding/agencies").then().statusCode(400);
        given().queryParam("offset", -1).get("/api/funding/agencies").then().statusCode(400).body("errors.field", hasItem("offset"));
    }
}
