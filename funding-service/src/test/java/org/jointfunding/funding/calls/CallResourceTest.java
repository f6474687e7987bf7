package org.jointfunding.funding.calls;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.funding.support.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.agency;
import static org.jointfunding.funding.support.Fixtures.agencyAdmin;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.callBody;
import static org.jointfunding.funding.support.Fixtures.createCall;
import static org.jointfunding.funding.support.Fixtures.funder;
import static org.jointfunding.funding.support.Fixtures.unique;

@QuarkusTest
class CallResourceTest {

    @Inject
    TestClock clock;

    @Inject
    CallClosingJob closingJob;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAgencyAdminDraftsACallThatOnlyItsFundersSee() {
        String my = agency("MY", "MYR");
        String other = agency("IR", "IRR");
        String call = createCall(agencyAdmin(my), callBody(unique("Call"), List.of(funder(my, "1000000", "300000"))));
        given().get("/api/funding/calls/" + call).then().statusCode(404);
        as(TestTokens.user("STARTUP").bearer()).get("/api/funding/calls/" + call).then().statusCode(404);
        as(agencyAdmin(other)).get("/api/funding/calls/" + call).then().statusCode(404);
        as(agencyAdmin(my)).get("/api/funding/calls/" + call).then().statusCode(200)
                .header("ETag", "\"0\"").body("status", equalTo("DRAFT"))
                .body("funders[0].currency", equalTo("MYR")).body("funders[0].committed", equalTo(0.0f));
        as(ADMIN).get("/api/funding/calls/" + call).then().statusCode(200);
    }

    @Test
    void onlyAdminsOfAFundingAgencyCreateAndRunCalls() {
        String my = agency("MY", "MYR");
        String other = agency("IR", "IRR");
        String title = unique("Call");
        as(agencyAdmin(other)).body(callBody(title, List.of(funder(my, "1000", null)))).post("/api/funding/calls")
                .then().statusCode(403);
        for (String role : new String[]{"STARTUP", "MENTOR", "REVIEWER"}) {
            as(TestTokens.user(role).agency(my).bearer()).body(callBody(title, List.of(funder(my, "1000", null))))
                    .post("/api/funding/calls").then().statusCode(403);
        }
        given().contentType("application/json").body(callBody(title, List.of(funder(my, "1000", null))))
                .post("/api/funding/calls").then().statusCode(401);
        as(ADMIN).queryParam("q", title).get("/api/funding/calls").then().body("total", equalTo(0));

        String call = createCall(agencyAdmin(my), callBody(title, List.of(funder(my, "1000", null))));
        as(agencyAdmin(other)).post("/api/funding/calls/" + call + "/open").then().statusCode(404);
        as(TestTokens.user("STARTUP").bearer()).post("/api/funding/calls/" + call + "/open").then().statusCode(403);
        act(agencyAdmin(my), "/api/funding/calls/" + call + "/open");
        // Now public: the other agency sees it but still may not run it.
        as(agencyAdmin(other)).contentType("application/json").post("/api/funding/calls/" + call + "/close").then().statusCode(403);
        as(TestTokens.user("REVIEWER").agency(my).bearer()).post("/api/funding/calls/" + call + "/close").then().statusCode(403);
    }

    @Test
    void theLifecycleMovesOnlyByItsRules() {
        String my = agency("MY", "MYR");
        String admin = agencyAdmin(my);
        Map<String, Object> body = callBody(unique("Call"), List.of(funder(my, "1000", null)));
        body.put("criteria", List.of());
        String call = createCall(admin, body);
        String path = "/api/funding/calls/" + call;
        as(admin).post(path + "/open").then().statusCode(422).body("errors.field", hasItem("criteria"));
        as(admin).post(path + "/close").then().statusCode(409).body("type", equalTo("/problems/illegal-transition"));

        body.put("criteria", List.of(Map.of("name", "Impact", "weight", 1, "maxScore", 5, "threshold", 2)));
        as(admin).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(200).header("ETag", "\"1\"");
        as(admin).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(412);
        as(admin).body(body).put(path).then().statusCode(428);

        as(admin).body(Map.of("reason", "ready")).post(path + "/open").then().statusCode(200).body("status", equalTo("OPEN"));
        as(admin).post(path + "/open").then().statusCode(409);
        as(admin).header("If-Match", "\"2\"").body(body).put(path).then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
        as(admin).post(path + "/start-evaluation").then().statusCode(409);
        act(admin, path + "/close");
        act(admin, path + "/start-evaluation");
        as(admin).post(path + "/cancel").then().statusCode(400);
        act(admin, path + "/decide");
        as(admin).get(path).then().body("status", equalTo("DECIDED"));
        as(admin).body(Map.of("reason", "too late")).post(path + "/cancel").then().statusCode(409);
    }

    @Test
    void aCallWithoutFundersCannotOpenAndADraftCanBeCancelled() {
        String my = agency("MY", "MYR");
        Map<String, Object> body = callBody(unique("Call"), List.of());
        String call = createCall(ADMIN, body);
        as(ADMIN).post("/api/funding/calls/" + call + "/open").then().statusCode(422).body("errors.field", hasItem("funders"));
        as(ADMIN).body(Map.of("reason", "merged into another call")).post("/api/funding/calls/" + call + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(agencyAdmin(my)).get("/api/funding/calls/" + call).then().statusCode(404);
    }

    @Test
    void anyoneListsOpenCallsWithFilters() {
        String my = agency("MY", "MYR");
        String admin = agencyAdmin(my);
        String word = unique("Zebra");
        Map<String, Object> fintech = callBody(word + " fintech", List.of(funder(my, "1000", null)));
        fintech.put("sectors", List.of("fintech"));
        Map<String, Object> agritech = callBody(word + " agritech", List.of(funder(my, "1000", null)));
        agritech.put("sectors", List.of("agritech"));
        String open = createCall(admin, fintech);
        act(admin, "/api/funding/calls/" + open + "/open");
        String draft = createCall(admin, agritech);

        given().queryParam("q", word.toLowerCase()).get("/api/funding/calls").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(open));
        given().queryParam("q", word).queryParam("sector", "agritech").get("/api/funding/calls").then().body("total", equalTo(0));
        given().queryParam("q", word).queryParam("sector", "fintech").queryParam("country", "MY")
                .get("/api/funding/calls").then().body("total", equalTo(1));
        given().queryParam("q", word).queryParam("country", "IR").get("/api/funding/calls").then().body("total", equalTo(0));
        as(admin).queryParam("q", word).get("/api/funding/calls").then().body("total", equalTo(2))
                .body("items.id", hasItems(open, draft));
        as(admin).queryParam("q", word).queryParam("status", "DRAFT").get("/api/funding/calls").then()
                .body("items.id", equalTo(List.of(draft)));
        String other = agency("MY", "MYR");
        as(admin).queryParam("q", word).queryParam("agency", my).get("/api/funding/calls").then().body("total", equalTo(2));
        given().queryParam("q", word).queryParam("agency", other).get("/api/funding/calls").then().body("total", equalTo(0));
        given().queryParam("status", "SOMETHING").get("/api/funding/calls").then().statusCode(400);
        given().queryParam("limit", 1000).get("/api/funding/calls").then().statusCode(400);
        given().queryParam("q", word).queryParam("status", "DRAFT").get("/api/funding/calls").then()
                .body("items.id", not(hasItem(draft)));
    }

    @Test
    void aBadListQueryIsOneProblemDocumentNamingEveryField() {
        given().queryParam("status", "SOMETHING").queryParam("sector", "s".repeat(61)).queryParam("country", "my")
                .queryParam("agency", "a".repeat(31)).queryParam("q", "q".repeat(201))
                .queryParam("limit", 0).queryParam("offset", -1)
                .get("/api/funding/calls").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid input")).body("status", equalTo(400))
                .body("instance", equalTo("/api/funding/calls"))
                .body("errors.field", equalTo(List.of("agency", "funderCountry", "limit", "offset", "sector", "status", "text")))
                .body("errors.find { it.field == 'status' }.message",
                        equalTo("must be one of DRAFT, OPEN, CLOSED, UNDER_EVALUATION, DECIDED, CANCELLED"))
                .body("errors.find { it.field == 'status' }.code", equalTo("Pattern"))
                .body("errors.find { it.field == 'funderCountry' }.message", equalTo("must be an ISO 3166 alpha-2 code"))
                .body("errors.find { it.field == 'sector' }.code", equalTo("Size"))
                .body("errors.find { it.field == 'sector' }.params.max", equalTo(60))
                .body("errors.find { it.field == 'limit' }.message", equalTo("must be between 1 and 100"))
                .body("errors.find { it.field == 'limit' }.code", equalTo("Min"))
                .body("errors.find { it.field == 'limit' }.params.value", equalTo(1))
                .body("errors.find { it.field == 'offset' }.message", equalTo("must be 0 or more"))
                .body("detail", containsString("offset: must be 0 or more"));
        given().queryParam("limit", 101).get("/api/funding/calls").then().statusCode(400)
                .body("errors.field", equalTo(List.of("limit"))).body("errors[0].code", equalTo("Max"))
                .body("errors[0].params.value", equalTo(100));
        given().queryParam("limit", 3).queryParam("offset", 0).get("/api/funding/calls").then().statusCode(200)
                .body("limit", equalTo(3)).body("offset", equalTo(0));
        given().get("/api/funding/calls").then().statusCode(200).body("limit", equalTo(20)).body("offset", equalTo(0));
    }

    @Test
    void anAnnouncedCallStaysPublicAfterItsDeadlineSoApplicantsCanFollowIt() {
        String my = agency("MY", "MYR");
        String admin = agencyAdmin(my);
        String word = unique("Okapi");
        String call = createCall(admin, callBody(word, List.of(funder(my, "1000", null))));
        act(admin, "/api/funding/calls/" + call + "/open");
        act(admin, "/api/funding/calls/" + call + "/close");
        given().get("/api/funding/calls/" + call).then().statusCode(200).body("status", equalTo("CLOSED"));
        as(TestTokens.user("STARTUP").bearer()).get("/api/funding/calls/" + call).then().statusCode(200);
        given().queryParam("q", word).get("/api/funding/calls").then().body("total", equalTo(0));
        given().queryParam("q", word).queryParam("status", "CLOSED").get("/api/funding/calls").then()
                .body("items.id", equalTo(List.of(call)));
        act(admin, "/api/funding/calls/" + call + "/start-evaluation");
        given().get("/api/funding/calls/" + call).then().statusCode(200).body("status", equalTo("UNDER_EVALUATION"));
        as(admin).body(Map.of("reason", "no budget this year")).post("/api/funding/calls/" + call + "/cancel").then().statusCode(200);
        given().get("/api/funding/calls/" + call).then().statusCode(404);
        given().queryParam("q", word).queryParam("status", "CANCELLED").get("/api/funding/calls").then().body("total", equalTo(0));
    }

    @Test
    void aCallClosesWhenItsClosingInstantPasses() {
        String my = agency("MY", "MYR");
        String admin = agencyAdmin(my);
        String call = createCall(admin, callBody(unique("Call"), List.of(funder(my, "1000", null))));
        act(admin, "/api/funding/calls/" + call + "/open");
        closingJob.closeExpiredCalls();
        as(admin).get("/api/funding/calls/" + call).then().body("status", equalTo("OPEN"));
        clock.advance(Duration.ofDays(31));
        closingJob.closeExpiredCalls();
        as(admin).get("/api/funding/calls/" + call).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void aFunderExtendsTheDeadlineOfAnOpenCallOnlyLater() {
        String my = agency("MY", "MYR");
        String admin = agencyAdmin(my);
        String call = createCall(admin, callBody(unique("Call"), List.of(funder(my, "1000", null))));
        String path = "/api/funding/calls/" + call;
        String closesAt = as(admin).get(path).then().extract().path("closesAt");
        Instant later = Instant.parse(closesAt).plus(Duration.ofDays(14));
        Map<String, Object> extension = Map.of("closesAt", later.toString(), "reason", "Holiday period");

        as(admin).body(extension).post(path + "/extend").then().statusCode(409).body("type", equalTo("/problems/illegal-transition"));
        act(admin, path + "/open");
        as(agencyAdmin(agency("IR", "IRR"))).body(extension).post(path + "/extend").then().statusCode(403);
        as(TestTokens.user("STARTUP").bearer()).body(extension).post(path + "/extend").then().statusCode(403);
        as(admin).body(Map.of("closesAt", Instant.parse(closesAt).minus(Duration.ofDays(1)).toString())).post(path + "/extend")
                .then().statusCode(422).body("errors.field", hasItem("closesAt"));
        as(admin).body(Map.of("reason", "no date")).post(path + "/extend").then().statusCode(400);
        as(admin).body(Map.of("closesAt", "next week")).post(path + "/extend").then().statusCode(400)
                .contentType("application/problem+json");
        as(admin).post(path + "/extend").then().statusCode(400).contentType("application/problem+json");
        as(admin).get(path).then().body("closesAt", equalTo(closesAt));

        as(admin).body(extension).post(path + "/extend").then().statusCode(200)
                .body("closesAt", equalTo(later.toString())).body("status", equalTo("OPEN"));
        as(ADMIN).queryParam("aggregateId", call).queryParam("action", "extend").get("/api/funding/audit").then()
                .body("total", equalTo(1)).body("items[0].reason", containsString("Holiday period"));

        clock.advance(Duration.ofDays(31)); // past the old deadline, before the new one
        closingJob.closeExpiredCalls();
        as(admin).get(path).then().body("status", equalTo("OPEN"));
        clock.advance(Duration.ofDays(14));
        as(admin).body(Map.of("closesAt", later.plus(Duration.ofDays(7)).toString())).post(path + "/extend")
                .then().statusCode(409).body("type", equalTo("/problems/call-closing"));
        closingJob.closeExpiredCalls();
        as(admin).get(path).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String my = agency("MY", "MYR");
        String admin = agencyAdmin(my);
        String title = unique("Bad");
        Map<String, Object> reversed = callBody(title, List.of(funder(my, "1000", null)));
        reversed.put("closesAt", "2020-01-01T00:00:00Z");
        expectInvalid(admin, reversed, "closesAt");
        expectInvalid(admin, callBody(title, List.of(funder(my, "-5", null))), "funders[0].budget");
        expectInvalid(admin, callBody(title, List.of(funder(my, "100000000000000000000", null))), "funders[0].budget");
        expectInvalid(admin, callBody(title, List.of(funder(my, "1000", "2000"))), "funders[0].maxRequest");
        expectInvalid(admin, callBody(title, List.of(funder(my, "1000", null), funder("NO-SUCH", "1", null))), "funders[1].agency");
        expectInvalid(admin, callBody(title, List.of(funder(my, "1000", null), funder(my, "1", null))), "funders");
        Map<String, Object> noTitle = callBody(title, List.of(funder(my, "1000", null)));
        noTitle.remove("title");
        expectInvalid(admin, noTitle, "title");
        Map<String, Object> badThreshold = callBody(title, List.of(funder(my, "1000", null)));
        badThreshold.put("criteria", List.of(Map.of("name", "A", "weight", 1, "maxScore", 5, "threshold", 6)));
        expectInvalid(admin, badThreshold, "criteria[0].threshold");
        Map<String, Object> badCountry = callBody(title, List.of(funder(my, "1000", null)));
        badCountry.put("eligibility", Map.of("requiredCountries", List.of("QQ"), "minPartners", 3, "maxPartners", 2));
        as(admin).body(badCountry).post("/api/funding/calls").then().statusCode(400)
                .body("errors.field", hasItems("eligibility.requiredCountries[0]", "eligibility.maxPartners"));
        Map<String, Object> wrongType = callBody(title, List.of(funder(my, "1000", null)));
        wrongType.put("opensAt", "yesterday");
        as(admin).body(wrongType).post("/api/funding/calls").then().statusCode(400).contentType("application/problem+json");
        as(admin).body("{\"title\": \"x\", ").post("/api/funding/calls").then().statusCode(400)
                .contentType("application/problem+json");
        as(admin).body("").post("/api/funding/calls").then().statusCode(400);
        as(admin).body("{\"title\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").post("/api/funding/calls").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        as(ADMIN).queryParam("q", title).get("/api/funding/calls").then().body("total", equalTo(0));
    }

    private static void expectInvalid(String bearer, Map<String, Object> body, String field) {
        as(bearer).body(body).post("/api/funding/calls").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

}
