package org.jointfunding.mentorship;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.mentorship.Api.as;
import static org.jointfunding.mentorship.Api.ask;
import static org.jointfunding.mentorship.Api.profile;

/** Text PostgreSQL cannot store (NUL) or nobody can read (other controls, lone surrogates) is a 400 naming the field. */
@QuarkusTest
class ControlCharactersTest {

    @Test
    void aMentorSearchWithANulInATagIsABadRequest() {
        given().header("Authorization", TestTokens.user("STARTUP").bearer()).urlEncodingEnabled(false)
                .queryParam("tag", "a%00b").get("/api/mentorship/mentors")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("tag"));
    }

    @Test
    void aMentoringRequestWithANulIsRefusedAndNotCreated() {
        TestTokens startup = TestTokens.user("STARTUP");
        Map<String, Object> body = ask(List.of("fundraising"), "fintech", List.of("en"), "MY");
        body.put("description", "We need\u0000 a mentor");
        as(startup).body(body).post("/api/mentorship/requests").then().statusCode(400).body("errors[0].field", equalTo("description"));
        body.put("description", "We need a mentor");
        body.put("needs", List.of("fundraising", "hir\u0000ing"));
        as(startup).body(body).post("/api/mentorship/requests").then().statusCode(400).body("errors[0].field", equalTo("needs[1]"));
        as(startup).get("/api/mentorship/requests").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aProfileWithALoneSurrogateIsRefused() {
        Map<String, Object> body = profile(List.of("fintech"), List.of("fintech"), List.of("en"), List.of("MY"), "Asia/Kuala_Lumpur", 2);
        body.put("bio", "Helps \udc00 start-ups");
        as(TestTokens.user("MENTOR")).body(body).put("/api/mentorship/mentors/me").then().statusCode(400).body("errors[0].field", equalTo("bio"));
    }
}
