package org.jointfunding.funding.collaborators;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.draft;

@QuarkusTest
class CollaboratorResourceTest {

    private static final String APPS = "/api/funding/applications/";

    @Test
    void aCollaboratorEditsTheDraftButCannotSubmitOrWithdrawIt() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens partner = TestTokens.user("STARTUP");
        Map<String, Object> body = applicationBody(call, "100", "100");
        String id = draft(owner.bearer(), body);
        String collaborators = APPS + id + "/collaborators";

        as(partner.bearer()).get(APPS + id).then().statusCode(404);
        as(owner.bearer()).body(Map.of("startupId", partner.subject())).post(collaborators).then().statusCode(201);
        as(owner.bearer()).body(Map.of("startupId", partner.subject())).post(collaborators).then().statusCode(409);
        as(owner.bearer()).get(collaborators).then().statusCode(200).body("", equalTo(List.of(partner.subject())));

        String etag = as(partner.bearer()).get(APPS + id).then().statusCode(200).extract().header("ETag");
        body.put("summary", "Edited by the Iranian partner");
        as(partner.bearer()).header("If-Match", etag).body(body).put(APPS + id).then().statusCode(200);
        as(partner.bearer()).queryParam("callId", call.id()).get("/api/funding/applications").then().body("total", equalTo(1));
        as(ADMIN).queryParam("aggregateId", id).queryParam("action", "edit").get("/api/funding/audit").then()
                .body("items[0].actor", equalTo(partner.subject()));

        as(partner.bearer()).post(APPS + id + "/submit").then().statusCode(403);
        as(partner.bearer()).post(APPS + id + "/withdraw").then().statusCode(403);
        as(partner.bearer()).body(Map.of("startupId", TestTokens.user("STARTUP").subject())).post(collaborators).then().statusCode(403);
        as(partner.bearer()).delete(collaborators + "/" + partner.subject()).then().statusCode(403);

        as(owner.bearer()).delete(collaborators + "/" + partner.subject()).then().statusCode(204);
        as(owner.bearer()).delete(collaborators + "/" + partner.subject()).then().statusCode(404);
        as(partner.bearer()).get(APPS + id).then().statusCode(404);
    }

    @Test
    void strangersAndBadInputGetNothing() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        String id = draft(owner.bearer(), applicationBody(call, "100", "100"));
        String collaborators = APPS + id + "/collaborators";
        String stranger = Fixtures.startup();
        as(stranger).get(collaborators).then().statusCode(404);
        as(stranger).body(Map.of("startupId", "me")).post(collaborators).then().statusCode(404);
        as(call.myAdmin()).body(Map.of("startupId", "x")).post(collaborators).then().statusCode(403);
        as(owner.bearer()).body(Map.of()).post(collaborators).then().statusCode(400);
        as(owner.bearer()).body(Map.of("startupId", owner.subject())).post(collaborators).then().statusCode(409);
        as(owner.bearer()).get(collaborators).then().body("", equalTo(List.of()));
    }
}
