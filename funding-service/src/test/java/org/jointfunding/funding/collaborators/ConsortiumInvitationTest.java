package org.jointfunding.funding.collaborators;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.applicationBody;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.draft;

@QuarkusTest
class ConsortiumInvitationTest {

    private static final String APPS = "/api/funding/applications/";
    private static final String INVITATIONS = "/api/funding/invitations";

    private static String invite(TestTokens owner, String application, String email) {
        return as(owner.bearer()).body(Map.of("email", email, "message", "Join our consortium"))
                .post(APPS + application + "/invitations").then().statusCode(201).extract().path("id");
    }

    @Test
    void anInvitationIsReadByItsInviteeAndThoseWhoMayReadTheApplicationOnly() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens partner = TestTokens.user("STARTUP");
        String application = draft(owner.bearer(), applicationBody(call, "100", "100"));
        String invitation = invite(owner, application, partner.email());

        as(owner.bearer()).get(INVITATIONS + "/" + invitation).then().statusCode(200).body("id", equalTo(invitation));
        as(partner.bearer()).get(INVITATIONS + "/" + invitation).then().statusCode(200).body("status", equalTo("PENDING"));
        as(ADMIN).get(INVITATIONS + "/" + invitation).then().statusCode(200);
        as(Fixtures.startup()).get(INVITATIONS + "/" + invitation).then().statusCode(404);
        as(call.myAdmin()).get(INVITATIONS + "/" + invitation).then().statusCode(404); // a funder does not see drafts
    }

    @Test
    void aPartnerInvitedByEmailAcceptsEditsTheDraftButCannotSubmitItAndCanLeave() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP").displayName("GreenPay Sdn Bhd");
        TestTokens partner = TestTokens.user("STARTUP").email("Founder@Shalizar.example").displayName("Shalizar Co");
        Map<String, Object> body = applicationBody(call, "100", "100");
        String id = draft(owner.bearer(), body);

        String invitation = as(owner.bearer()).body(Map.of("email", "FOUNDER@shalizar.EXAMPLE", "message", "Join us"))
                .post(APPS + id + "/invitations").then().statusCode(201)
                .header("Location", endsWith("/api/funding/invitations/" + as(owner.bearer()).get(APPS + id + "/invitations").path("items[0].id")))
                .body("status", equalTo("PENDING")).body("email", equalTo("founder@shalizar.example"))
                .extract().path("id");
        as(partner.bearer()).get(APPS + id).then().statusCode(404);

        as(partner.bearer()).get(INVITATIONS).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(invitation)).body("items[0].applicationTitle", equalTo(body.get("title")))
                .body("items[0].inviterName", equalTo("GreenPay Sdn Bhd")).body("items[0].message", equalTo("Join us"));
        as(partner.bearer()).post(INVITATIONS + "/" + invitation + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        as(partner.bearer()).post(INVITATIONS + "/" + invitation + "/accept").then().statusCode(409);

        as(owner.bearer()).get(APPS + id + "/collaborators").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].startupId", equalTo(partner.subject())).body("items[0].email", equalTo("founder@shalizar.example"))
                .body("items[0].displayName", equalTo("Shalizar Co"));
        String etag = as(partner.bearer()).get(APPS + id).then().statusCode(200).extract().header("ETag");
        body.put("summary", "Edited by the Iranian partner");
        as(partner.bearer()).header("If-Match", etag).body(body).put(APPS + id).then().statusCode(200);
        as(partner.bearer()).queryParam("callId", call.id()).get("/api/funding/applications").then().body("total", equalTo(1));
        as(partner.bearer()).post(APPS + id + "/submit").then().statusCode(403);
        as(partner.bearer()).post(APPS + id + "/withdraw").then().statusCode(403);
        as(partner.bearer()).body(Map.of("email", "third@example.com")).post(APPS + id + "/invitations").then().statusCode(403);
        as(partner.bearer()).delete(APPS + id + "/collaborators/" + owner.subject()).then().statusCode(403);

        as(partner.bearer()).delete(APPS + id + "/collaborators/" + partner.subject()).then().statusCode(204);
        as(partner.bearer()).get(APPS + id).then().statusCode(404);
        as(owner.bearer()).get(APPS + id + "/collaborators").then().body("total", equalTo(0));
        as(owner.bearer()).get(APPS + id + "/invitations").then().body("items[0].status", equalTo("ENDED"));
        as(owner.bearer()).get(APPS + id + "/history").then()
                .body("items.action", hasItems("invite-collaborator", "accept-invitation", "edit", "leave"));
        // having left, it can be invited again
        invite(owner, id, partner.email());
    }

    @Test
    void theOwnerRemovesAPartnerAndTakesBackAnUnansweredInvitation() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens partner = TestTokens.user("STARTUP");
        TestTokens invitee = TestTokens.user("STARTUP");
        String id = draft(owner.bearer(), applicationBody(call, "100", "100"));
        Fixtures.collaborate(owner, partner, id);
        String pending = invite(owner, id, invitee.email());

        as(partner.bearer()).post(INVITATIONS + "/" + pending + "/revoke").then().statusCode(403);
        as(owner.bearer()).post(INVITATIONS + "/" + pending + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"));
        as(invitee.bearer()).post(INVITATIONS + "/" + pending + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
        as(owner.bearer()).post(INVITATIONS + "/" + pending + "/revoke").then().statusCode(409);

        as(owner.bearer()).delete(APPS + id + "/collaborators/" + partner.subject()).then().statusCode(204);
        as(owner.bearer()).delete(APPS + id + "/collaborators/" + partner.subject()).then().statusCode(404);
        as(partner.bearer()).get(APPS + id).then().statusCode(404);
        as(owner.bearer()).get(APPS + id + "/history").then().body("items.action", hasItems("revoke-invitation", "remove-collaborator"));
    }

    @Test
    void aDeclinedInvitationLeavesTheApplicationUnseen() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens invitee = TestTokens.user("STARTUP");
        String id = draft(owner.bearer(), applicationBody(call, "100", "100"));
        String invitation = invite(owner, id, invitee.email());
        as(invitee.bearer()).post(INVITATIONS + "/" + invitation + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        as(invitee.bearer()).get(APPS + id).then().statusCode(404);
        as(invitee.bearer()).queryParam("status", "PENDING").get(INVITATIONS).then().body("total", equalTo(0));
        as(invitee.bearer()).queryParam("status", "DECLINED").get(INVITATIONS).then().body("total", equalTo(1));
        as(owner.bearer()).get(APPS + id + "/invitations").then().body("items[0].status", equalTo("DECLINED"));
    }

    @Test
    void submittingTheDraftExpiresTheInvitationsNobodyAnswered() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens invitee = TestTokens.user("STARTUP");
        String id = draft(owner.bearer(), applicationBody(call, "100", "100"));
        String invitation = invite(owner, id, invitee.email());
        act(owner.bearer(), APPS + id + "/submit");
        as(invitee.bearer()).get(INVITATIONS).then().body("items[0].status", equalTo("EXPIRED"));
        as(invitee.bearer()).post(INVITATIONS + "/" + invitation + "/accept").then().statusCode(409);
        as(invitee.bearer()).get(APPS + id).then().statusCode(404);
        as(owner.bearer()).body(Map.of("email", "late@example.com")).post(APPS + id + "/invitations").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
    }

    @Test
    void nobodyButTheAddresseeSeesOrAnswersAnInvitation() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens invitee = TestTokens.user("STARTUP");
        TestTokens stranger = TestTokens.user("STARTUP");
        String id = draft(owner.bearer(), applicationBody(call, "100", "100"));
        String invitation = invite(owner, id, invitee.email());

        as(stranger.bearer()).get(INVITATIONS).then().statusCode(200).body("total", equalTo(0));
        as(stranger.bearer()).post(INVITATIONS + "/" + invitation + "/accept").then().statusCode(404);
        as(stranger.bearer()).post(INVITATIONS + "/" + invitation + "/decline").then().statusCode(404);
        as(stranger.bearer()).post(INVITATIONS + "/" + invitation + "/revoke").then().statusCode(404);
        as(owner.bearer()).post(INVITATIONS + "/" + invitation + "/accept").then().statusCode(404);
        as(stranger.bearer()).get(APPS + id + "/invitations").then().statusCode(404);
        as(stranger.bearer()).get(APPS + id + "/collaborators").then().statusCode(404);
        as(stranger.bearer()).body(Map.of("email", "x@example.com")).post(APPS + id + "/invitations").then().statusCode(404);
        as(stranger.bearer()).delete(APPS + id + "/collaborators/" + stranger.subject()).then().statusCode(404);
        as(call.myAdmin()).get(APPS + id + "/invitations").then().statusCode(404);
        as(call.myAdmin()).body(Map.of("email", "x@example.com")).post(APPS + id + "/invitations").then().statusCode(403);
        as(ADMIN).get(APPS + id + "/invitations").then().statusCode(200).body("total", equalTo(1));
        // an API client without an e-mail address has no invitations
        as(TestTokens.user("STARTUP").email(null).bearer()).get(INVITATIONS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badInvitationsAreRefusedAndNothingIsStored() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        TestTokens partner = TestTokens.user("STARTUP");
        String id = draft(owner.bearer(), applicationBody(call, "100", "100"));
        String invitations = APPS + id + "/invitations";
        as(owner.bearer()).body(Map.of()).post(invitations).then().statusCode(400).body("errors.field", hasItem("email"));
        as(owner.bearer()).body(Map.of("email", "not an address")).post(invitations).then().statusCode(400)
                .body("errors[0].code", equalTo("Email"));
        as(owner.bearer()).body(Map.of("email", "a@example.com", "message", "x".repeat(1001))).post(invitations).then().statusCode(400);
        as(owner.bearer()).body(Map.of("email", owner.email().toUpperCase())).post(invitations).then().statusCode(409)
                .body("type", equalTo("/problems/self-invitation"));
        String first = invite(owner, id, partner.email());
        as(owner.bearer()).body(Map.of("email", partner.email())).post(invitations).then().statusCode(409)
                .body("type", equalTo("/problems/already-invited")).body("invitationId", equalTo(first));
        act(partner.bearer(), INVITATIONS + "/" + first + "/accept");
        as(owner.bearer()).body(Map.of("email", partner.email())).post(invitations).then().statusCode(409)
                .body("type", equalTo("/problems/already-collaborating"));
        as(owner.bearer()).get(invitations).then().body("total", equalTo(1));
        as(partner.bearer()).queryParam("status", "SOMETIMES").get(INVITATIONS).then().statusCode(400);
        as(partner.bearer()).get(INVITATIONS + "/not-a-uuid/accept").then().statusCode(405);
        as(partner.bearer()).post(INVITATIONS + "/not-a-uuid/accept").then().statusCode(404);
    }

    @Test
    void theSameIdempotencyKeyInvitesOnce() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        TestTokens owner = TestTokens.user("STARTUP");
        String id = draft(owner.bearer(), applicationBody(call, "100", "100"));
        for (int i = 0; i < 2; i++) {
            as(owner.bearer()).header("Idempotency-Key", "invite-" + id).body(Map.of("email", "once@example.com"))
                    .post(APPS + id + "/invitations").then().statusCode(201);
        }
        as(owner.bearer()).get(APPS + id + "/invitations").then().body("total", equalTo(1))
                .body("items[0].answeredAt", nullValue()).body("items.email", equalTo(List.of("once@example.com")));
    }
}
