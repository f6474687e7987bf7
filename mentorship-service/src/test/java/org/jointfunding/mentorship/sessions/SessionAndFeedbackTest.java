package org.jointfunding.mentorship.sessions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jointfunding.mentorship.Api;
import org.jointfunding.mentorship.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.jointfunding.mentorship.Api.as;

@QuarkusTest
class SessionAndFeedbackTest {

    @Inject
    TestClock clock;

    private final TestTokens admin = TestTokens.user("ADMIN");

    @Test
    void partiesLogSessionsOnAcceptedMatchesOnly() {
        String program = Api.program(admin, clock.instant());
        TestTokens mentor = Api.mentor(Api.profile(List.of("x"), List.of("fintech"), List.of("en"), List.of("MY"), "UTC", 1));
        Api.join(mentor, program);
        TestTokens startup = TestTokens.user("STARTUP");
        apply(startup, program);
        String match = proposals(program).get(0);
        String sessions = "/api/mentorship/matches/" + match + "/sessions";
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Object> session = Map.of("heldOn", today.toString(), "durationMinutes", 60, "notes", "Pitch deck");

        as(mentor).body(session).post(sessions).then().statusCode(409).body("type", equalTo("/problems/match-not-active"));
        as(mentor).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(200);

        String first = as(mentor).header("Idempotency-Key", "s1").body(session).post(sessions).then().statusCode(201)
                .body("loggedBy", equalTo(mentor.subject())).extract().path("id");
        as(mentor).header("Idempotency-Key", "s1").body(session).post(sessions).then().statusCode(201).body("id", equalTo(first));
        as(startup).body(Map.of("heldOn", today.minusDays(3).toString(), "durationMinutes", 30)).post(sessions)
                .then().statusCode(201);
        as(TestTokens.user("STARTUP")).body(session).post(sessions).then().statusCode(404);
        as(TestTokens.user("MENTOR")).get(sessions).then().statusCode(404);
        as(admin).body(session).post(sessions).then().statusCode(403);
        as(mentor).body(Map.of("heldOn", today.plusDays(1).toString(), "durationMinutes", 60)).post(sessions)
                .then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
        as(mentor).body(Map.of("heldOn", today.toString(), "durationMinutes", 0)).post(sessions)
                .then().statusCode(400).body("errors[0].field", equalTo("durationMinutes"));

        as(startup).get(sessions).then().statusCode(200).body("total", is(2)).body("items.durationMinutes", contains(30, 60));
        as(admin).get(sessions + "/" + first).then().statusCode(200).body("notes", equalTo("Pitch deck"));
        as(startup).get(sessions + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void eachSideRatesOnceAndTheMentorsAverageShowsOnItsProfile() {
        String program = Api.program(admin, clock.instant());
        TestTokens mentor = Api.mentor(Api.profile(List.of("x"), List.of("fintech"), List.of("en"), List.of("MY"), "UTC", 2));
        Api.join(mentor, program);
        TestTokens first = TestTokens.user("STARTUP");
        TestTokens second = TestTokens.user("STARTUP");
        apply(first, program);
        apply(second, program);
        List<String> matches = proposals(program);
        String feedbackOfFirst = feedbackPath(matches, first);
        String feedbackOfSecond = feedbackPath(matches, second);

        as(first).body(Map.of("rating", 5)).post(feedbackOfFirst).then().statusCode(409)
                .body("type", equalTo("/problems/match-not-active"));
        matches.forEach(m -> as(mentor).post("/api/mentorship/matches/" + m + "/accept").then().statusCode(200));

        as(first).body(Map.of("rating", 5, "comment", "Great")).post(feedbackOfFirst).then().statusCode(201)
                .body("side", equalTo("STARTUP"));
        as(first).body(Map.of("rating", 1)).post(feedbackOfFirst).then().statusCode(409)
                .body("type", equalTo("/problems/feedback-exists"));
        as(mentor).body(Map.of("rating", 1, "comment", "Never prepared")).post(feedbackOfFirst).then().statusCode(201)
                .body("side", equalTo("MENTOR"));
        as(second).body(Map.of("rating", 2)).post(feedbackOfSecond).then().statusCode(201);
        as(second).body(Map.of("rating", 3)).post(feedbackOfFirst).then().statusCode(404);
        as(first).body(Map.of("rating", 3)).post(feedbackOfSecond).then().statusCode(404);
        as(admin).body(Map.of("rating", 3)).post(feedbackOfFirst).then().statusCode(403);
        as(second).body(Map.of("rating", 0)).post(feedbackOfSecond).then().statusCode(400).body("errors[0].field", equalTo("rating"));

        // the mentor's own rating of a startup does not count towards the mentor's average
        as(TestTokens.user("STARTUP")).get("/api/mentorship/mentors/" + Api.mentorId(mentor)).then()
                .body("averageRating", is(3.5f)).body("ratingCount", is(2));
        as(first).get(feedbackOfFirst).then().statusCode(200).body("total", org.hamcrest.Matchers.is(2))
                .body("items.side", org.hamcrest.Matchers.containsInAnyOrder("STARTUP", "MENTOR"));
    }

    private static void apply(TestTokens startup, String program) {
        Map<String, Object> body = Api.ask(List.of("x"), "fintech", List.of("en"), "MY");
        body.put("programId", program);
        Api.request(startup, body);
    }

    private List<String> proposals(String program) {
        JsonPath run = as(admin).body(Map.of("programId", program)).post("/api/mentorship/matching-runs").then()
                .statusCode(201).extract().jsonPath();
        return run.getList("proposals.matchId");
    }

    private static String feedbackPath(List<String> matches, TestTokens startup) {
        String match = matches.stream().filter(m -> as(startup).get("/api/mentorship/matches/" + m).statusCode() == 200)
                .findFirst().orElseThrow();
        return "/api/mentorship/matches/" + match + "/feedback";
    }
}
