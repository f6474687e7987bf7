package org.jointfunding.mentorship;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jointfunding.testkit.TestTokens;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Small builders for the HTTP tests: every call names its caller, every fixture is unique. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(TestTokens who) {
        return given().header("Authorization", who.bearer()).contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> profile(List<String> tags, List<String> sectors, List<String> languages,
                                              List<String> countries, String timeZone, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", unique("Mentor"));
        body.put("bio", "Helps start-ups");
        body.put("tags", tags);
        body.put("sectors", sectors);
        body.put("languages", languages);
        body.put("countries", countries);
        body.put("timeZone", timeZone);
        body.put("capacity", capacity);
        return body;
    }

    /** Creates a mentor profile for a fresh MENTOR and returns that mentor's token; profile id via {@link #mentorId}. */
    public static TestTokens mentor(Map<String, Object> profile) {
        TestTokens mentor = TestTokens.user("MENTOR");
        as(mentor).body(profile).put("/api/mentorship/mentors/me").then().statusCode(201);
        return mentor;
    }

    public static String mentorId(TestTokens mentor) {
        return as(mentor).get("/api/mentorship/mentors/me").then().statusCode(200).extract().path("id");
    }

    public static Map<String, Object> ask(List<String> needs, String sector, List<String> languages, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("needs", needs);
        body.put("sector", sector);
        body.put("languages", languages);
        body.put("country", country);
        body.put("timeZone", "Asia/Kuala_Lumpur");
        body.put("description", "We need a mentor");
        return body;
    }

    public static String request(TestTokens startup, Map<String, Object> body) {
        return as(startup).body(body).post("/api/mentorship/requests").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> programBody(Instant now) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Program"));
        body.put("description", "A cohort");
        body.put("sectors", List.of("fintech"));
        body.put("languages", List.of("en"));
        body.put("intakeOpens", now.minusSeconds(86_400).toString());
        body.put("intakeCloses", now.plusSeconds(400L * 86_400).toString());
        body.put("cohortSize", 50);
        body.put("durationWeeks", 12);
        return body;
    }

    public static String program(TestTokens admin, Instant now) {
        return as(admin).body(programBody(now)).post("/api/mentorship/programs").then().statusCode(201).extract().path("id");
    }

    public static void join(TestTokens mentor, String programId) {
        as(mentor).put("/api/mentorship/programs/" + programId + "/mentors/me").then().statusCode(204);
    }
}
