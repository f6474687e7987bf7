package org.jointfunding.funding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Refusals by the security layer are problem documents like every other error. */
@QuarkusTest
class SecurityProblemsTest {

    @Test
    void noTokenIsA401ProblemAskingForABearerToken() {
        given().get("/api/funding/audit")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void aTamperedTokenIsA401Problem() {
        String token = TestTokens.user("ADMIN").token();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().header("Authorization", "Bearer " + tampered).get("/api/funding/audit")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void theWrongRoleIsA403Problem() {
        given().header("Authorization", TestTokens.user("STARTUP").bearer()).get("/api/funding/audit")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/forbidden"));
    }
}
