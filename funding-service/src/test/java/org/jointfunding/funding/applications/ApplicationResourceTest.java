package org.jointfunding.funding.applications;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.funding.support.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.draft;
import static org.jointfunding.funding.support.Fixtures.openCall;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.unique;

@QuarkusTest
class ApplicationResourceTest {

    private static final String APPS = "/api/funding/applications/";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStartupDraftsEditsAndSubmits() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        Map<String, Object> body = applicationBody(call, "200000", "1000000000");
        String id = draft(owner, body);
        as(owner).get(APPS + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("callTitle", equalTo(as(ADMIN).get(call.path()).path("title")))
                .body("partners", hasSize(2)).body("requestedAmounts." + call.my(), equalTo(200000.0f))
                .body("sector", equalTo("fintech")).body("mentoringNeeds", contains("fundraising", "payments"))
                .body("languages", contains("en", "ms"));
        body.put("title", "Renamed");
        body.put("sector", "cleantech");
        body.put("mentoringNeeds", List.of("Hiring", "hiring", "legal"));
        body.put("languages", List.of("FA"));
        as(owner).header("If-Match", "\"0\"").body(body).put(APPS + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Renamed")).body("sector", equalTo("cleantech"))
                .body("mentoringNeeds", contains("hiring", "legal")).body("languages", contains("fa"));
        as(owner).header("If-Match", "\"0\"").body(body).put(APPS + id).then().statusCode(412);
        as(owner).post(APPS + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(owner).header("If-Match", "\"2\"").body(body).put(APPS + id).then().statusCode(409);
        as(owner).post(APPS + id + "/submit").then().statusCode(409).body("type", equalTo("/problems/illegal-transition"));
        as(owner).queryParam("callId", call.id()).get("/api/funding/applications").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void othersCannotSeeOrTouchIt() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        Map<String, Object> body = applicationBody(call, "1000", "1000");
        String id = draft(owner, body);
        String stranger = startup();
        as(stranger).get(APPS + id).then().statusCode(404);
        as(stranger).header("If-Match", "\"0\"").body(body).put(APPS + id).then().statusCode(404);
        as(stranger).post(APPS + id + "/submit").then().statusCode(404);
        as(stranger).post(APPS + id + "/withdraw").then().statusCode(404);
        as(stranger).queryParam("callId", call.id()).get("/api/funding/applications").then().body("total", equalTo(0));
        as(call.myAdmin()).get(APPS + id).then().statusCode(404);
        for (String role : new String[]{"MENTOR", "REVIEWER"}) {
            as(TestTokens.user(role).agency(call.my()).bearer()).get(APPS + id).then().statusCode(403);
            as(TestTokens.user(role).agency(call.my()).bearer()).get("/api/funding/applications").then().statusCode(403);
        }
        as(call.myAdmin()).body(body).post("/api/funding/applications").then().statusCode(403);
        as(call.myAdmin()).post(APPS + id + "/submit").then().statusCode(403);
        as(owner).post(APPS + id + "/submit").then().statusCode(200);

        as(call.myAdmin()).get(APPS + id).then().statusCode(200);
        as(call.myAdmin()).queryParam("callId", call.id()).get("/api/funding/applications").then().body("total", equalTo(1));
        JointCallFixture other = openCall("1000", "1000");
        as(other.myAdmin()).get(APPS + id).then().statusCode(404);
        as(other.myAdmin()).queryParam("callId", call.id()).get("/api/funding/applications").then().body("total", equalTo(0));
        as(ADMIN).get(APPS + id).then().statusCode(200);
        as("Bearer not-a-token").get(APPS + id).then().statusCode(401);
    }

    @Test
    void oneActiveApplicationPerStartupPerCall() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        String first = draft(owner, applicationBody(call, "1000", null));
        as(owner).body(applicationBody(call, "1000", null)).post("/api/funding/applications").then().statusCode(409)
                .body("type", equalTo("/problems/already-applied")).body("applicationId", equalTo(first));
        as(owner).body(Map.of("reason", "starting over")).post(APPS + first + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(owner).post(APPS + first + "/withdraw").then().statusCode(409);
        draft(owner, applicationBody(call, "1000", null));
    }

    @Test
    void submitListsEveryFailingRule() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        Map<String, Object> body = applicationBody(call, "2000000", null);
        body.put("partners", List.of(Map.of("name", "Solo", "country", "MY", "role", "lead")));
        body.put("requestedAmounts", Map.of(call.my(), "2000000", call.ir(), "10", "XX-NOPE", "5"));
        String id = draft(owner, body);
        as(owner).post(APPS + id + "/submit").then().statusCode(422).body("type", equalTo("/problems/ineligible"))
                .body("errors.field", hasItems("partners", "requestedAmounts." + call.my(),
                        "requestedAmounts." + call.ir(), "requestedAmounts.XX-NOPE"))
                .body("errors.message", hasItem("the consortium has no partner from IR, which the call requires"))
                .body("errors.message", hasItem("the consortium has 1 partner(s); the call requires 2 to 6"));
        as(owner).get(APPS + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void eligibilityListsWhatASubmitWouldRefuseWithCodesAndSubmitsNothing() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        Map<String, Object> body = applicationBody(call, "2000000", null);
        body.put("partners", List.of(Map.of("name", "Solo", "country", "MY", "role", "lead")));
        String id = draft(owner, body);
        as(owner).get(APPS + id + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("problems.code", hasItems("partner-count", "required-country-missing", "above-budget"))
                .body("problems.find { it.code == 'required-country-missing' }.params.country", equalTo("IR"))
                .body("problems.find { it.code == 'partner-count' }.params", equalTo(Map.of("count", 1, "min", 2, "max", 6)))
                .body("problems.find { it.code == 'above-budget' }.field", equalTo("requestedAmounts." + call.my()));
        as(owner).get(APPS + id).then().body("status", equalTo("DRAFT"));
        as(startup()).get(APPS + id + "/eligibility").then().statusCode(404);
        as(call.myAdmin()).get(APPS + id + "/eligibility").then().statusCode(404);

        as(owner).header("If-Match", "\"0\"").body(applicationBody(call, "1000", "1000")).put(APPS + id).then().statusCode(200);
        as(owner).get(APPS + id + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(true)).body("problems", hasSize(0));
    }

    @Test
    void theHistoryShowsEachStepOldestFirstToThoseWhoReadTheApplication() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        String id = draft(owner, applicationBody(call, "1000", "1000"));
        as(owner).header("If-Match", "\"0\"").body(applicationBody(call, "2000", "1000")).put(APPS + id).then().statusCode(200);
        act(owner, APPS + id + "/submit");
        as(owner).get(APPS + id + "/history").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", equalTo(List.of("create", "edit", "submit")))
                .body("items[2].from", equalTo("DRAFT")).body("items[2].to", equalTo("SUBMITTED"))
                .body("items[0].actor", equalTo(null));
        as(owner).queryParam("limit", 1).queryParam("offset", 2).get(APPS + id + "/history").then()
                .body("items.action", equalTo(List.of("submit")));
        as(call.myAdmin()).get(APPS + id + "/history").then().statusCode(200).body("total", equalTo(3));
        as(startup()).get(APPS + id + "/history").then().statusCode(404);
        as(owner).queryParam("limit", 0).get(APPS + id + "/history").then().statusCode(400);
    }

    @Test
    void theCallsDeadlineComesWithTheApplication() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        String id = draft(owner, applicationBody(call, "1000", "1000"));
        String closesAt = as(ADMIN).get(call.path()).path("closesAt");
        as(owner).get(APPS + id).then().body("callClosesAt", equalTo(closesAt));
    }

    @Test
    void submitChecksTheDeadlineEvenBeforeTheCallIsClosed() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        String id = draft(owner, applicationBody(call, "1000", "1000"));
        clock.advance(Duration.ofDays(31));
        as(owner).post(APPS + id + "/submit").then().statusCode(422).body("errors.field", equalTo(List.of("deadline")));
        as(startup()).body(applicationBody(call, "1000", "1000")).post("/api/funding/applications").then().statusCode(409)
                .body("type", equalTo("/problems/call-not-open"));
    }

    @Test
    void onlyOpenCallsTakeApplications() {
        JointCallFixture call = openCall("1000000", "5000000000");
        act(call.myAdmin(), call.path() + "/close");
        as(startup()).body(applicationBody(call, "1000", "1000")).post("/api/funding/applications").then().statusCode(409)
                .body("type", equalTo("/problems/call-not-open"));
    }

    @Test
    void startingTheEvaluationPutsSubmittedApplicationsUnderReview() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String submitter = startup();
        String drafter = startup();
        String submitted = draft(submitter, applicationBody(call, "1000", "1000"));
        act(submitter, APPS + submitted + "/submit");
        String drafted = draft(drafter, applicationBody(call, "1000", "1000"));
        act(call.myAdmin(), call.path() + "/close");
        act(call.myAdmin(), call.path() + "/start-evaluation");
        as(submitter).get(APPS + submitted).then().body("status", equalTo("UNDER_REVIEW"));
        as(drafter).get(APPS + drafted).then().body("status", equalTo("DRAFT"));
        as(submitter).post(APPS + submitted + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void anIdempotencyKeyCreatesOnce() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        Map<String, Object> body = applicationBody(call, "1000", "1000");
        String key = unique("k");
        String first = as(owner).header("Idempotency-Key", key).body(body).post("/api/funding/applications")
                .then().statusCode(201).extract().path("id");
        as(owner).header("Idempotency-Key", key).body(body).post("/api/funding/applications")
                .then().statusCode(201).body("id", equalTo(first));
        as(owner).queryParam("callId", call.id()).get("/api/funding/applications").then().body("total", equalTo(1));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        JointCallFixture call = openCall("1000000", "5000000000");
        String owner = startup();
        Map<String, Object> body = applicationBody(call, "1000", "1000");
        body.remove("title");
        expectInvalid(owner, body, "title");
        body = applicationBody(call, "-1", "1000");
        as(owner).body(body).post("/api/funding/applications").then().statusCode(400).contentType("application/problem+json");
        body = applicationBody(call, "1e30", "1000");
        as(owner).body(body).post("/api/funding/applications").then().statusCode(400);
        body = applicationBody(call, "1000", "1000");
        body.put("partners", List.of(Map.of("name", "X", "country", "ZZ", "role", "lead")));
        expectInvalid(owner, body, "partners[0].country");
        body = applicationBody(call, "1000", "1000");
        body.remove("callId");
        expectInvalid(owner, body, "callId");
        body = applicationBody(call, "1000", "1000");
        body.put("partners", "many");
        as(owner).body(body).post("/api/funding/applications").then().statusCode(400).body("errors.field", hasItem("partners"));
        as(owner).body("{\"callId\": \"" + call.id() + "\", \"title\": }").post("/api/funding/applications").then().statusCode(400);
        body = applicationBody(call, "1000", "1000");
        body.put("sector", "agritech"); // a sector, but not one of this call's
        expectInvalid(owner, body, "sector");
        body = applicationBody(call, "1000", "1000");
        body.put("mentoringNeeds", List.of("has space"));
        expectInvalid(owner, body, "mentoringNeeds[0]");
        body = applicationBody(call, "1000", "1000");
        body.put("languages", List.of("english"));
        expectInvalid(owner, body, "languages[0]");
        body = applicationBody(call, "1000", "1000");
        body.put("callId", "not-a-uuid");
        as(owner).body(body).post("/api/funding/applications").then().statusCode(400);
        as(owner).queryParam("callId", call.id()).get("/api/funding/applications").then().body("total", equalTo(0));
    }

    private static void expectInvalid(String bearer, Map<String, Object> body, String field) {
        as(bearer).body(body).post("/api/funding/applications").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
