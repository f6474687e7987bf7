package org.jointfunding.e2e;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An award in funding-service becomes a mentoring request in mentorship-service through the
 * outbox relay: delivered once, and not lost while mentorship-service is down.
 */
class AwardToMentoringTest {

    private static final Duration DELIVERY_WITHIN = Duration.ofSeconds(90);
    /** As long a sector as funding-service takes (60 characters): mentorship-service must take it too. */
    private static final String SECTOR = "agritech-precision-farming-for-smallholder-rice-cooperatives";

    private final RunningSuite suite = RunningSuite.get();
    private Portal portal;
    private String my;
    private String ir;
    private Portal.Account myOfficer;
    private Portal.Account irOfficer;
    private Portal.Account reviewer;
    private String call;

    @BeforeEach
    void jointCall() {
        portal = new Portal(suite);
        my = portal.agency("MY", "MYR");
        ir = portal.agency("IR", "IRR");
        myOfficer = portal.account("AGENCY_ADMIN", my, "MY");
        irOfficer = portal.account("AGENCY_ADMIN", ir, "IR");
        reviewer = portal.account("REVIEWER", my, "MY");
        call = portal.as(myOfficer.token()).body(Map.of(
                        "title", "E2E joint call " + UUID.randomUUID(),
                        "description", "Joint projects between Malaysian and Iranian startups",
                        "sectors", List.of("agritech", SECTOR),
                        "opensAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                        "closesAt", Instant.now().plus(Duration.ofDays(30)).toString(),
                        "funders", List.of(Map.of("agency", my, "budget", "1000000"), Map.of("agency", ir, "budget", "9000000000")),
                        "eligibility", Map.of("requiredCountries", List.of("MY", "IR"), "minPartners", 2, "maxPartners", 4),
                        "criteria", List.of(Map.of("name", "Innovation", "weight", 1, "maxScore", 10, "threshold", 3)),
                        "blindReview", true))
                .post("/api/funding/calls").then().statusCode(201).extract().path("id");
        portal.confirmShare(irOfficer.token(), call, ir, "9000000000");
        portal.as(myOfficer.token()).post("/api/funding/calls/" + call + "/open").then().statusCode(200);
    }

    @Test
    void anAwardedStartupGetsExactlyOneMentoringRequest() {
        Portal.Account startup = portal.account("STARTUP", null, "MY");
        String application = submittedApplication(startup);
        evaluate(List.of(application));

        award(application);

        awaitMentoringRequests(startup, application, 1);
        // the request starts from what the application said, not from the call's sectors
        portal.as(startup.token()).queryParam("limit", 100).get("/api/mentorship/requests").then()
                .body("items.find { it.applicationId == '" + application + "' }.sector", is(SECTOR))
                .body("items.find { it.applicationId == '" + application + "' }.needs", is(List.of("export", "irrigation")))
                .body("items.find { it.applicationId == '" + application + "' }.languages", is(List.of("fa", "ms")))
                .body("items.find { it.applicationId == '" + application + "' }.startupName", is("PaddyTech Sdn Bhd"))
                .body("items.find { it.applicationId == '" + application + "' }.country", is("MY"));
    }

    @Test
    void anAwardMadeWhileMentorshipIsDownIsDeliveredWhenItReturns() {
        Portal.Account startup = portal.account("STARTUP", null, "IR");
        String application = submittedApplication(startup);
        evaluate(List.of(application));

        suite.stop("mentorship");
        try {
            award(application);
        } finally {
            suite.restart("mentorship");
        }

        awaitMentoringRequests(startup, application, 1);
    }

    private String submittedApplication(Portal.Account startup) {
        String application = portal.as(startup.token()).body(Map.of(
                        "callId", call,
                        "title", "Paddy sensors " + UUID.randomUUID(),
                        "summary", "Low-cost field sensors for rice cooperatives",
                        "partners", List.of(Map.of("name", "PaddyTech Sdn Bhd", "country", "MY", "role", "lead"),
                                Map.of("name", "Shalizar Co", "country", "IR", "role", "partner")),
                        "requestedAmounts", Map.of(my, "150000", ir, "900000000"),
                        "answers", Map.of("impact", "Higher yields"),
                        "sector", SECTOR, "mentoringNeeds", List.of("irrigation", "export"), "languages", List.of("ms", "fa")))
                .post("/api/funding/applications").then().statusCode(201).extract().path("id");
        portal.as(startup.token()).post("/api/funding/applications/" + application + "/submit").then().statusCode(200);
        return application;
    }

    private void evaluate(List<String> applications) {
        portal.as(myOfficer.token()).post("/api/funding/calls/" + call + "/close").then().statusCode(200);
        portal.as(myOfficer.token()).post("/api/funding/calls/" + call + "/start-evaluation").then().statusCode(200);
        for (String application : applications) {
            String review = portal.as(myOfficer.token())
                    .body(Map.of("applicationId", application, "reviewerId", reviewer.id(), "reviewerAgency", my))
                    .post("/api/funding/reviews").then().statusCode(201).extract().path("id");
            portal.as(reviewer.token())
                    .body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 8, "comment", "novel"))))
                    .post("/api/funding/reviews/" + review + "/submit").then().statusCode(200);
        }
    }

    private void award(String application) {
        String award = "/api/funding/applications/" + application + "/award";
        portal.as(myOfficer.token()).post(award + "/approve").then().statusCode(200);
        portal.as(irOfficer.token()).post(award + "/approve").then().statusCode(200).body("status", is("AWARDED"));
    }

    private void awaitMentoringRequests(Portal.Account startup, String application, int expected) {
        Awaitility.await("mentoring request for awarded application " + application)
                .atMost(DELIVERY_WITHIN).pollInterval(Duration.ofSeconds(1))
                .until(() -> requestsFor(startup, application) >= expected);
        assertEquals(expected, requestsFor(startup, application), "the event was applied more than once");
    }

    private int requestsFor(Portal.Account startup, String application) {
        List<String> applications = portal.as(startup.token()).queryParam("limit", 100)
                .get("/api/mentorship/requests").then().statusCode(200).extract().path("items.applicationId");
        return (int) applications.stream().filter(application::equals).count();
    }
}
