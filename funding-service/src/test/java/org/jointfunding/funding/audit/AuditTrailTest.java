package org.jointfunding.funding.audit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.funding.calls.CallClosingJob;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.funding.support.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.reviewed;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuditTrailTest {

    private static final String AUDIT = "/api/funding/audit";

    @Inject
    TestClock clock;

    @Inject
    CallClosingJob closingJob;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyStateChangeOfACallIsRecordedWithItsActor() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens startup = TestTokens.user("STARTUP").displayName("Leila Ahmadi");
        String application = submitted(startup.bearer(), call, "100", null);
        startEvaluation(call);
        reviewed(call, application, 8, 8);
        as(call.myAdmin()).body(Map.of("reason", "strong team")).post("/api/funding/applications/" + application + "/award/approve")
                .then().statusCode(200);

        as(ADMIN).queryParam("callId", call.id()).queryParam("limit", 100).get(AUDIT).then().statusCode(200)
                .body("items.action", hasItems("create", "open", "submit", "close", "start-evaluation", "start-review",
                        "assign", "approve-share:" + call.my(), "award"));
        as(call.irAdmin()).queryParam("aggregateId", application).queryParam("action", "submit").get(AUDIT).then()
                .body("total", equalTo(1)).body("items[0].actor", equalTo(startup.subject()))
                .body("items[0].actorName", equalTo("Leila Ahmadi"))
                .body("items[0].from", equalTo("DRAFT")).body("items[0].to", equalTo("SUBMITTED"));
        as(call.myAdmin()).queryParam("aggregateId", application).queryParam("action", "award").get(AUDIT).then()
                .body("items[0].to", equalTo("AWARDED"));
        as(call.myAdmin()).queryParam("aggregateType", "APPLICATION").queryParam("aggregateId", application)
                .queryParam("action", "approve-share:" + call.my()).get(AUDIT).then().body("items[0].reason", equalTo("strong team"));
    }

    @Test
    void anActorWithoutANameIsRecordedByTheirEmailAndAnotherCallersNameIsNeverUsed() {
        TestTokens startup = TestTokens.user("STARTUP").email("founder@trail.example");
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String application = submitted(startup.bearer(), call, "100", null);
        as(call.myAdmin()).queryParam("aggregateId", application).queryParam("action", "submit").get(AUDIT).then()
                .body("items[0].actorName", equalTo("founder@trail.example"));
        // the call's opening names the lead agency's admin who opened it (test tokens' e-mail: <subject>@test.example)
        Map<String, String> opened = as(call.myAdmin()).queryParam("callId", call.id()).queryParam("action", "open").get(AUDIT)
                .then().extract().path("items[0]");
        assertEquals(opened.get("actor") + "@test.example", opened.get("actorName"));
    }

    @Test
    void agencyAdminsReadOnlyTheirCallsEntriesAndOthersNone() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        as(call.myAdmin()).queryParam("callId", call.id()).get(AUDIT).then().body("total", equalTo(3)) // create, IR's confirmation, open
                .body("items.action", equalTo(List.of("create", "confirm-share:" + call.ir(), "open")));
        JointCallFixture other = Fixtures.openCall("1000", "1000");
        as(other.myAdmin()).queryParam("callId", call.id()).get(AUDIT).then().statusCode(200).body("total", equalTo(0));
        as(other.myAdmin()).queryParam("callId", call.id()).get(AUDIT + "/export").then().statusCode(200)
                .body(equalTo("id,occurredAt,actor,actorName,aggregateType,aggregateId,callId,action,from,to,reason\r\n"));
        for (String role : new String[]{"STARTUP", "REVIEWER", "MENTOR"}) {
            as(TestTokens.user(role).agency(call.my()).bearer()).get(AUDIT).then().statusCode(403);
        }
        as("Bearer x").get(AUDIT).then().statusCode(401);
        as(ADMIN).queryParam("from", "yesterday").get(AUDIT).then().statusCode(400);
        as(ADMIN).queryParam("limit", 0).get(AUDIT).then().statusCode(400);
        as(ADMIN).queryParam("callId", "nope").get(AUDIT).then().statusCode(400).body("errors[0].field", equalTo("callId"));
    }

    @Test
    void theTrailExportsAsCsv() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String csv = as(call.myAdmin()).queryParam("callId", call.id()).get(AUDIT + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("audit.csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("id,occurredAt,actor,actorName,aggregateType,aggregateId,callId,action,from,to,reason", lines.get(0));
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.get(3).contains(",CALL," + call.id() + "," + call.id() + ",open,DRAFT,OPEN,"), csv);
    }

    @Test
    void whatThePortalSaysOfAChangeComesAlsoAsValuesForReadersOfOtherLanguages() {
        JointCallFixture call = Fixtures.openCall("1000", "2500");
        List<Map<String, Object>> items = as(call.myAdmin()).queryParam("callId", call.id()).get(AUDIT).then().statusCode(200)
                .extract().path("items");
        Map<String, Object> confirmed = items.stream().filter(i -> i.get("action").equals("confirm-share:" + call.ir())).findFirst().orElseThrow();
        assertEquals("budget 2500", confirmed.get("reason"));
        assertEquals(Map.of("says", "budget", "budget", "2500", "currency", "IRR"), confirmed.get("facts"));
        Map<String, Object> opened = items.stream().filter(i -> i.get("action").equals("open")).findFirst().orElseThrow();
        assertNull(opened.get("facts"));
    }

    @Test
    void theClosingJobIsAnActorToo() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        clock.advance(Duration.ofDays(31));
        closingJob.closeExpiredCalls();
        as(ADMIN).queryParam("callId", call.id()).queryParam("action", "close").get(AUDIT).then()
                .body("items[0].actor", equalTo("system")).body("items[0].actorName", nullValue())
                .body("items[0].reason", containsString("passed"))
                .body("items[0].facts.says", equalTo("closing-passed"))
                .body("items[0].to", equalTo("CLOSED"));
    }

    @Test
    void rankingAndApplicationsExportAsCsvForTheFundersStaff() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String application = submitted(Fixtures.startup(), call, "100", "50");
        String formulaOwner = Fixtures.startup();
        Map<String, Object> formula = Fixtures.applicationBody(call, "10", null);
        formula.put("title", "=HYPERLINK(\"http://x\")");
        act(formulaOwner, "/api/funding/applications/" + Fixtures.draft(formulaOwner, formula) + "/submit");
        Fixtures.draft(Fixtures.startup(), Fixtures.applicationBody(call, "5", null));
        startEvaluation(call);
        reviewed(call, application, 8, 8);
        String ranking = as(call.irAdmin()).get(call.path() + "/ranking/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals("rank,applicationId,title,status,score,reviewCount,disqualified,tieBreak", ranking.lines().findFirst().orElseThrow());
        assertTrue(ranking.lines().toList().get(1).startsWith("1," + application + ","), ranking);
        String applications = as(call.myAdmin()).get(call.path() + "/applications/export").then().statusCode(200).extract().asString();
        assertEquals(3, applications.lines().count(), applications);
        assertTrue(applications.contains(call.ir() + "=50.00 " + call.my() + "=100.00"), applications);
        assertTrue(applications.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), applications);
        as(Fixtures.openCall("1", "1").myAdmin()).get(call.path() + "/applications/export").then().statusCode(403);
        as(Fixtures.startup()).get(call.path() + "/ranking/export").then().statusCode(403);
        Fixtures.decide(call);
    }
}
