package org.jointfunding.e2e;

import io.restassured.response.ValidatableResponse;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * notification-service on the real processes, through the gateway: a consortium is invited,
 * submits, is reviewed and awarded, and gets its mentor; each step reaches the right people's
 * feeds (and their e-mail, in their language) and nobody else's.
 */
class NotificationsTest {

    private static final Duration ARRIVES_WITHIN = Duration.ofSeconds(60);

    private final RunningSuite suite = RunningSuite.get();
    private final Portal portal = new Portal(suite);

    @Test
    void eachStepReachesTheRightPeopleAndNobodyElse() throws Exception {
        String my = portal.agency("MY", "MYR");
        String ir = portal.agency("IR", "IRR");
        Portal.Account myOfficer = portal.account("AGENCY_ADMIN", my, "MY");
        Portal.Account irOfficer = portal.account("AGENCY_ADMIN", ir, "IR");
        Portal.Account reviewer = portal.account("REVIEWER", my, "MY");
        Portal.Account owner = portal.account("STARTUP", null, "MY");
        Portal.Account partner = portal.account("STARTUP", null, "IR");
        Portal.Account stranger = portal.account("STARTUP", null, "MY");
        Portal.Account mentor = portal.account("MENTOR", null, "MY");
        persian(partner);

        String call = portal.as(myOfficer.token()).body(Map.of(
                        "title", "Notified call " + UUID.randomUUID(), "description", "Joint projects",
                        "sectors", List.of("fintech"), "opensAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                        "closesAt", Instant.now().plus(Duration.ofDays(30)).toString(),
                        "funders", List.of(Map.of("agency", my, "budget", "1000000"), Map.of("agency", ir, "budget", "9000000000")),
                        "eligibility", Map.of("requiredCountries", List.of("MY", "IR"), "minPartners", 2, "maxPartners", 4),
                        "criteria", List.of(Map.of("name", "Innovation", "weight", 1, "maxScore", 10, "threshold", 3)),
                        "blindReview", false))
                .post("/api/funding/calls").then().statusCode(201).extract().path("id");
        portal.confirmShare(irOfficer.token(), call, ir, "9000000000");
        portal.as(myOfficer.token()).post("/api/funding/calls/" + call + "/open").then().statusCode(200);
        String application = portal.as(owner.token()).body(Map.of("callId", call, "title", "Notified payments",
                        "summary", "Carbon-aware payments", "partners", List.of(Map.of("name", "Owner Sdn Bhd", "country", "MY", "role", "lead"),
                                Map.of("name", "Partner Co", "country", "IR", "role", "partner")),
                        "requestedAmounts", Map.of(my, "150000", ir, "900000000")))
                .post("/api/funding/applications").then().statusCode(201).extract().path("id");

        // invited by e-mail: the partner's feed and its inbox (in Persian, right to left)
        String invitation = portal.as(owner.token()).body(Map.of("email", partner.email()))
                .post("/api/funding/applications/" + application + "/invitations").then().statusCode(201).extract().path("id");
        awaitKind(partner, "COLLABORATOR_INVITED");
        MimeMessage invited = awaitMail(partner.email());
        String html = html(invited);
        assertTrue(html.contains("dir=\"rtl\"") && html.contains("دعوت"), "the e-mail is in Persian, right to left: " + html);

        portal.as(partner.token()).post("/api/funding/invitations/" + invitation + "/accept").then().statusCode(200);
        awaitKind(owner, "INVITATION_ANSWERED");

        portal.as(owner.token()).post("/api/funding/applications/" + application + "/submit").then().statusCode(200);
        awaitKind(partner, "APPLICATION_SUBMITTED");

        portal.as(myOfficer.token()).post("/api/funding/calls/" + call + "/close").then().statusCode(200);
        portal.as(myOfficer.token()).post("/api/funding/calls/" + call + "/start-evaluation").then().statusCode(200);
        String review = portal.as(myOfficer.token()).body(Map.of("applicationId", application, "reviewerId", reviewer.id(), "reviewerAgency", my))
                .post("/api/funding/reviews").then().statusCode(201).extract().path("id");
        awaitKind(reviewer, "REVIEW_ASSIGNED");
        portal.as(reviewer.token()).body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 8, "comment", "novel"))))
                .post("/api/funding/reviews/" + review + "/submit").then().statusCode(200);
        portal.as(myOfficer.token()).post("/api/funding/applications/" + application + "/award/approve").then().statusCode(200);
        portal.as(irOfficer.token()).post("/api/funding/applications/" + application + "/award/approve").then().statusCode(200);
        awaitKind(owner, "APPLICATION_AWARDED");
        awaitKind(partner, "APPLICATION_AWARDED");
        awaitKind(owner, "AWARD_SHARE_DECIDED");

        // the mentoring request the award created is matched; the mentor is proposed, accepts
        portal.as(mentor.token()).body(Map.of("displayName", "Mentor Maya", "tags", List.of("payments"), "sectors", List.of("fintech"),
                "languages", List.of("en"), "countries", List.of("MY"), "timeZone", "Asia/Kuala_Lumpur", "capacity", 2))
                .put("/api/mentorship/mentors/me").then().statusCode(201);
        Awaitility.await("the award's mentoring request").atMost(ARRIVES_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() ->
                portal.as(owner.token()).get("/api/mentorship/requests").then().extract().<List<String>>path("items.applicationId")
                        .contains(application));
        portal.as(portal.admin()).body(Map.of()).post("/api/mentorship/matching-runs").then().statusCode(201);
        awaitKind(mentor, "MATCH_PROPOSED");
        awaitKind(owner, "MATCH_PROPOSED");
        // the run may also propose this mentor to other tests' startups: accept the owner's match
        String match = portal.as(mentor.token()).get("/api/mentorship/matches").then()
                .extract().path("items.find { it.startupId == '" + owner.id() + "' }.id");
        portal.as(mentor.token()).post("/api/mentorship/matches/" + match + "/accept").then().statusCode(200);
        awaitKind(owner, "MATCH_ACCEPTED");

        // what operators count on /q/metrics (deploy/monitoring's dashboard and alerts read these)
        assertTrue(suite.metric("funding", "portal_applications_submitted_total") >= 1);
        assertEquals(1.0, suite.metric("funding", "portal_awards_total{agency=\"" + my + "\"}"), "one award, counted for MY");
        assertEquals(1.0, suite.metric("funding", "portal_awards_total{agency=\"" + ir + "\"}"), "and for IR");
        assertTrue(suite.metric("mentorship", "portal_matches_total{status=\"proposed\"}") >= 1);
        assertTrue(suite.metric("mentorship", "portal_matches_total{status=\"accepted\"}") >= 1);

        // nobody else hears of any of it, and nobody reads another person's feed
        feed(stranger).body("total", equalTo(0));
        feed(owner).body("items.kind", not(hasItem("APPLICATION_SUBMITTED")));
        String ownersNotification = feed(owner).extract().path("items[0].id");
        portal.as(stranger.token()).post("/api/notifications/" + ownersNotification + "/read").then().statusCode(404);
        portal.as(owner.token()).post("/api/notifications/read-all").then().statusCode(200);
        portal.as(owner.token()).get("/api/notifications/unread-count").then().body("unread", equalTo(0));
    }

    @Test
    void aPasswordResetCodeIssuedForAnAccountReachesItsOwnerAndNobodyElse() {
        Portal.Account owner = portal.account("STARTUP", null, "MY");
        Portal.Account stranger = portal.account("STARTUP", null, "MY");
        portal.as(portal.admin()).body(Map.of("reason", "forgot it on holiday"))
                .post("/api/identity/admin/accounts/" + owner.id() + "/password-reset").then().statusCode(200);
        awaitKind(owner, "PASSWORD_RESET_ISSUED"); // identity's outbox, through the relay, to notification-service
        feed(stranger).body("items.kind", not(hasItem("PASSWORD_RESET_ISSUED")));
    }

    private void persian(Portal.Account account) {
        String etag = portal.as(account.token()).get("/api/notifications/preferences").then().statusCode(200).extract().header("ETag");
        portal.as(account.token()).header("If-Match", etag).body(Map.of("language", "fa", "emailOff", List.of()))
                .put("/api/notifications/preferences").then().statusCode(200);
    }

    private ValidatableResponse feed(Portal.Account account) {
        return portal.as(account.token()).queryParam("limit", 100).get("/api/notifications").then().statusCode(200);
    }

    private void awaitKind(Portal.Account account, String kind) {
        Awaitility.await(kind + " in the feed").atMost(ARRIVES_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> feed(account).extract().<List<String>>path("items.kind").contains(kind));
    }

    private static MimeMessage awaitMail(String address) {
        Awaitility.await("an e-mail to " + address).atMost(ARRIVES_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> !Mailbox.get().to(address).isEmpty());
        return Mailbox.get().to(address).get(0);
    }

    /** The HTML part, wherever the mailer nested it. */
    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = html(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
