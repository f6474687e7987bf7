package org.jointfunding.funding.attachments;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.assign;
import static org.jointfunding.funding.support.Fixtures.draft;
import static org.jointfunding.funding.support.Fixtures.reviewer;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
class AttachmentResourceTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static String upload(String bearer, String application, String name, byte[] bytes, int status) {
        return given().header("Authorization", bearer).contentType("application/octet-stream").queryParam("fileName", name)
                .body(bytes).post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(status).extract().path("id");
    }

    private static byte[] download(String bearer, String attachment, int status) {
        return given().header("Authorization", bearer).get("/api/funding/attachments/" + attachment + "/content")
                .then().statusCode(status).extract().asByteArray();
    }

    @Test
    void theTypeComesFromTheBytesAndTheContentRoundTripsInChunks() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draft(owner.bearer(), applicationBody(call, "100", "100"));
        String pdf = upload(owner.bearer(), application, "budget.xlsx", PDF, 201);
        byte[] large = ("Work package line\n".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
        String text = upload(owner.bearer(), application, "plan.txt", large, 201);

        as(owner.bearer()).get("/api/funding/applications/" + application + "/attachments").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(2))
                .body("items[0].contentType", equalTo("application/pdf")).body("items[0].fileName", equalTo("budget.xlsx"))
                .body("items[1].sizeBytes", equalTo(large.length));
        given().header("Authorization", owner.bearer()).get("/api/funding/attachments/" + pdf + "/content").then()
                .statusCode(200).contentType("application/pdf");
        assertArrayEquals(PDF, download(owner.bearer(), pdf, 200));
        assertArrayEquals(large, download(owner.bearer(), text, 200));
    }

    @Test
    void readersOfTheApplicationAndItsReviewersDownloadOthersDoNot() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draft(owner.bearer(), applicationBody(call, "100", "100"));
        String pdf = upload(owner.bearer(), application, "proposal.pdf", PDF, 201);
        download(Fixtures.startup(), pdf, 404);
        as(Fixtures.startup()).get("/api/funding/applications/" + application + "/attachments").then().statusCode(404);
        upload(Fixtures.startup(), application, "x.pdf", PDF, 404);
        download(call.myAdmin(), pdf, 404);
        act(owner.bearer(), "/api/funding/applications/" + application + "/submit");
        upload(owner.bearer(), application, "late.pdf", PDF, 409);
        assertArrayEquals(PDF, download(call.myAdmin(), pdf, 200));
        download(Fixtures.openCall("1", "1").myAdmin(), pdf, 404);

        startEvaluation(call);
        TestTokens assigned = reviewer(call.ir());
        download(assigned.bearer(), pdf, 404);
        String review = assign(call.irAdmin(), application, assigned, call.ir());
        assertArrayEquals(PDF, download(assigned.bearer(), pdf, 200));
        download(reviewer(call.ir()).bearer(), pdf, 404);
        as(assigned.bearer()).body(Map.of("reason", "conflict")).post("/api/funding/reviews/" + review + "/conflict").then().statusCode(200);
        download(assigned.bearer(), pdf, 404);
    }

    @Test
    void membersRemoveAttachmentsFromADraftAndNobodyElseDoes() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens partner = TestTokens.user("STARTUP");
        String application = draft(owner.bearer(), applicationBody(call, "100", "100"));
        Fixtures.collaborate(owner, partner, application);
        String location = given().header("Authorization", owner.bearer()).contentType("application/octet-stream")
                .queryParam("fileName", "old.pdf").body(PDF).post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(201).extract().header("Location");
        String old = location.substring(location.lastIndexOf('/') + 1);
        String kept = upload(owner.bearer(), application, "kept.pdf", PDF, 201);
        as(owner.bearer()).get(location).then().statusCode(200)
                .body("fileName", equalTo("old.pdf")).body("sizeBytes", equalTo(PDF.length));
        as(Fixtures.startup()).get(location).then().statusCode(404);
        as(call.irAdmin()).get(location).then().statusCode(404); // a funder's admin sees submitted applications only

        as(Fixtures.startup()).delete("/api/funding/attachments/" + old).then().statusCode(404);
        as(call.myAdmin()).delete("/api/funding/attachments/" + old).then().statusCode(403);
        as(partner.bearer()).delete("/api/funding/attachments/" + old).then().statusCode(204);
        as(owner.bearer()).delete("/api/funding/attachments/" + old).then().statusCode(404);
        as(owner.bearer()).get("/api/funding/attachments/" + old).then().statusCode(404);
        download(owner.bearer(), old, 404);
        as(owner.bearer()).get("/api/funding/applications/" + application + "/attachments").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(kept));
        as(Fixtures.ADMIN).queryParam("aggregateId", application).queryParam("action", "detach").get("/api/funding/audit")
                .then().body("total", equalTo(1)).body("items[0].actor", equalTo(partner.subject()));

        act(owner.bearer(), "/api/funding/applications/" + application + "/submit");
        as(owner.bearer()).delete("/api/funding/attachments/" + kept).then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
        assertArrayEquals(PDF, download(owner.bearer(), kept, 200));
    }

    @Test
    void theRulesAreThoseUploadsAreCheckedAgainst() {
        as(TestTokens.user("STARTUP").bearer()).get("/api/funding/attachment-rules").then().statusCode(200)
                .body("maxSizeBytes", equalTo(5 * 1024 * 1024))
                .body("allowedTypes", hasItem("application/pdf"))
                .body("allowedTypes", not(hasItem("application/x-msdownload")));
    }

    @Test
    void wrongTypesOversizeAndEmptyBodiesAreRefusedAndNothingIsStored() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        String application = draft(owner.bearer(), applicationBody(call, "100", "100"));
        byte[] executable = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 4096);
        given().header("Authorization", owner.bearer()).contentType("application/pdf").queryParam("fileName", "proposal.pdf")
                .body(executable).post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(415).contentType("application/problem+json");
        byte[] tooLarge = new byte[6 * 1024 * 1024];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        given().header("Authorization", owner.bearer()).contentType("application/octet-stream").queryParam("fileName", "big.pdf")
                .body(tooLarge).post("/api/funding/applications/" + application + "/attachments")
                .then().statusCode(413).contentType("application/problem+json");
        upload(owner.bearer(), application, "empty.txt", new byte[0], 400);
        upload(owner.bearer(), application, "", PDF, 400);
        as(owner.bearer()).get("/api/funding/applications/" + application + "/attachments").then().body("total", equalTo(0))
                .body("items", hasSize(0));
    }
}
