package org.jointfunding.funding.awards;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointfunding.kit.outbox.OutboxEvent;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.reviewed;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AwardResourceTest {

    private static final String APPS = "/api/funding/applications/";

    private static String award(String application) {
        return APPS + application + "/award";
    }

    private static float committed(JointCallFixture call, int funderIndex) {
        return as(ADMIN).get(call.path()).then().extract().path("funders[" + funderIndex + "].committed");
    }

    private static int funderIndex(JointCallFixture call, String agency) {
        List<String> agencies = as(ADMIN).get(call.path()).then().extract().path("funders.agency");
        return agencies.indexOf(agency);
    }

    private static List<OutboxEvent> events(String application) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("aggregateId = ?1 and destination = ?2", application, "mentorship"));
    }

    @Test
    void everyAgencyAskedMustApproveAndThenTheEventIsQueued() {
        JointCallFixture call = Fixtures.openCall("1000000", "5000000000");
        String owner = startup();
        String application = submitted(owner, call, "200000", "1000000000");
        startEvaluation(call);
        reviewed(call, application, 8, 8);

        as(call.myAdmin()).body(Map.of("reason", "fits our priorities")).post(award(application) + "/approve").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("shares.find { it.agency == '" + call.my() + "' }.decision", equalTo("APPROVED"))
                .body("shares.find { it.agency == '" + call.ir() + "' }.decision", equalTo("PENDING"))
                .body("shares.find { it.agency == '" + call.my() + "' }.currency", equalTo("MYR"));
        assertEquals(200000f, committed(call, funderIndex(call, call.my())));
        assertEquals(List.of(), events(application));

        as(call.irAdmin()).post(award(application) + "/approve").then().statusCode(200).body("status", equalTo("AWARDED"));
        as(owner).get(award(application)).then().statusCode(200).body("status", equalTo("AWARDED"));
        as(owner).get(APPS + application).then().body("status", equalTo("AWARDED"));
        List<OutboxEvent> events = events(application);
        assertEquals(1, events.size());
        OutboxEvent event = events.get(0);
        assertEquals("ApplicationAwarded", event.type);
        String startupId = as(owner).get(APPS + application).path("ownerId");
        JsonPath payload = JsonPath.from(event.payload);
        assertEquals(event.id.toString(), payload.getString("id"));
        assertEquals(startupId, payload.getString("data.startupId"));
        assertEquals(List.of("MY", "IR"), payload.getList("data.consortiumCountries"));
        assertEquals(List.of("cleantech", "fintech"), payload.getList("data.sectors"));
        // what the startup's mentoring request starts from: its own sector, needs and languages, and who leads it
        assertEquals("fintech", payload.getString("data.sector"));
        assertEquals(List.of("fundraising", "payments"), payload.getList("data.mentoringNeeds"));
        assertEquals(List.of("en", "ms"), payload.getList("data.languages"));
        assertEquals("GreenPay Sdn Bhd", payload.getString("data.startupName"));
        assertEquals("MY", payload.getString("data.startupCountry"));
        as(call.irAdmin()).post(award(application) + "/approve").then().statusCode(409);
    }

    @Test
    void oneRefusalRejectsAndReleasesTheApprovedShares() {
        JointCallFixture call = Fixtures.openCall("1000000", "5000000000");
        String application = submitted(startup(), call, "200000", "1000");
        startEvaluation(call);
        reviewed(call, application, 8, 8);
        act(call.myAdmin(), award(application) + "/approve");
        as(call.irAdmin()).post(award(application) + "/refuse").then().statusCode(400);
        as(call.irAdmin()).body(Map.of("reason", "outside our remit")).post(award(application) + "/refuse").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("shares.find { it.agency == '" + call.ir() + "' }.reason", equalTo("outside our remit"));
        assertEquals(0f, committed(call, funderIndex(call, call.my())));
        assertEquals(List.of(), events(application));
        // the startups are told why in their own language: the reason the portal gave comes as a sentence code too
        OutboxEvent rejected = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateId = ?1 and type = ?2", application, "ApplicationStatusChanged")).stream()
                .filter(e -> JsonPath.from(e.payload).getString("data.to").equals("REJECTED")).findFirst().orElseThrow();
        JsonPath told = JsonPath.from(rejected.payload);
        assertEquals(call.ir() + " refused its share", told.getString("data.reason"));
        assertEquals(Map.of("says", "share-refused", "agency", call.ir()), told.getMap("data.facts"));
    }

    @Test
    void agenciesWithTheLongestCodesDecideAndTheAuditSaysWhich() {
        String my = Fixtures.agency(longestCode("MY"), "MY", "MYR");
        String ir = Fixtures.agency(longestCode("IR"), "IR", "IRR");
        JointCallFixture call = Fixtures.openCall(my, ir, "1000000", "5000000000");
        String application = submitted(startup(), call, "200000", "1000");
        startEvaluation(call);
        reviewed(call, application, 8, 8);
        act(call.myAdmin(), award(application) + "/approve");
        as(call.irAdmin()).body(Map.of("reason", "outside our remit")).post(award(application) + "/refuse").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(ADMIN).queryParam("callId", call.id()).queryParam("action", "refuse-share:" + ir).get("/api/funding/audit")
                .then().statusCode(200).body("items[0].reason", equalTo("outside our remit"));
    }

    /** 32 characters, the most an agency code may have. */
    private static String longestCode(String country) {
        return (country + "-" + UUID.randomUUID().toString().replace("-", "").toUpperCase()).substring(0, 32);
    }

    @Test
    void onlyTheAskedAgenciesDecideAndOnlyOnRankedApplications() {
        JointCallFixture call = Fixtures.openCall("1000000", "5000000000");
        String owner = startup();
        String onlyMy = submitted(owner, call, "1000", null);
        String unreviewed = submitted(startup(), call, "1000", null);
        String disqualified = submitted(startup(), call, "1000", null);
        as(call.myAdmin()).post(award(onlyMy) + "/approve").then().statusCode(409).body("type", equalTo("/problems/illegal-transition"));
        startEvaluation(call);
        reviewed(call, onlyMy, 8, 8);
        reviewed(call, disqualified, 1, 8);

        as(owner).post(award(onlyMy) + "/approve").then().statusCode(403);
        as(ADMIN).post(award(onlyMy) + "/approve").then().statusCode(403);
        as(TestTokens.user("REVIEWER").agency(call.my()).bearer()).post(award(onlyMy) + "/approve").then().statusCode(403);
        as(Fixtures.openCall("1", "1").myAdmin()).post(award(onlyMy) + "/approve").then().statusCode(404);
        as(startup()).get(award(onlyMy)).then().statusCode(404);
        as(call.irAdmin()).post(award(onlyMy) + "/approve").then().statusCode(409).body("type", equalTo("/problems/no-share"));
        as(call.myAdmin()).post(award(unreviewed) + "/approve").then().statusCode(409).body("type", equalTo("/problems/not-ranked"));
        as(call.myAdmin()).post(award(disqualified) + "/approve").then().statusCode(409).body("type", equalTo("/problems/disqualified"));
        as(call.myAdmin()).post(award(onlyMy) + "/approve").then().statusCode(200).body("status", equalTo("AWARDED"));
    }

    @Test
    void aBudgetThatDoesNotFitIsRefusedWithWhatRemains() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String first = submitted(startup(), call, "600", null);
        String second = submitted(startup(), call, "600", null);
        startEvaluation(call);
        reviewed(call, first, 8, 8);
        reviewed(call, second, 8, 8);
        act(call.myAdmin(), award(first) + "/approve");
        as(call.myAdmin()).post(award(second) + "/approve").then().statusCode(409)
                .body("type", equalTo("/problems/budget-exceeded")).body("remaining", equalTo(400.0f))
                .body("detail", containsString("exceed"));
        as(call.myAdmin()).get(award(second)).then().body("shares[0].decision", equalTo("PENDING"));
    }

    @Test
    void withdrawingOrDecidingTheCallGivesApprovedSharesBack() {
        JointCallFixture call = Fixtures.openCall("1000000", "1000000");
        String owner = startup();
        String withdrawn = submitted(owner, call, "1000", "1000");
        String pending = submitted(startup(), call, "2000", "2000");
        startEvaluation(call);
        reviewed(call, withdrawn, 8, 8);
        reviewed(call, pending, 8, 8);
        act(call.myAdmin(), award(withdrawn) + "/approve");
        act(call.myAdmin(), award(pending) + "/approve");
        assertEquals(3000f, committed(call, funderIndex(call, call.my())));
        act(owner, APPS + withdrawn + "/withdraw");
        assertEquals(2000f, committed(call, funderIndex(call, call.my())));
        act(call.irAdmin(), call.path() + "/decide"); // one funder's agreement decides nothing for the other
        as(call.myAdmin()).get(APPS + pending).then().body("status", equalTo("UNDER_REVIEW"));
        assertEquals(2000f, committed(call, funderIndex(call, call.my())));
        act(call.myAdmin(), call.path() + "/decide");
        assertEquals(0f, committed(call, funderIndex(call, call.my())));
        as(call.myAdmin()).get(APPS + pending).then().body("status", equalTo("REJECTED"));
    }
}
