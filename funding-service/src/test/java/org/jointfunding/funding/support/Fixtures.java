package org.jointfunding.funding.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jointfunding.testkit.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Builds what a test needs through the HTTP API, with fresh names so tests never share data. */
public final class Fixtures {

    public static final String ADMIN = TestTokens.user("ADMIN").bearer();

    private Fixtures() {
    }

    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new agency in that country; returns its code. */
    public static String agency(String country, String currency) {
        return agency(unique(country), country, currency);
    }

    public static String agency(String code, String country, String currency) {
        as(ADMIN).body(Map.of("code", code, "name", "Agency " + code, "country", country, "currency", currency))
                .post("/api/funding/agencies").then().statusCode(201);
        return code;
    }

    public static String agencyAdmin(String agency) {
        return TestTokens.user("AGENCY_ADMIN").agency(agency).bearer();
    }

    public static Map<String, Object> funder(String agency, String budget, String maxRequest) {
        Map<String, Object> funder = new HashMap<>();
        funder.put("agency", agency);
        funder.put("budget", budget);
        funder.put("maxRequest", maxRequest);
        return funder;
    }

    /** A valid call body: Malaysia and Iran required, 2-6 partners, two criteria, closing in 30 days. */
    public static Map<String, Object> callBody(String title, List<Map<String, Object>> funders) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Joint R&D between Malaysian and Iranian startups");
        body.put("sectors", List.of("fintech", "cleantech"));
        body.put("opensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        body.put("closesAt", Instant.now().plus(Duration.ofDays(30)).toString());
        body.put("funders", new ArrayList<>(funders));
        body.put("eligibility", Map.of("requiredCountries", List.of("MY", "IR"), "minPartners", 2, "maxPartners", 6));
        body.put("criteria", List.of(
                Map.of("name", "Innovation", "weight", 2, "maxScore", 10, "threshold", 4),
                Map.of("name", "Team", "weight", 1, "maxScore", 10, "threshold", 3)));
        body.put("blindReview", false);
        return body;
    }

    public static String createCall(String bearer, Map<String, Object> body) {
        return as(bearer).body(body).post("/api/funding/calls").then().statusCode(201).extract().path("id");
    }

    /** The agency's administrator sets (and so confirms) its share of the draft call, based on the version it reads. */
    public static void confirmShare(String agencyAdmin, String call, String agency, String budget, String maxRequest) {
        confirmShareRequest(agencyAdmin, call, agency, budget, maxRequest).then().statusCode(200)
                .body("funders.find { it.agency == '" + agency + "' }.confirmed", equalTo(true));
    }

    public static Response confirmShareRequest(String bearer, String call, String agency, String budget,
                                                                      String maxRequest) {
        String etag = as(ADMIN).get("/api/funding/calls/" + call).then().statusCode(200).extract().header("ETag");
        Map<String, Object> share = new HashMap<>();
        share.put("budget", budget);
        share.put("maxRequest", maxRequest);
        return as(bearer).header("If-Match", etag).body(share).put("/api/funding/calls/" + call + "/funders/" + agency);
    }

    /** Both agencies agree to decide the call: it is DECIDED. */
    public static void decide(JointCallFixture call) {
        act(call.myAdmin(), call.path() + "/decide");
        act(call.irAdmin(), call.path() + "/decide");
    }

    public static void act(String bearer, String path) {
        as(bearer).post(path).then().statusCode(200);
    }

    /** An OPEN call of two new agencies whose reviewers do not learn who applied. */
    public static JointCallFixture blindCall() {
        String my = agency("MY", "MYR");
        String ir = agency("IR", "IRR");
        Map<String, Object> body = callBody(unique("Blind"), List.of(funder(my, "1000000", null), funder(ir, "1000000", null)));
        body.put("blindReview", true);
        String admin = agencyAdmin(my);
        String id = createCall(admin, body);
        confirmShare(agencyAdmin(ir), id, ir, "1000000", null);
        act(admin, "/api/funding/calls/" + id + "/open");
        return new JointCallFixture(id, my, ir, admin, agencyAdmin(ir));
    }

    /** Two agencies (MY, IR), their admins, and an OPEN call both fund. */
    public static JointCallFixture openCall(String myBudget, String irBudget) {
        return openCall(agency("MY", "MYR"), agency("IR", "IRR"), myBudget, irBudget);
    }

    /** The same with the given agencies (MY and IR). */
    public static JointCallFixture openCall(String my, String ir, String myBudget, String irBudget) {
        String myAdmin = agencyAdmin(my);
        String irAdmin = agencyAdmin(ir);
        String call = createCall(myAdmin, callBody(unique("Call"), List.of(
                funder(my, myBudget, null), funder(ir, irBudget, null))));
        confirmShare(irAdmin, call, ir, irBudget, null);
        act(myAdmin, "/api/funding/calls/" + call + "/open");
        return new JointCallFixture(call, my, ir, myAdmin, irAdmin);
    }

    /** A valid application to that call: one partner in each country, asking each agency for money. */
    public static Map<String, Object> applicationBody(JointCallFixture call, String myAmount, String irAmount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", call.id());
        body.put("title", unique("Proposal"));
        body.put("summary", "Carbon-aware payments");
        body.put("partners", List.of(
                Map.of("name", "GreenPay Sdn Bhd", "country", "MY", "role", "lead"),
                Map.of("name", "Sabz Pardakht", "country", "IR", "role", "partner")));
        Map<String, Object> amounts = new LinkedHashMap<>();
        if (myAmount != null) {
            amounts.put(call.my(), myAmount);
        }
        if (irAmount != null) {
            amounts.put(call.ir(), irAmount);
        }
        body.put("requestedAmounts", amounts);
        body.put("answers", Map.of("impact", "Less carbon"));
        body.put("sector", "fintech");
        body.put("mentoringNeeds", List.of("payments", "fundraising"));
        body.put("languages", List.of("en", "ms"));
        return body;
    }

    public static String draft(String startup, Map<String, Object> body) {
        return as(startup).body(body).post("/api/funding/applications").then().statusCode(201).extract().path("id");
    }

    /** A new startup's submitted application; returns its id. */
    public static String submitted(String startup, JointCallFixture call, String myAmount, String irAmount) {
        String id = draft(startup, applicationBody(call, myAmount, irAmount));
        act(startup, "/api/funding/applications/" + id + "/submit");
        return id;
    }

    /** Closes the call and starts its evaluation, so submitted applications are under review. */
    public static void startEvaluation(JointCallFixture call) {
        act(call.myAdmin(), call.path() + "/close");
        act(call.myAdmin(), call.path() + "/start-evaluation");
    }

    /** Assigns the reviewer (of the given agency) and returns the review id. */
    public static String assign(String agencyAdmin, String application, TestTokens reviewer, String reviewerAgency) {
        return as(agencyAdmin).body(Map.of("applicationId", application, "reviewerId", reviewer.subject(),
                "reviewerAgency", reviewerAgency)).post("/api/funding/reviews").then().statusCode(201).extract().path("id");
    }

    public static TestTokens reviewer(String agency) {
        return TestTokens.user("REVIEWER").agency(agency);
    }

    /** Scores Innovation (weight 2) and Team (weight 1), both out of 10, and submits. */
    public static void score(TestTokens reviewer, String review, int innovation, int team) {
        as(reviewer.bearer()).body(Map.of("scores", List.of(
                        Map.of("criterion", "Innovation", "score", innovation, "comment", "innovation noted"),
                        Map.of("criterion", "Team", "score", team, "comment", "team noted"))))
                .post("/api/funding/reviews/" + review + "/submit").then().statusCode(200);
    }

    /** Assigns a fresh reviewer of the MY agency and submits its scores. */
    public static void reviewed(JointCallFixture call, String application, int innovation, int team) {
        TestTokens reviewer = reviewer(call.my());
        score(reviewer, assign(call.myAdmin(), application, reviewer, call.my()), innovation, team);
    }

    /** The owner invites the partner by its e-mail address and the partner accepts: it now works on the draft. */
    public static void collaborate(TestTokens owner, TestTokens partner, String application) {
        String invitation = as(owner.bearer()).body(Map.of("email", partner.email()))
                .post("/api/funding/applications/" + application + "/invitations").then().statusCode(201).extract().path("id");
        act(partner.bearer(), "/api/funding/invitations/" + invitation + "/accept");
    }

    /** How many reads of {@code what} (call, call-page, application) were answered from memory, from /q/metrics. */
    public static double readsFromMemory(String what) {
        String series = "portal_kept_reads_total{source=\"memory\",what=\"" + what + "\"} ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series)).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length()))).orElse(0.0);
    }

    public static String startup() {
        return TestTokens.user("STARTUP").bearer();
    }

    public record JointCallFixture(String id, String my, String ir, String myAdmin, String irAdmin) {
        public String path() {
            return "/api/funding/calls/" + id;
        }
    }
}
