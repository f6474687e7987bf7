package org.jointfunding.funding.reviews;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.assign;
import static org.jointfunding.funding.support.Fixtures.draft;
import static org.jointfunding.funding.support.Fixtures.reviewer;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;

/** Who applied stays hidden from whom it should: blind reviewers, conflicted reviewers, agencies before submission. */
@QuarkusTest
class BlindReviewLeaksTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aBlindReviewerDoesNotLearnWhoUploadedADocument() {
        JointCallFixture call = Fixtures.blindCall();
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draft(owner.bearer(), applicationBody(call, "1000", "1000"));
        String document = given().header("Authorization", owner.bearer()).contentType("application/octet-stream")
                .queryParam("fileName", "proposal.pdf").body(PDF).post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(201).extract().path("id");
        act(owner.bearer(), "/api/funding/applications/" + application + "/submit");
        startEvaluation(call);
        TestTokens reviewer = reviewer(call.ir());
        assign(call.irAdmin(), application, reviewer, call.ir());

        as(reviewer.bearer()).get("/api/funding/applications/" + application + "/attachments").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].uploadedBy", nullValue());
        as(reviewer.bearer()).get("/api/funding/attachments/" + document).then().statusCode(200).body("uploadedBy", nullValue());
        as(call.myAdmin()).get("/api/funding/attachments/" + document).then().statusCode(200).body("uploadedBy", equalTo(owner.subject()));
        as(owner.bearer()).get("/api/funding/attachments/" + document).then().statusCode(200).body("uploadedBy", equalTo(owner.subject()));
    }

    @Test
    void aReviewerWhoDeclaredAConflictNoLongerReadsTheApplication() {
        JointCallFixture call = Fixtures.openCall("1000000", "1000000");
        String application = Fixtures.submitted(Fixtures.startup(), call, "1000", "1000");
        startEvaluation(call);
        TestTokens reviewer = reviewer(call.my());
        String review = assign(call.myAdmin(), application, reviewer, call.my());
        as(reviewer.bearer()).get("/api/funding/reviews/" + review).then().body("application.summary", notNullValue());

        as(reviewer.bearer()).body(Map.of("reason", "I advise one of the partners")).post("/api/funding/reviews/" + review + "/conflict")
                .then().statusCode(200).body("status", equalTo("CONFLICT_DECLARED")).body("application.summary", nullValue());
        as(reviewer.bearer()).get("/api/funding/reviews/" + review).then().statusCode(200)
                .body("application.title", notNullValue()).body("application.summary", nullValue())
                .body("application.partners", empty()).body("application.answers.size()", equalTo(0))
                .body("application.requestedAmounts.size()", equalTo(0));
        as(reviewer.bearer()).get("/api/funding/reviews").then().body("items[0].application.partners", empty());
        // the agency still reads the whole application on that review
        as(call.myAdmin()).get("/api/funding/reviews/" + review).then().body("application.summary", notNullValue());
    }

    @Test
    void anAgencyReadsADraftsTrailOnlyOnceItIsSubmitted() {
        JointCallFixture call = Fixtures.openCall("1000000", "1000000");
        String owner = Fixtures.startup();
        String application = draft(owner, applicationBody(call, "1000", "1000"));
        as(call.myAdmin()).queryParam("aggregateId", application).get("/api/funding/audit").then().statusCode(200)
                .body("total", equalTo(0));
        as(Fixtures.ADMIN).queryParam("aggregateId", application).get("/api/funding/audit").then().statusCode(200)
                .body("total", equalTo(1));
        act(owner, "/api/funding/applications/" + application + "/submit");
        as(call.myAdmin()).queryParam("aggregateId", application).get("/api/funding/audit").then().statusCode(200)
                .body("total", equalTo(2));
    }
}
