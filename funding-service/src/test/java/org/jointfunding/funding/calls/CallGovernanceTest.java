package org.jointfunding.funding.calls;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.agency;
import static org.jointfunding.funding.support.Fixtures.agencyAdmin;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.callBody;
import static org.jointfunding.funding.support.Fixtures.confirmShare;
import static org.jointfunding.funding.support.Fixtures.confirmShareRequest;
import static org.jointfunding.funding.support.Fixtures.createCall;
import static org.jointfunding.funding.support.Fixtures.funder;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.submitted;
import static org.jointfunding.funding.support.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A co-funded call: the lead runs it, each agency alone sets its own share, and decides only with the others. */
@QuarkusTest
class CallGovernanceTest {

    @Inject
    EntityManager db;

    /** The events written for notification-service about the call, oldest first, with the agency each names. */
    private List<String> noticesOf(String callId) {
        return QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery("""
                        select type || coalesce(':' || (payload::jsonb -> 'data' ->> 'agency'), '') from outbox_event
                        where aggregate_id = ?1 and destination = 'notifications' order by seq""", String.class)
                .setParameter(1, callId).getResultList());
    }

    private record Draft(String id, String my, String ir, String myAdmin, String irAdmin, Map<String, Object> body) {
        String path() {
            return "/api/funding/calls/" + id;
        }

        String etag() {
            return as(ADMIN).get(path()).then().statusCode(200).extract().header("ETag");
        }
    }

    /** MY leads and proposes IR's share; IR has not confirmed it yet. */
    private static Draft draft() {
        String my = agency("MY", "MYR");
        String ir = agency("IR", "IRR");
        Map<String, Object> body = callBody(unique("Governed"), List.of(funder(my, "1000000", null), funder(ir, "5000000", null)));
        String myAdmin = agencyAdmin(my);
        return new Draft(createCall(myAdmin, body), my, ir, myAdmin, agencyAdmin(ir), body);
    }

    @Test
    void aCallOpensOnlyOnceEveryFunderHasConfirmedItsOwnShare() {
        Draft call = draft();
        as(call.irAdmin()).get(call.path()).then().statusCode(200)
                .body("leadAgency", equalTo(call.my()))
                .body("funders.find { it.agency == '" + call.my() + "' }.confirmed", equalTo(true))
                .body("funders.find { it.agency == '" + call.ir() + "' }.confirmed", equalTo(false));
        as(call.myAdmin()).post(call.path() + "/open").then().statusCode(422)
                .body("errors.message", equalTo(List.of(call.ir() + " has not confirmed its share yet")));

        confirmShare(call.irAdmin(), call.id(), call.ir(), "9000000", "2000000");
        as(call.irAdmin()).post(call.path() + "/open").then().statusCode(403)
                .body("detail", containsString("Only the lead agency " + call.my()));
        as(call.myAdmin()).post(call.path() + "/open").then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("funders.find { it.agency == '" + call.ir() + "' }.budget", equalTo(9000000.0f))
                .body("funders.find { it.agency == '" + call.ir() + "' }.maxRequest", equalTo(2000000.0f));
        as(ADMIN).queryParam("callId", call.id()).get("/api/funding/audit").then().statusCode(200)
                .body("items.action", hasItems("create", "confirm-share:" + call.ir(), "open"));
        // the Iranian agency was asked to confirm the share proposed for it; both heard the call open
        assertEquals(List.of("FunderShareProposed:" + call.ir(), "CallOpened"), noticesOf(call.id()));
    }

    @Test
    void onlyTheAgencyItselfSetsItsShare() {
        Draft call = draft();
        String stranger = agencyAdmin(agency("TH", "THB"));
        confirmShareRequest(call.myAdmin(), call.id(), call.ir(), "1", null).then().statusCode(403);
        confirmShareRequest(call.irAdmin(), call.id(), call.my(), "1", null).then().statusCode(403);
        confirmShareRequest(stranger, call.id(), call.ir(), "1", null).then().statusCode(404); // a draft it does not fund
        confirmShareRequest(call.irAdmin(), call.id(), call.ir(), "1000", "2000").then().statusCode(400)
                .body("errors.field", hasItem("maxRequest"));
        as(call.irAdmin()).body(Map.of("budget", "1000")).put(call.path() + "/funders/" + call.ir()).then().statusCode(428);
        as(call.irAdmin()).header("If-Match", "\"99\"").body(Map.of("budget", "1000"))
                .put(call.path() + "/funders/" + call.ir()).then().statusCode(412);
        confirmShare(call.irAdmin(), call.id(), call.ir(), "7000000", null);

        // the lead may neither change nor drop a confirmed share of another agency, nor edit as a non-lead
        Map<String, Object> changed = callBody((String) call.body().get("title"),
                List.of(funder(call.my(), "1000000", null), funder(call.ir(), "1", null)));
        as(call.myAdmin()).header("If-Match", call.etag()).body(changed).put(call.path()).then().statusCode(403)
                .body("detail", containsString("funders[1]: only an administrator of " + call.ir()));
        Map<String, Object> dropped = callBody((String) call.body().get("title"), List.of(funder(call.my(), "1000000", null)));
        as(call.myAdmin()).header("If-Match", call.etag()).body(dropped).put(call.path()).then().statusCode(403);
        as(call.irAdmin()).header("If-Match", call.etag()).body(call.body()).put(call.path()).then().statusCode(403);
        as(call.irAdmin()).get(call.path()).then()
                .body("funders.find { it.agency == '" + call.ir() + "' }.budget", equalTo(7000000.0f))
                .body("funders.find { it.agency == '" + call.ir() + "' }.confirmed", equalTo(true));

        // an edit with IR's share untouched is the lead's to make; IR confirms the new terms again
        Map<String, Object> longer = callBody((String) call.body().get("title"),
                List.of(funder(call.my(), "1000000", null), funder(call.ir(), "7000000", null)));
        longer.put("closesAt", Instant.now().plus(60, ChronoUnit.DAYS).toString());
        as(call.myAdmin()).header("If-Match", call.etag()).body(longer).put(call.path()).then().statusCode(200)
                .body("funders.find { it.agency == '" + call.ir() + "' }.confirmed", equalTo(false));
        as(call.myAdmin()).post(call.path() + "/open").then().statusCode(422);
        confirmShare(call.irAdmin(), call.id(), call.ir(), "7000000", null);
        act(call.myAdmin(), call.path() + "/open");
        confirmShareRequest(call.irAdmin(), call.id(), call.ir(), "8000000", null).then().statusCode(409); // no longer a draft
    }

    @Test
    void aFunderOtherThanTheLeadMayLeaveADraft() {
        Draft call = draft();
        as(call.irAdmin()).delete(call.path() + "/funders/" + call.ir()).then().statusCode(428);
        as(call.irAdmin()).header("If-Match", call.etag()).delete(call.path() + "/funders/" + call.my()).then().statusCode(403);
        as(call.myAdmin()).header("If-Match", call.etag()).delete(call.path() + "/funders/" + call.my()).then().statusCode(409)
                .body("type", equalTo("/problems/lead-cannot-leave"));
        as(call.irAdmin()).header("If-Match", call.etag()).delete(call.path() + "/funders/" + call.ir()).then().statusCode(200)
                .body("funders.agency", equalTo(List.of(call.my())));
        as(call.irAdmin()).get(call.path()).then().statusCode(404); // no longer its call
        act(call.myAdmin(), call.path() + "/open");
    }

    @Test
    void onlyTheLeadRunsTheLifecycle() {
        JointCallFixture call = Fixtures.openCall("1000000", "1000000");
        as(call.irAdmin()).body(Map.of("closesAt", Instant.now().plus(90, ChronoUnit.DAYS).toString()))
                .post(call.path() + "/extend").then().statusCode(403);
        as(call.irAdmin()).post(call.path() + "/close").then().statusCode(403);
        as(call.irAdmin()).body(Map.of("reason", "we changed our minds")).post(call.path() + "/cancel").then().statusCode(403);
        act(call.myAdmin(), call.path() + "/close");
        as(call.irAdmin()).post(call.path() + "/start-evaluation").then().statusCode(403);
        act(call.myAdmin(), call.path() + "/start-evaluation");
        as(call.irAdmin()).get(call.path()).then().body("status", equalTo("UNDER_EVALUATION"));
    }

    @Test
    void aCallIsDecidedOnlyWhenEveryFunderAgrees() {
        JointCallFixture call = Fixtures.openCall("1000000", "1000000");
        String application = submitted(startup(), call, "1000", "1000");
        startEvaluation(call);

        as(call.myAdmin()).body(Map.of("reason", "our share is settled")).post(call.path() + "/decide").then().statusCode(200)
                .body("status", equalTo("UNDER_EVALUATION"))
                .body("funders.find { it.agency == '" + call.my() + "' }.agreedToDecide", equalTo(true))
                .body("funders.find { it.agency == '" + call.ir() + "' }.agreedToDecide", equalTo(false));
        as(call.myAdmin()).get("/api/funding/applications/" + application).then().body("status", equalTo("UNDER_REVIEW"));
        as(call.myAdmin()).post(call.path() + "/decide").then().statusCode(409).body("type", equalTo("/problems/already-agreed"))
                .body("detail", containsString("waiting for " + call.ir()));
        as(TestTokens.user("AGENCY_ADMIN").agency(agency("TH", "THB")).bearer()).post(call.path() + "/decide").then().statusCode(403);

        as(call.irAdmin()).post(call.path() + "/decide").then().statusCode(200).body("status", equalTo("DECIDED"));
        as(call.myAdmin()).get("/api/funding/applications/" + application).then().body("status", equalTo("REJECTED"));
        as(ADMIN).queryParam("callId", call.id()).get("/api/funding/audit").then().statusCode(200)
                .body("items.action", hasItems("agree-to-decide:" + call.my(), "agree-to-decide:" + call.ir(), "decide"));
    }

    @Test
    void theWrongAgencyChangesNothingAtAnyStep() {
        Draft call = draft();
        String stranger = agencyAdmin(agency("TH", "THB"));
        String myReviewer = Fixtures.reviewer(call.my()).bearer();
        String lead = call.my();
        // who may not, on a draft: the other funder (403), an agency that does not fund it (404: it does not exist for it),
        // the lead's own reviewer (403: not an agency administrator)
        Map<String, Integer> refusals = Map.of(call.irAdmin(), 403, stranger, 404, myReviewer, 403);
        refusals.forEach((bearer, status) -> {
            as(bearer).header("If-Match", call.etag()).body(call.body()).put(call.path()).then().statusCode(status);
            as(bearer).post(call.path() + "/open").then().statusCode(status);
            as(bearer).body(Map.of("reason", "not ours")).post(call.path() + "/cancel").then().statusCode(status);
            as(bearer).header("If-Match", call.etag()).body(Map.of("budget", "1")).put(call.path() + "/funders/" + lead)
                    .then().statusCode(status);
            as(bearer).header("If-Match", call.etag()).delete(call.path() + "/funders/" + lead).then().statusCode(status);
        });
        as(stranger).header("If-Match", call.etag()).body(Map.of("budget", "1")).put(call.path() + "/funders/" + call.ir())
                .then().statusCode(404);
        as(ADMIN).get(call.path()).then().body("status", equalTo("DRAFT")).body("version", equalTo(0))
                .body("funders.agency", hasItems(call.my(), call.ir()));

        // once announced the call is public: whoever is not its lead is refused with 403
        confirmShare(call.irAdmin(), call.id(), call.ir(), "5000000", null);
        act(call.myAdmin(), call.path() + "/open");
        for (String bearer : List.of(call.irAdmin(), stranger, myReviewer, startup())) {
            as(bearer).body(Map.of("closesAt", Instant.now().plus(90, ChronoUnit.DAYS).toString()))
                    .post(call.path() + "/extend").then().statusCode(403);
            as(bearer).post(call.path() + "/close").then().statusCode(403);
            as(bearer).body(Map.of("reason", "not ours")).post(call.path() + "/cancel").then().statusCode(403);
        }
        act(call.myAdmin(), call.path() + "/close");
        for (String bearer : List.of(call.irAdmin(), stranger, myReviewer, startup())) {
            as(bearer).post(call.path() + "/start-evaluation").then().statusCode(403);
        }
        act(call.myAdmin(), call.path() + "/start-evaluation");
        for (String bearer : List.of(stranger, myReviewer, startup())) {
            as(bearer).post(call.path() + "/decide").then().statusCode(403);
        }
        as(ADMIN).get(call.path()).then().body("status", equalTo("UNDER_EVALUATION"))
                .body("funders.agreedToDecide", equalTo(List.of(false, false)));
    }

    @Test
    void anAgencyAssignsOnlyItsOwnReviewers() {
        JointCallFixture call = Fixtures.openCall("1000000", "1000000");
        String application = submitted(startup(), call, "1000", "1000");
        startEvaluation(call);
        TestTokens irReviewer = Fixtures.reviewer(call.ir());
        as(call.myAdmin()).body(Map.of("applicationId", application, "reviewerId", irReviewer.subject(), "reviewerAgency", call.ir()))
                .post("/api/funding/reviews").then().statusCode(403).body("detail", containsString("only its own reviewers"));
        Fixtures.assign(call.irAdmin(), application, irReviewer, call.ir());
        Fixtures.assign(ADMIN, application, Fixtures.reviewer(call.my()), call.my());
    }
}
