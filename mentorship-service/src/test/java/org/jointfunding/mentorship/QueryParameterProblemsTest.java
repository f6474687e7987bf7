package org.jointfunding.mentorship;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** A query parameter that cannot be read is the caller's mistake: 400 naming it, not 404. */
@QuarkusTest
class QueryParameterProblemsTest {

    @Test
    void anUnknownEnumValueIsA400NamingTheParameter() {
        given().header("Authorization", TestTokens.user("ADMIN").bearer())
                .queryParam("status", "NOPE")
                .get("/api/mentorship/requests")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("status"));
    }

    @Test
    void aMalformedUuidIsA400NamingTheParameter() {
        given().header("Authorization", TestTokens.user("ADMIN").bearer())
                .queryParam("programId", "not-a-uuid")
                .get("/api/mentorship/requests")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("programId"));
    }
}
