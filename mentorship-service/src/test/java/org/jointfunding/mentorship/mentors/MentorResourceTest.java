package org.jointfunding.mentorship.mentors;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.mentorship.Api;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.jointfunding.mentorship.Api.as;

@QuarkusTest
class MentorResourceTest {

    @Test
    void mentorCreatesThenEditsItsOwnProfileWithIfMatch() {
        TestTokens mentor = TestTokens.user("MENTOR");
        Map<String, Object> body = Api.profile(List.of("Payments", "fundraising"), List.of("fintech"), List.of("EN"),
                List.of("my"), "Asia/Kuala_Lumpur", 3);
        String id = as(mentor).body(body).put("/api/mentorship/mentors/me").then().statusCode(201)
                .header("Location", startsWith("http")).header("ETag", "\"0\"")
                .body("tags", contains("fundraising", "payments")).body("languages", contains("en"))
                .body("countries", contains("MY")).body("accountId", equalTo(mentor.subject()))
                .body("load", is(0)).body("averageRating", nullValue()).body("active", is(true))
                .extract().path("id");

        body.put("capacity", 4);
        as(mentor).body(body).put("/api/mentorship/mentors/me").then().statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("/problems/precondition-required"));
        as(mentor).header("If-Match", "\"0\"").body(body).put("/api/mentorship/mentors/me").then().statusCode(200)
                .body("id", equalTo(id)).body("capacity", is(4)).header("ETag", "\"1\"");
        as(mentor).header("If-Match", "\"0\"").body(body).put("/api/mentorship/mentors/me").then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        as(mentor).get("/api/mentorship/mentors/me").then().statusCode(200).body("capacity", is(4)).body("version", is(1));
    }

    @Test
    void invalidProfilesAre400AndStoreNothing() {
        TestTokens mentor = TestTokens.user("MENTOR");
        Map<String, Object> body = Api.profile(List.of("ok"), List.of("fintech"), List.of("en"), List.of("MY"), "Mars/Olympus", 3);
        as(mentor).body(body).put("/api/mentorship/mentors/me").then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        body.put("timeZone", "UTC");
        body.put("capacity", -1);
        body.put("languages", List.of());
        as(mentor).body(body).put("/api/mentorship/mentors/me").then().statusCode(400)
                .body("errors.field", hasItem("capacity")).body("errors.field", hasItem("languages"));
        as(mentor).body("{\"capacity\": \"many\"}").put("/api/mentorship/mentors/me").then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
        as(mentor).body("{not json").put("/api/mentorship/mentors/me").then().statusCode(400);
        as(mentor).get("/api/mentorship/mentors/me").then().statusCode(404);
    }

    @Test
    void onlyMentorsKeepProfilesAndTokensAreRequired() {
        Map<String, Object> body = Api.profile(List.of("ok"), List.of("fintech"), List.of("en"), List.of("MY"), "UTC", 1);
        as(TestTokens.user("STARTUP")).body(body).put("/api/mentorship/mentors/me").then().statusCode(403);
        given().contentType("application/json").body(body).put("/api/mentorship/mentors/me").then().statusCode(401);
        given().get("/api/mentorship/mentors").then().statusCode(401);
    }

    @Test
    void searchFindsActiveMentorsByTagSectorLanguageCountryAndHidesPausedOnes() {
        String tag = Api.unique("tag");
        TestTokens first = Api.mentor(Api.profile(List.of(tag), List.of("fintech"), List.of("en"), List.of("MY"), "UTC", 2));
        TestTokens second = Api.mentor(Api.profile(List.of(tag), List.of("agritech"), List.of("fa"), List.of("IR"), "Asia/Tehran", 2));
        Map<String, Object> paused = Api.profile(List.of(tag), List.of("fintech"), List.of("en"), List.of("MY"), "UTC", 2);
        paused.put("active", false);
        TestTokens pausedMentor = Api.mentor(paused);
        TestTokens startup = TestTokens.user("STARTUP");

        as(startup).queryParam("tag", tag).get("/api/mentorship/mentors").then().statusCode(200)
                .body("total", is(2)).body("limit", is(20)).body("offset", is(0));
        as(startup).queryParam("tag", tag).queryParam("sector", "FinTech").get("/api/mentorship/mentors").then()
                .body("total", is(1)).body("items[0].id", equalTo(Api.mentorId(first)));
        as(startup).queryParam("tag", tag).queryParam("language", "fa").queryParam("country", "ir")
                .get("/api/mentorship/mentors").then().body("total", is(1)).body("items[0].id", equalTo(Api.mentorId(second)));
        as(startup).queryParam("tag", tag).queryParam("limit", 1).queryParam("offset", 1).get("/api/mentorship/mentors")
                .then().body("total", is(2)).body("items.size()", is(1));

        String pausedId = Api.mentorId(pausedMentor);
        as(startup).get("/api/mentorship/mentors/" + pausedId).then().statusCode(404);
        as(pausedMentor).get("/api/mentorship/mentors/" + pausedId).then().statusCode(200).body("active", is(false));
        as(TestTokens.user("ADMIN")).get("/api/mentorship/mentors/" + pausedId).then().statusCode(200);
        as(startup).get("/api/mentorship/mentors/" + Api.mentorId(first)).then().statusCode(200);
    }

    @Test
    void listLimitsAreValidatedNotClamped() {
        TestTokens startup = TestTokens.user("STARTUP");
        as(startup).queryParam("limit", 101).get("/api/mentorship/mentors").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(startup).queryParam("limit", 0).get("/api/mentorship/mentors").then().statusCode(400);
        as(startup).queryParam("offset", -1).get("/api/mentorship/mentors").then().statusCode(400)
                .body("errors[0].field", equalTo("offset"));
        as(startup).get("/api/mentorship/mentors/not-a-uuid").then().statusCode(404);
    }
}
