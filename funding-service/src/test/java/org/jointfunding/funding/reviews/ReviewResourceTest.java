package org.jointfunding.funding.reviews;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.assign;
import static org.jointfunding.funding.support.Fixtures.reviewer;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.submitted;

@QuarkusTest
class ReviewResourceTest {

    private static final String REVIEWS = "/api/funding/reviews";

    @Test
    void aReviewerScoresItsAssignmentBlind() {
        JointCallFixture call = Fixtures.blindCall();
        String owner = startup();
        String application = submitted(owner, call, "1000", "1000");
        startEvaluation(call);
        TestTokens reviewer = reviewer(call.ir());
        String review = assign(call.irAdmin(), application, reviewer, call.ir());

        as(reviewer.bearer()).get(REVIEWS).then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(review));
        as(reviewer.bearer()).get(REVIEWS + "/" + review).then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("application.ownerId", nullValue())
                .body("application.partners[0].name", equalTo("Partner 1")).body("criteria.name", hasItem("Innovation"));
        as(call.myAdmin()).get(REVIEWS + "/" + review).then().statusCode(200)
                .body("application.partners[0].name", equalTo("GreenPay Sdn Bhd"));

        as(reviewer.bearer()).body(Map.of("scores", List.of(
                        Map.of("criterion", "Innovation", "score", 8, "comment", "novel"),
                        Map.of("criterion", "Team", "score", 6, "comment", "solid"))))
                .post(REVIEWS + "/" + review + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("disqualified", equalTo(false))
                .body("scores.criterion", equalTo(List.of("Innovation", "Team")));
        as(reviewer.bearer()).body(Map.of("reason", "late")).post(REVIEWS + "/" + review + "/conflict").then().statusCode(409);
        as(call.myAdmin()).get(call.path() + "/ranking").then().statusCode(200)
                .body("items[0].applicationId", equalTo(application)).body("items[0].score", equalTo(73.33f))
                .body("items[0].reviewCount", equalTo(1));
    }

    @Test
    void nobodyElseSeesOrActsOnAReview() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String owner = startup();
        String application = submitted(owner, call, "100", "100");
        startEvaluation(call);
        TestTokens reviewer = reviewer(call.my());
        String review = assign(call.myAdmin(), application, reviewer, call.my());
        Map<String, Object> scores = Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 8, "comment", "x"),
                Map.of("criterion", "Team", "score", 6, "comment", "y")));

        TestTokens otherReviewer = reviewer(call.my());
        as(otherReviewer.bearer()).get(REVIEWS + "/" + review).then().statusCode(404);
        as(otherReviewer.bearer()).body(scores).post(REVIEWS + "/" + review + "/submit").then().statusCode(404);
        as(otherReviewer.bearer()).get(REVIEWS).then().body("total", equalTo(0));
        // The same account presenting a token for another agency is not the assigned reviewer.
        as(TestTokens.subject(reviewer.subject()).roles("REVIEWER").agency(call.ir()).bearer())
                .get(REVIEWS + "/" + review).then().statusCode(404);
        JointCallFixture elsewhere = Fixtures.openCall("1000", "1000");
        as(elsewhere.myAdmin()).get(REVIEWS + "/" + review).then().statusCode(404);
        as(elsewhere.myAdmin()).get(REVIEWS).then().body("total", equalTo(0));
        as(call.myAdmin()).body(scores).post(REVIEWS + "/" + review + "/submit").then().statusCode(403);
        as(owner).get(REVIEWS + "/" + review).then().statusCode(403);
        as(TestTokens.user("MENTOR").bearer()).get(REVIEWS).then().statusCode(403);
        as(ADMIN).get(REVIEWS + "/" + review).then().statusCode(200);
        as(call.myAdmin()).queryParam("applicationId", application).get(REVIEWS).then().body("total", equalTo(1));
        as(reviewer.bearer()).body(scores).post(REVIEWS + "/" + review + "/submit").then().statusCode(200);
    }

    @Test
    void assignmentRules() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String owner = startup();
        String application = submitted(owner, call, "100", "100");
        TestTokens reviewer = reviewer(call.my());
        Map<String, Object> body = Map.of("applicationId", application, "reviewerId", reviewer.subject(), "reviewerAgency", call.my());
        as(call.myAdmin()).body(body).post(REVIEWS).then().statusCode(409).body("type", equalTo("/problems/illegal-transition"));
        startEvaluation(call);
        as(startup()).body(body).post(REVIEWS).then().statusCode(403);
        as(reviewer.bearer()).body(body).post(REVIEWS).then().statusCode(403);
        as(Fixtures.openCall("1", "1").myAdmin()).body(body).post(REVIEWS).then().statusCode(404);
        as(call.myAdmin()).body(Map.of("applicationId", application, "reviewerId", reviewer.subject(), "reviewerAgency", "XX-NONE"))
                .post(REVIEWS).then().statusCode(400).body("errors.field", hasItem("reviewerAgency"));
        as(call.myAdmin()).body(Map.of("applicationId", application, "reviewerId", TestTokens.subject("x").subject(), "reviewerAgency", call.my()))
                .post(REVIEWS).then().statusCode(201);
        String ownerId = as(owner).get("/api/funding/applications/" + application).path("ownerId");
        as(call.myAdmin()).body(Map.of("applicationId", application, "reviewerId", ownerId, "reviewerAgency", call.my()))
                .post(REVIEWS).then().statusCode(409).body("type", equalTo("/problems/reviewer-is-applicant"));
        as(call.myAdmin()).body(Map.of("applicationId", application, "reviewerAgency", call.my()))
                .post(REVIEWS).then().statusCode(400).body("errors.field", hasItem("reviewerId"));
        as(call.myAdmin()).body(body).post(REVIEWS).then().statusCode(201);
        as(ADMIN).body(body).post(REVIEWS).then().statusCode(409).body("type", equalTo("/problems/already-assigned"));
    }

    @Test
    void aConflictReleasesTheAssignment() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String application = submitted(startup(), call, "100", "100");
        startEvaluation(call);
        TestTokens reviewer = reviewer(call.my());
        String review = assign(call.myAdmin(), application, reviewer, call.my());
        as(reviewer.bearer()).body(Map.of()).post(REVIEWS + "/" + review + "/conflict").then().statusCode(400);
        as(reviewer.bearer()).body(Map.of("reason", "I advised the lead partner")).post(REVIEWS + "/" + review + "/conflict")
                .then().statusCode(200).body("status", equalTo("CONFLICT_DECLARED"));
        as(reviewer.bearer()).body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 8, "comment", "x"))))
                .post(REVIEWS + "/" + review + "/submit").then().statusCode(409);
        as(call.myAdmin()).get(call.path() + "/ranking").then().body("items[0].reviewCount", equalTo(0));
    }

    @Test
    void scoresMustCoverEveryCriterionWithinRange() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String application = submitted(startup(), call, "100", "100");
        startEvaluation(call);
        TestTokens reviewer = reviewer(call.my());
        String review = assign(call.myAdmin(), application, reviewer, call.my());
        String submit = REVIEWS + "/" + review + "/submit";
        as(reviewer.bearer()).body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 8, "comment", "x"))))
                .post(submit).then().statusCode(400).body("errors.message", hasItem("no score for criterion Team"));
        as(reviewer.bearer()).body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 11, "comment", "x"),
                Map.of("criterion", "Team", "score", 5, "comment", "y"), Map.of("criterion", "Luck", "score", 5, "comment", "z"))))
                .post(submit).then().statusCode(400).body("errors.field", hasItem("scores.Innovation")).body("errors.field", hasItem("scores[2].criterion"));
        as(reviewer.bearer()).body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 8),
                Map.of("criterion", "Team", "score", 5, "comment", "y")))).post(submit).then().statusCode(400);
        as(reviewer.bearer()).body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", "eight", "comment", "x"))))
                .post(submit).then().statusCode(400);
        as(reviewer.bearer()).get(REVIEWS + "/" + review).then().body("status", equalTo("ASSIGNED"));
        as(reviewer.bearer()).body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 3, "comment", "weak"),
                Map.of("criterion", "Team", "score", 9, "comment", "y")))).post(submit).then().statusCode(200)
                .body("disqualified", equalTo(true));
    }
}
