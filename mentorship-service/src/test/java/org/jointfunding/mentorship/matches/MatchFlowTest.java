package org.jointfunding.mentorship.matches;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jointfunding.mentorship.Api;
import org.jointfunding.mentorship.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.jointfunding.mentorship.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Batch runs, the match state machine, re-proposal and who may do what. Every test uses its own program. */
@QuarkusTest
class MatchFlowTest {

    private static final String KL = "Asia/Kuala_Lumpur";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }
    @Inject
    MatchService matches;

    private final TestTokens admin = TestTokens.user("ADMIN");

    @Test
    void batchRunIsOptimalWhereGreedyWouldNotBeAndRecordsWhy() {
        String program = Api.program(admin, clock.instant());
        TestTokens both = mentorIn(program, List.of("x", "y"), 1);   // index order: greedy would give it to the first request
        TestTokens onlyX = mentorIn(program, List.of("x"), 1);
        TestTokens firstStartup = TestTokens.user("STARTUP");
        TestTokens secondStartup = TestTokens.user("STARTUP");
        String needsX = apply(firstStartup, program, List.of("x"));
        String needsXY = apply(secondStartup, program, List.of("x", "y"));

        JsonPath run = as(admin).body(Map.of("programId", program)).post("/api/mentorship/matching-runs").then()
                .statusCode(201).body("requestCount", is(2)).body("mentorCount", is(2)).body("proposedCount", is(2))
                .body("unmatchedRequestIds", hasSize(0)).body("pruneK", is(50)).extract().jsonPath();

        // x,y to the mentor with both (40 tag points), x to the other (40): 20 more than greedy's pairing
        assertEquals(Api.mentorId(both), mentorProposedTo(run, needsXY));
        assertEquals(Api.mentorId(onlyX), mentorProposedTo(run, needsX));
        assertEquals(200.0, run.getDouble("totalScore"), 1e-9);
        assertEquals(List.of("tags", "sector", "language", "location", "load"), run.getList("proposals[0].explanation.criterion"));

        String runId = run.getString("id");
        as(admin).get("/api/mentorship/matching-runs/" + runId).then().statusCode(200)
                .body("proposals", hasSize(2)).body("proposals.status", contains("PROPOSED", "PROPOSED"))
                .body("proposals.find { it.mentorId == '%s' }.mentorName".formatted(Api.mentorId(both)),
                        equalTo(as(both).get("/api/mentorship/mentors/me").then().extract().path("displayName")));
        as(firstStartup).get("/api/mentorship/requests/" + needsX).then().body("status", equalTo("PROPOSED"));
        // capacity counts proposals: a second run proposes nothing more
        as(admin).body(Map.of("programId", program)).post("/api/mentorship/matching-runs").then().statusCode(201)
                .body("requestCount", is(0)).body("proposedCount", is(0));
        as(both).get("/api/mentorship/mentors/me").then().body("load", is(1));
    }

    @Test
    void mentorsWithoutRoomAreLeftOutAndTheRequestStaysOpen() {
        String program = Api.program(admin, clock.instant());
        TestTokens mentor = mentorIn(program, List.of("x"), 1);
        String first = apply(TestTokens.user("STARTUP"), program, List.of("x"));
        String second = apply(TestTokens.user("STARTUP"), program, List.of("x"));
        JsonPath run = runProgram(program);
        assertEquals(1, run.getInt("proposedCount"));
        // the two requests tie; whichever is left over stays OPEN for a later run
        List<String> unmatched = run.getList("unmatchedRequestIds");
        assertEquals(1, unmatched.size());
        String matched = unmatched.get(0).equals(first) ? second : first;
        assertEquals(Api.mentorId(mentor), mentorProposedTo(run, matched));
        as(admin).get("/api/mentorship/requests/" + unmatched.get(0)).then().body("status", equalTo("OPEN"));

        // the same run as CSV: one row per proposal, then one per unmatched request
        String export = run.getString("id");
        List<String> lines = as(admin).get("/api/mentorship/matching-runs/" + export + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("matching-run-" + export + ".csv"))
                .extract().asString().lines().toList();
        assertEquals(List.of("requestId,mentorId,matchId,status,score,explanation",
                        matched + "," + Api.mentorId(mentor) + "," + run.getString("proposals[0].matchId") + ",PROPOSED,"
                                + run.getDouble("proposals[0].score") + "," + csvQuoted(run.getList("proposals[0].explanation")),
                        unmatched.get(0) + ",,,UNMATCHED,,"),
                lines);
        as(mentor).get("/api/mentorship/matching-runs/" + export + "/export").then().statusCode(403);
        as(admin).get("/api/mentorship/matching-runs/" + java.util.UUID.randomUUID() + "/export").then().statusCode(404);
    }

    /** "criterion points: detail; ..." as the export writes it, quoted when it holds a comma. */
    private static String csvQuoted(List<Map<String, Object>> explanation) {
        String text = explanation.stream().map(item -> item.get("criterion") + " " + ((Number) item.get("points")).doubleValue()
                + ": " + item.get("detail")).collect(java.util.stream.Collectors.joining("; "));
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @Test
    void onlyTheProposedMentorAnswersAndOnlyPartiesRead() {
        String program = Api.program(admin, clock.instant());
        TestTokens mentor = mentorIn(program, List.of("x"), 2);
        TestTokens startup = TestTokens.user("STARTUP");
        String request = apply(startup, program, List.of("x"));
        String match = runProgram(program).getString("proposals[0].matchId");

        TestTokens otherMentor = Api.mentor(profile(List.of("x"), 2));
        TestTokens otherStartup = TestTokens.user("STARTUP");
        as(otherMentor).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(404);
        as(otherMentor).post("/api/mentorship/matches/" + match + "/decline").then().statusCode(404);
        as(otherMentor).get("/api/mentorship/matches/" + match).then().statusCode(404);
        as(otherStartup).get("/api/mentorship/matches/" + match).then().statusCode(404);
        as(otherStartup).get("/api/mentorship/matches/" + match + "/audit").then().statusCode(404);
        as(otherStartup).post("/api/mentorship/matches/" + match + "/end").then().statusCode(404);
        as(startup).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(403);
        as(admin).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(403);
        as(TestTokens.user("MENTOR")).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(404);
        given().post("/api/mentorship/matches/" + match + "/accept").then().statusCode(401);
        as(otherMentor).get("/api/mentorship/matches").then().body("total", is(0));
        as(otherStartup).get("/api/mentorship/matches").then().body("total", is(0));

        as(startup).get("/api/mentorship/matches/" + match).then().statusCode(200).body("status", equalTo("PROPOSED"));
        as(mentor).get("/api/mentorship/matches").then().body("total", is(1)).body("items[0].id", equalTo(match));
        as(startup).get("/api/mentorship/matches").then().body("total", is(1)).body("items[0].requestId", equalTo(request));
        as(admin).get("/api/mentorship/matches/" + match).then().statusCode(200);
    }

    @Test
    void theProposedMentorReadsTheRequestItIsAskedAboutAndNoOtherMentorDoes() {
        String program = Api.program(admin, clock.instant());
        TestTokens mentor = mentorIn(program, List.of("x"), 2);
        TestTokens startup = TestTokens.user("STARTUP");
        String request = apply(startup, program, List.of("x"));
        TestTokens otherMentor = Api.mentor(profile(List.of("x"), 2));
        as(mentor).get("/api/mentorship/requests/" + request).then().statusCode(404);

        String match = runProgram(program).getString("proposals[0].matchId");
        as(mentor).get("/api/mentorship/requests/" + request).then().statusCode(200)
                .body("needs", contains("x")).body("description", equalTo("We need a mentor"));
        as(mentor).get("/api/mentorship/matches").then().body("items[0].request.id", equalTo(request))
                .body("items[0].request.needs", contains("x")).body("items[0].explanation[0].matched", contains("x"));
        as(otherMentor).get("/api/mentorship/requests/" + request).then().statusCode(404);

        // the startup sharpens its request while the proposal waits; the mentor reads the new version
        String etag = as(startup).get("/api/mentorship/requests/" + request).then().extract().header("ETag");
        Map<String, Object> edit = Api.ask(List.of("x", "hiring"), "fintech", List.of("en"), "MY");
        edit.put("description", "Hiring our first engineers");
        as(startup).header("If-Match", etag).body(edit).put("/api/mentorship/requests/" + request).then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
        as(mentor).get("/api/mentorship/matches/" + match).then().body("request.description", equalTo("Hiring our first engineers"));

        as(mentor).body(Map.of("reason", "Not my field")).post("/api/mentorship/matches/" + match + "/decline").then().statusCode(200);
        as(mentor).get("/api/mentorship/requests/" + request).then().statusCode(404);
    }

    @Test
    void acceptThenEndWalksTheStateMachineAndIsAudited() {
        String program = Api.program(admin, clock.instant());
        TestTokens mentor = mentorIn(program, List.of("x"), 2);
        TestTokens startup = TestTokens.user("STARTUP");
        String request = apply(startup, program, List.of("x"));
        double proposed = matches("proposed");
        double accepted = matches("accepted");
        String match = runProgram(program).getString("proposals[0].matchId");

        as(mentor).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("answeredAt", not(equalTo(null)));
        assertEquals(proposed + 1, matches("proposed"));
        assertEquals(accepted + 1, matches("accepted"));
        as(startup).get("/api/mentorship/requests/" + request).then().body("status", equalTo("MATCHED"));
        as(startup).header("If-Match", "*").body(Api.ask(List.of("y"), "fintech", List.of("en"), "MY"))
                .put("/api/mentorship/requests/" + request).then().statusCode(409).body("state", equalTo("MATCHED"));
        as(mentor).get("/api/mentorship/requests/" + request).then().statusCode(200).body("needs", contains("x"));
        as(mentor).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition")).body("state", equalTo("ACCEPTED"));
        as(mentor).post("/api/mentorship/matches/" + match + "/decline").then().statusCode(409);
        as(mentor).get("/api/mentorship/mentors/me").then().body("load", is(1));
        assertEquals(accepted + 1, matches("accepted"), "a refused second accept counts nothing");

        as(startup).body(Map.of("reason", "Seed round closed")).post("/api/mentorship/matches/" + match + "/end").then()
                .statusCode(200).body("status", equalTo("ENDED"));
        as(startup).get("/api/mentorship/requests/" + request).then().body("status", equalTo("CLOSED"));
        as(mentor).get("/api/mentorship/mentors/me").then().body("load", is(0));
        as(mentor).get("/api/mentorship/requests/" + request).then().statusCode(200); // a past mentee stays readable
        as(mentor).post("/api/mentorship/matches/" + match + "/end").then().statusCode(409);
        as(startup).get("/api/mentorship/matches/" + match + "/audit").then().statusCode(200)
                .body("total", is(3))
                .body("items.action", contains("propose", "accept", "end"))
                .body("items.to", contains("PROPOSED", "ACCEPTED", "ENDED"))
                .body("items.from", contains(null, "PROPOSED", "ACCEPTED"))
                .body("items[1].actor", equalTo(mentor.subject()))
                .body("items[2].reason", equalTo("Seed round closed"));
        as(startup).get("/api/mentorship/requests/" + request + "/audit").then().statusCode(200)
                .body("items.action", contains("open", "propose-mentor", "match", "close"))
                .body("items.to", contains("OPEN", "PROPOSED", "MATCHED", "CLOSED"))
                .body("items[3].reason", equalTo("Seed round closed"));
    }

    @Test
    void declineProposesTheNextBestUntriedMentorThenReopens() {
        String program = Api.program(admin, clock.instant());
        TestTokens best = mentorIn(program, List.of("x", "y"), 1);
        TestTokens second = mentorIn(program, List.of("x"), 1);
        TestTokens startup = TestTokens.user("STARTUP");
        String request = apply(startup, program, List.of("x", "y"));
        String first = runProgram(program).getString("proposals[0].matchId");
        as(startup).get("/api/mentorship/matches/" + first).then().body("mentorId", equalTo(Api.mentorId(best)));

        as(best).body(Map.of("reason", "No time")).post("/api/mentorship/matches/" + first + "/decline").then()
                .statusCode(200).body("status", equalTo("DECLINED"));
        JsonPath live = as(startup).queryParam("status", "PROPOSED").get("/api/mentorship/matches").then()
                .body("total", is(1)).extract().jsonPath();
        assertEquals(Api.mentorId(second), live.getString("items[0].mentorId"));
        assertEquals(null, live.getString("items[0].runId"));
        as(startup).get("/api/mentorship/requests/" + request).then().body("status", equalTo("PROPOSED"));

        // the mentor that declined is never proposed again, even with room: the request goes back to OPEN
        as(second).post("/api/mentorship/matches/" + live.getString("items[0].id") + "/decline").then().statusCode(200);
        as(startup).get("/api/mentorship/requests/" + request).then().body("status", equalTo("OPEN"));
        as(admin).body(Map.of("programId", program)).post("/api/mentorship/matching-runs").then()
                .body("requestCount", is(1)).body("proposedCount", is(0)).body("unmatchedRequestIds", contains(request));
        as(startup).get("/api/mentorship/requests/" + request + "/suggestions").then().statusCode(200).body("items", hasSize(0))
                .body("total", is(0));
    }

    @Test
    void unansweredProposalsExpireAndTheNextMentorIsProposed() {
        String program = Api.program(admin, clock.instant());
        TestTokens slow = mentorIn(program, List.of("x", "y"), 1);
        TestTokens next = mentorIn(program, List.of("x"), 1);
        TestTokens startup = TestTokens.user("STARTUP");
        String request = apply(startup, program, List.of("x", "y"));
        String match = runProgram(program).getString("proposals[0].matchId");

        clock.advance(Duration.ofDays(7));
        // past its answer time the proposal cannot be accepted, even before the sweep
        as(slow).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/proposal-expired"));
        matches.expireOverdue();

        as(slow).get("/api/mentorship/matches/" + match).then().body("status", equalTo("EXPIRED"));
        as(startup).get("/api/mentorship/matches/" + match + "/audit").then()
                .body("items.to", contains("PROPOSED", "EXPIRED")).body("items[1].actor", equalTo("system"));
        JsonPath live = as(startup).queryParam("status", "PROPOSED").get("/api/mentorship/matches").then()
                .body("total", is(1)).extract().jsonPath();
        assertEquals(Api.mentorId(next), live.getString("items[0].mentorId"));
        assertNotEquals(match, live.getString("items[0].id"));
        as(next).post("/api/mentorship/matches/" + live.getString("items[0].id") + "/accept").then().statusCode(200);
        as(startup).get("/api/mentorship/requests/" + request).then().body("status", equalTo("MATCHED"));
        as(slow).get("/api/mentorship/mentors/me").then().body("load", is(0));
    }

    @Test
    void runsAreForAdminsValidatedAndIdempotent() {
        String program = Api.program(admin, clock.instant());
        as(TestTokens.user("STARTUP")).body(Map.of()).post("/api/mentorship/matching-runs").then().statusCode(403);
        as(TestTokens.user("MENTOR")).get("/api/mentorship/matching-runs").then().statusCode(403);
        as(admin).body(Map.of("programId", program, "k", 0)).post("/api/mentorship/matching-runs").then().statusCode(400)
                .body("errors[0].field", equalTo("k"));
        as(admin).body(Map.of("programId", java.util.UUID.randomUUID().toString())).post("/api/mentorship/matching-runs")
                .then().statusCode(400).body("errors[0].field", equalTo("programId"));
        as(admin).get("/api/mentorship/matching-runs/" + java.util.UUID.randomUUID()).then().statusCode(404);

        mentorIn(program, List.of("x"), 3);
        apply(TestTokens.user("STARTUP"), program, List.of("x"));
        String first = as(admin).header("Idempotency-Key", "run-" + program).body(Map.of("programId", program))
                .post("/api/mentorship/matching-runs").then().statusCode(201).body("proposedCount", is(1)).extract().path("id");
        as(admin).header("Idempotency-Key", "run-" + program).body(Map.of("programId", program))
                .post("/api/mentorship/matching-runs").then().statusCode(201).body("id", equalTo(first)).body("proposedCount", is(1));
    }

    private TestTokens mentorIn(String program, List<String> tags, int capacity) {
        TestTokens mentor = Api.mentor(profile(tags, capacity));
        Api.join(mentor, program);
        return mentor;
    }

    private static Map<String, Object> profile(List<String> tags, int capacity) {
        return Api.profile(tags, List.of("fintech"), List.of("en"), List.of("MY"), KL, capacity);
    }

    private static String apply(TestTokens startup, String program, List<String> needs) {
        Map<String, Object> body = Api.ask(needs, "fintech", List.of("en"), "MY");
        body.put("programId", program);
        return Api.request(startup, body);
    }

    private JsonPath runProgram(String program) {
        return as(admin).body(Map.of("programId", program)).post("/api/mentorship/matching-runs").then()
                .statusCode(201).extract().jsonPath();
    }

    private static String mentorProposedTo(JsonPath run, String request) {
        List<Map<String, Object>> proposals = run.getList("proposals");
        return proposals.stream().filter(p -> request.equals(p.get("requestId"))).map(p -> (String) p.get("mentorId"))
                .findFirst().orElse(null);
    }

    /** portal_matches_total{status} on /q/metrics, 0 before the first. */
    private static double matches(String status) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("portal_matches_total{status=\"" + status + "\"}"))
                .findFirst().map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }
}
