package org.jointfunding.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.is;

/**
 * An open Malaysian-Iranian call with both agencies' officers and a reviewer, and what its people
 * do with it: apply, review, award. Each instance has its own agencies, so tests never share data.
 */
final class JointCall {

    /** As long a sector as funding-service takes (60 characters): mentorship-service must take it too. */
    static final String SECTOR = "agritech-precision-farming-for-smallholder-rice-cooperatives";
    /** What every application asks of each agency. */
    static final long MY_REQUEST = 150_000;
    static final long IR_REQUEST = 900_000_000;

    final Portal portal;
    final String my;
    final String ir;
    final Portal.Account myOfficer;
    final Portal.Account irOfficer;
    final Portal.Account reviewer;
    final String id;

    JointCall(RunningSuite suite, long myBudget, long irBudget) {
        portal = new Portal(suite);
        my = portal.agency("MY", "MYR");
        ir = portal.agency("IR", "IRR");
        myOfficer = portal.account("AGENCY_ADMIN", my, "MY");
        irOfficer = portal.account("AGENCY_ADMIN", ir, "IR");
        reviewer = portal.account("REVIEWER", my, "MY");
        id = portal.as(myOfficer.token()).body(Map.of(
                        "title", "E2E joint call " + UUID.randomUUID(),
                        "description", "Joint projects between Malaysian and Iranian startups",
                        "sectors", List.of("agritech", SECTOR),
                        "opensAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                        "closesAt", Instant.now().plus(Duration.ofDays(30)).toString(),
                        "funders", List.of(Map.of("agency", my, "budget", String.valueOf(myBudget)),
                                Map.of("agency", ir, "budget", String.valueOf(irBudget))),
                        "eligibility", Map.of("requiredCountries", List.of("MY", "IR"), "minPartners", 2, "maxPartners", 4),
                        "criteria", List.of(Map.of("name", "Innovation", "weight", 1, "maxScore", 10, "threshold", 3)),
                        "blindReview", true))
                .post("/api/funding/calls").then().statusCode(201).extract().path("id");
        portal.confirmShare(irOfficer.token(), id, ir, String.valueOf(irBudget));
        portal.as(myOfficer.token()).post("/api/funding/calls/" + id + "/open").then().statusCode(200);
    }

    /** A new application of the startup, not yet submitted. */
    String draft(Portal.Account startup) {
        return portal.as(startup.token()).body(application()).post("/api/funding/applications")
                .then().statusCode(201).extract().path("id");
    }

    Map<String, Object> application() {
        return Map.of(
                "callId", id,
                "title", "Paddy sensors " + UUID.randomUUID(),
                "summary", "Low-cost field sensors for rice cooperatives",
                "partners", List.of(Map.of("name", "PaddyTech Sdn Bhd", "country", "MY", "role", "lead"),
                        Map.of("name", "Shalizar Co", "country", "IR", "role", "partner")),
                "requestedAmounts", Map.of(my, String.valueOf(MY_REQUEST), ir, String.valueOf(IR_REQUEST)),
                "answers", Map.of("impact", "Higher yields"),
                "sector", SECTOR, "mentoringNeeds", List.of("irrigation", "export"), "languages", List.of("ms", "fa"));
    }

    String submitted(Portal.Account startup) {
        String application = draft(startup);
        portal.as(startup.token()).post("/api/funding/applications/" + application + "/submit").then().statusCode(200);
        return application;
    }

    /** Closes the call and has each application reviewed above the threshold: ready for awards. */
    void evaluate(List<String> applications) {
        portal.as(myOfficer.token()).post("/api/funding/calls/" + id + "/close").then().statusCode(200);
        portal.as(myOfficer.token()).post("/api/funding/calls/" + id + "/start-evaluation").then().statusCode(200);
        for (String application : applications) {
            String review = portal.as(myOfficer.token())
                    .body(Map.of("applicationId", application, "reviewerId", reviewer.id(), "reviewerAgency", my))
                    .post("/api/funding/reviews").then().statusCode(201).extract().path("id");
            portal.as(reviewer.token())
                    .body(Map.of("scores", List.of(Map.of("criterion", "Innovation", "score", 8, "comment", "novel"))))
                    .post("/api/funding/reviews/" + review + "/submit").then().statusCode(200);
        }
    }

    /** Both agencies approve their shares: the application is AWARDED. */
    void award(String application) {
        String award = "/api/funding/applications/" + application + "/award";
        portal.as(myOfficer.token()).post(award + "/approve").then().statusCode(200);
        portal.as(irOfficer.token()).post(award + "/approve").then().statusCode(200).body("status", is("AWARDED"));
    }

    /** How many of the startup's mentoring requests come from the application. */
    int mentoringRequests(Portal.Account startup, String application) {
        List<String> applications = portal.as(startup.token()).queryParam("limit", 100)
                .get("/api/mentorship/requests").then().statusCode(200).extract().path("items.applicationId");
        return (int) applications.stream().filter(application::equals).count();
    }
}
