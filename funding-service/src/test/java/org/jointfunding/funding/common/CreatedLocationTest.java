package org.jointfunding.funding.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.callBody;
import static org.jointfunding.funding.support.Fixtures.funder;
import static org.jointfunding.funding.support.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every create answers 201 with a Location that reads back the object it made (and, for objects edited with If-Match, its ETag). */
@QuarkusTest
class CreatedLocationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** GETs the Location as the creator: the same object, and the ETag the 201 carried (if it carried one). */
    private static void readsBack(Response created, String bearer, String idField) {
        created.then().statusCode(201);
        String location = created.header("Location");
        assertNotNull(location, "no Location on a 201");
        Response read = as(bearer).get(URI.create(location).getPath());
        read.then().statusCode(200);
        assertEquals(created.path(idField).toString(), read.path(idField).toString(), location);
        assertEquals(read.header("ETag"), created.header("ETag"), location);
    }

    @Test
    void everyCreateNamesWhereItsObjectLives() {
        String code = unique("MY");
        readsBack(as(ADMIN).body(Map.of("code", code, "name", "Agency " + code, "country", "MY", "currency", "MYR"))
                .post("/api/funding/agencies"), ADMIN, "code");

        String my = Fixtures.agency("MY", "MYR");
        String ir = Fixtures.agency("IR", "IRR");
        String myAdmin = Fixtures.agencyAdmin(my);
        Response call = as(myAdmin).body(callBody(unique("Call"), List.of(funder(my, "1000", null), funder(ir, "1000", null))))
                .post("/api/funding/calls");
        readsBack(call, myAdmin, "id");
        Fixtures.confirmShare(Fixtures.agencyAdmin(ir), call.path("id"), ir, "1000", null);
        Fixtures.act(myAdmin, "/api/funding/calls/" + call.path("id") + "/open");
        JointCallFixture open = new JointCallFixture(call.path("id"), my, ir, myAdmin, Fixtures.agencyAdmin(ir));

        TestTokens owner = TestTokens.user("STARTUP");
        Response application = as(owner.bearer()).body(applicationBody(open, "100", "100")).post("/api/funding/applications");
        readsBack(application, owner.bearer(), "id");
        String applicationId = application.path("id");

        Response invitation = as(owner.bearer()).body(Map.of("email", TestTokens.user("STARTUP").email()))
                .post("/api/funding/applications/" + applicationId + "/invitations");
        readsBack(invitation, owner.bearer(), "id");

        Response attachment = given().header("Authorization", owner.bearer()).contentType("application/octet-stream")
                .queryParam("fileName", "plan.pdf").body(PDF).post("/api/funding/applications/" + applicationId + "/attachments");
        readsBack(attachment, owner.bearer(), "id");

        Fixtures.act(owner.bearer(), "/api/funding/applications/" + applicationId + "/submit");
        Fixtures.startEvaluation(open);
        TestTokens reviewer = Fixtures.reviewer(my);
        Response review = as(myAdmin).body(Map.of("applicationId", applicationId, "reviewerId", reviewer.subject(),
                "reviewerAgency", my)).post("/api/funding/reviews");
        readsBack(review, reviewer.bearer(), "id");
    }
}
