package org.jointfunding.notification.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.kit.inbox.Inbox;
import org.jointfunding.notification.support.Events;
import org.jointfunding.notification.support.TestIdentity;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.jointfunding.notification.support.Events.bearer;
import static org.jointfunding.notification.support.Events.deliver;
import static org.jointfunding.notification.support.Events.event;
import static org.jointfunding.notification.support.Events.feed;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EventDeliveryTest {

    @Inject
    TestIdentity identity;
    @Inject
    Inbox inbox;
    @Inject
    EntityManager entityManager;

    @AfterEach
    void identityUp() {
        identity.down(false);
    }

    @Test
    void anAwardReachesEveryMemberOfTheApplicationOnceEvenWhenDeliveredTwice() {
        String owner = identity.account("GreenPay Sdn Bhd");
        String partner = identity.account("Shalizar Co");
        Map<String, Object> awarded = Events.awarded(owner, partner);

        deliver(awarded).statusCode(202).body("outcome", equalTo("handled"));
        deliver(awarded).statusCode(200).body("outcome", equalTo("duplicate"));

        for (String member : List.of(owner, partner)) {
            feed(member).body("total", equalTo(1)).body("unread", equalTo(1))
                    .body("items[0].kind", equalTo("APPLICATION_AWARDED"))
                    .body("items[0].text", equalTo("“GreenPay” was awarded by every co-funding agency."))
                    .body("items[0].link", equalTo("/applications/" + ((Map<?, ?>) awarded.get("data")).get("applicationId")));
        }
    }

    @Test
    void handledEventIdsAreForgottenAfterTheRetentionPeriod() {
        Map<String, Object> old = Events.awarded(identity.account("Old Co"), identity.account("Older Co"));
        Map<String, Object> recent = Events.awarded(identity.account("New Co"), identity.account("Newer Co"));
        deliver(old).statusCode(202);
        deliver(recent).statusCode(202);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update processed_event set processed_at = processed_at - interval '31 days' where event_id = :id")
                .setParameter("id", UUID.fromString((String) old.get("id"))).executeUpdate());

        assertTrue(inbox.forgetOldEvents() >= 1);

        assertTrue(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select 1 from processed_event where event_id = :id")
                .setParameter("id", UUID.fromString((String) old.get("id"))).getResultList().isEmpty()));
        deliver(recent).statusCode(200).body("outcome", equalTo("duplicate"));
    }

    @Test
    void whoeverActedIsNotToldOfItsOwnAction() {
        String owner = identity.account("Owner");
        String partner = identity.account("Partner");
        deliver(event("ApplicationStatusChanged", Map.of("applicationId", UUID.randomUUID().toString(), "applicationTitle", "Solo",
                "callTitle", "Call", "ownerId", owner, "members", List.of(owner, partner), "from", "DRAFT", "to", "SUBMITTED",
                "actor", owner))).statusCode(202);
        feed(owner).body("total", equalTo(0));
        feed(partner).body("items.kind", equalTo(List.of("APPLICATION_SUBMITTED")));
    }

    @Test
    void aRejectionThePortalDecidedIsWordedInEachMembersLanguageAndAPersonsReasonAsWritten() {
        String owner = identity.account("Owner");
        String partner = identity.account("Partner");
        String etag = given().header("Authorization", bearer(partner)).get("/api/notifications/preferences").then().extract().header("ETag");
        given().header("Authorization", bearer(partner)).header("If-Match", etag).contentType("application/json")
                .body(Map.of("language", "fa", "emailOff", List.of())).put("/api/notifications/preferences").then().statusCode(200);
        deliver(event("ApplicationStatusChanged", Map.of("applicationId", UUID.randomUUID().toString(), "applicationTitle", "GreenPay",
                "callTitle", "Call", "ownerId", owner, "members", List.of(owner, partner), "from", "UNDER_REVIEW", "to", "REJECTED",
                "actor", "system", "reason", "the call was decided without awarding it",
                "facts", Map.of("says", "decided-without-award")))).statusCode(202);
        feed(owner).body("items[0].text", equalTo("“GreenPay” was not funded: the call was concluded without funding it."));
        feed(partner).body("items[0].text", equalTo("«GreenPay» تأمین مالی نشد: فراخوان بدون تأمین مالی آن جمع‌بندی شد."));

        deliver(event("ApplicationStatusChanged", Map.of("applicationId", UUID.randomUUID().toString(), "applicationTitle", "Solo",
                "callTitle", "Call", "ownerId", owner, "members", List.of(owner), "from", "UNDER_REVIEW", "to", "REJECTED",
                "actor", "agency-admin", "reason", "out of scope"))).statusCode(202);
        feed(owner).body("items[0].text", equalTo("“Solo” was not funded: out of scope"));
    }

    @Test
    void anInvitationToAnAddressWithAnAccountReachesItsFeedAndOneWithoutOnlyByEmail() {
        String invitee = identity.account(UUID.randomUUID().toString(), "partner-" + UUID.randomUUID() + "@shalizar.example", "Shalizar", true);
        deliver(event("CollaboratorInvited", Map.of("invitationId", UUID.randomUUID().toString(), "applicationId", UUID.randomUUID().toString(),
                "applicationTitle", "GreenPay", "callTitle", "Green Fintech", "email", identity.get(invitee).email(),
                "inviterName", "GreenPay Sdn Bhd", "message", "Join us"))).statusCode(202);
        feed(invitee).body("items[0].kind", equalTo("COLLABORATOR_INVITED"))
                .body("items[0].text", equalTo("GreenPay Sdn Bhd invites you to work on “GreenPay” for the call Green Fintech."))
                .body("items[0].params.message", equalTo("Join us"));

        String nobody = "not-yet-registered-" + UUID.randomUUID() + "@example.com";
        deliver(event("CollaboratorInvited", Map.of("email", nobody, "applicationTitle", "X", "callTitle", "Y", "inviterName", "Z")))
                .statusCode(202);
        given().header("Authorization", TestTokens.user("ADMIN").bearer())
                .queryParam("limit", 100).get("/api/notifications/admin/emails").then().statusCode(200)
                .body("items.findAll { it.address == '" + nobody + "' }", hasSize(1));
    }

    @Test
    void identityTellsAPersonOfASignInFromANewNetworkAndOfAResetCodeAndNobodyElse() {
        String owner = identity.account("Aisha Rahman");
        String someoneElse = identity.account("Someone Else");
        deliver(event("SignInFromNewAddress", Map.of("accountId", owner, "address", "203.0.113.50",
                "userAgent", "Firefox on Linux", "at", "2026-12-05T10:00:00Z"))).statusCode(202);
        deliver(event("PasswordResetIssued", Map.of("accountId", owner, "expiresAt", "2026-12-06T10:00:00Z"))).statusCode(202);

        feed(owner).body("total", equalTo(2))
                .body("items.find { it.kind == 'NEW_SIGN_IN' }.text", equalTo("Your account was signed in on 2026-12-05T10:00:00Z from a network it had not used "
                        + "before (203.0.113.50; Firefox on Linux). If that was not you, change your password now."))
                .body("items.find { it.kind == 'PASSWORD_RESET_ISSUED' }.text", equalTo("An administrator issued a password-reset code for your account, valid until "
                        + "2026-12-06T10:00:00Z. If you did not ask for it, tell your administrator; your password keeps working "
                        + "until the code is used."));
        feed(someoneElse).body("total", equalTo(0));
    }

    @Test
    void anAgencysAdministratorsHearOfTheShareToConfirmAndTheCallOpeningButNotWhoeverActed() {
        String callId = UUID.randomUUID().toString();
        String lead = identity.agencyAdmin("MY-" + callId.substring(0, 6), "Nurul Hassan");
        String leadColleague = identity.agencyAdmin("MY-" + callId.substring(0, 6), "Lim Wei Ling");
        String partner = identity.agencyAdmin("IR-" + callId.substring(0, 6), "Reza Karimi");
        String bystander = identity.agencyAdmin("TH-" + callId.substring(0, 6), "Somchai");
        deliver(event("FunderShareProposed", Map.of("callId", callId, "callTitle", "Green Fintech 2027", "agency", "IR-" + callId.substring(0, 6),
                "leadAgency", "MY-" + callId.substring(0, 6), "leadName", "MDEC", "budget", 90000000000.00, "currency", "IRR",
                "actor", lead))).statusCode(202);
        feed(partner).body("items.kind", equalTo(List.of("SHARE_TO_CONFIRM")))
                .body("items[0].text", equalTo("MDEC proposes your agency's share in the call Green Fintech 2027: a budget of "
                        + "90000000000 IRR. Check it and confirm it: the call opens only when every funding agency has."))
                .body("items[0].link", equalTo("/agency/calls/" + callId));

        deliver(event("CallOpened", Map.of("callId", callId, "callTitle", "Green Fintech 2027",
                "funders", List.of("IR-" + callId.substring(0, 6), "MY-" + callId.substring(0, 6)),
                "closesAt", "2027-03-31T23:59:59Z", "actor", lead))).statusCode(202);
        feed(partner).body("items.kind", hasItem("CALL_OPENED"));
        feed(leadColleague).body("items.kind", equalTo(List.of("CALL_OPENED")))
                .body("items[0].text", equalTo("The call Green Fintech 2027 is open for applications until 2027-03-31T23:59:59Z."));
        feed(lead).body("total", equalTo(0)); // it opened the call itself
        feed(bystander).body("total", equalTo(0));
    }

    @Test
    void identityDownMeansTryAgainLaterAndNothingIsWritten() {
        identity.down(true);
        Map<String, Object> invited = event("CollaboratorInvited", Map.of("email", "someone@example.com", "applicationTitle", "X",
                "callTitle", "Y", "inviterName", "Z"));
        deliver(invited).statusCode(503).contentType("application/problem+json");
        identity.down(false);
        deliver(invited).statusCode(202);
        deliver(invited).statusCode(200);
    }

    @Test
    void onlyTheOtherServicesMayDeliverAndOnlyEvents() {
        Map<String, Object> awarded = Events.awarded("a", "b");
        given().contentType("application/json").body(awarded).post("/internal/events").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType("application/json").header("X-Service-Credential", "guess").body(awarded).post("/internal/events")
                .then().statusCode(401);
        given().contentType("application/json").header("X-Service-Credential", Events.CREDENTIAL).body("{\"type\":\"X\"}")
                .post("/internal/events").then().statusCode(400).body("errors.field", hasItem("id"));
        given().contentType("application/json").header("X-Service-Credential", Events.CREDENTIAL).body("not json")
                .post("/internal/events").then().statusCode(400);
        deliver(event("SomethingNew", Map.of())).statusCode(202);
    }
}
