package org.jointfunding.mentorship.requests;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.mentorship.Api;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.jointfunding.mentorship.Api.as;

@QuarkusTest
class RequestResourceTest {

    @Test
    void startupAsksAndSeesOnlyItsOwnRequests() {
        TestTokens startup = TestTokens.user("STARTUP");
        String id = as(startup).body(Api.ask(List.of("Payments", "fundraising"), "FinTech", List.of("en"), "my"))
                .post("/api/mentorship/requests").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/mentorship/requests/"))
                .body("status", equalTo("OPEN")).body("source", equalTo("STARTUP"))
                .body("needs", contains("fundraising", "payments")).body("sector", equalTo("fintech"))
                .body("country", equalTo("MY")).body("startupId", equalTo(startup.subject()))
                .extract().path("id");

        as(startup).get("/api/mentorship/requests/" + id).then().statusCode(200).body("id", equalTo(id));
        as(startup).get("/api/mentorship/requests").then().statusCode(200).body("total", is(1)).body("items[0].id", equalTo(id));

        TestTokens otherStartup = TestTokens.user("STARTUP");
        as(otherStartup).get("/api/mentorship/requests/" + id).then().statusCode(404);
        as(otherStartup).get("/api/mentorship/requests").then().body("total", is(0));
        as(otherStartup).post("/api/mentorship/requests/" + id + "/cancel").then().statusCode(404);
        as(TestTokens.user("MENTOR")).get("/api/mentorship/requests/" + id).then().statusCode(404); // not proposed to it

        TestTokens admin = TestTokens.user("ADMIN");
        as(admin).get("/api/mentorship/requests/" + id).then().statusCode(200);
        as(admin).queryParam("limit", 100).queryParam("status", "OPEN").get("/api/mentorship/requests").then()
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void idempotencyKeyReplaysTheSameRequest() {
        TestTokens startup = TestTokens.user("STARTUP");
        Map<String, Object> body = Api.ask(List.of("hiring"), "fintech", List.of("en"), "MY");
        String first = as(startup).header("Idempotency-Key", "k-1").body(body).post("/api/mentorship/requests")
                .then().statusCode(201).extract().path("id");
        String again = as(startup).header("Idempotency-Key", "k-1").body(body).post("/api/mentorship/requests")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(first)).extract().path("id");
        assertEqualsIds(first, again);
        as(startup).get("/api/mentorship/requests").then().body("total", is(1));
        // the same key from someone else is their own key
        String other = as(TestTokens.user("STARTUP")).header("Idempotency-Key", "k-1").body(body)
                .post("/api/mentorship/requests").then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, other);
    }

    @Test
    void cancelOnlyOpenRequestsAndAuditIt() {
        TestTokens startup = TestTokens.user("STARTUP");
        String id = Api.request(startup, Api.ask(List.of("hiring"), "fintech", List.of("en"), "MY"));
        as(startup).body(Map.of("reason", "found one")).post("/api/mentorship/requests/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(startup).post("/api/mentorship/requests/" + id + "/cancel").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition")).body("state", equalTo("CANCELLED"));

        as(startup).get("/api/mentorship/requests/" + id + "/audit").then().statusCode(200)
                .body("total", is(2))
                .body("items.from", contains(null, "OPEN")).body("items.to", contains("OPEN", "CANCELLED"))
                .body("items.actor", contains(startup.subject(), startup.subject()))
                .body("items.reason", contains("asked by the startup", "found one"));
        as(TestTokens.user("ADMIN")).get("/api/mentorship/requests/" + id + "/audit").then().statusCode(200)
                .body("items.to", contains("OPEN", "CANCELLED"));
        as(TestTokens.user("STARTUP")).get("/api/mentorship/requests/" + id + "/audit").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        as(TestTokens.user("MENTOR")).get("/api/mentorship/requests/" + id + "/audit").then().statusCode(403);
        given().get("/api/mentorship/requests/" + id + "/audit").then().statusCode(401);
    }

    @Test
    void startupChangesWhatItAsksForWithIfMatch() {
        TestTokens startup = TestTokens.user("STARTUP");
        String id = Api.request(startup, Api.ask(List.of("hiring"), "fintech", List.of("en"), "MY"));
        String path = "/api/mentorship/requests/" + id;
        String etag = as(startup).get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> edit = Api.ask(List.of("Payments", "fundraising"), "green-payments-and-carbon-accounting-for-small-merchants",
                List.of("ms", "fa"), "IR");
        edit.put("timeZone", "Asia/Tehran");
        edit.put("description", "Seed round and a payments licence");

        as(startup).body(edit).put(path).then().statusCode(428).body("type", equalTo("/problems/precondition-required"));
        as(TestTokens.user("STARTUP")).header("If-Match", etag).body(edit).put(path).then().statusCode(404);
        as(TestTokens.user("MENTOR")).header("If-Match", etag).body(edit).put(path).then().statusCode(403);
        Map<String, Object> noNeeds = new java.util.HashMap<>(edit);
        noNeeds.put("needs", List.of());
        as(startup).header("If-Match", etag).body(noNeeds).put(path).then().statusCode(400).body("errors[0].field", equalTo("needs"));
        as(startup).get(path).then().body("needs", contains("hiring")).header("ETag", equalTo(etag));

        String changed = as(startup).header("If-Match", etag).body(edit).put(path).then().statusCode(200)
                .body("needs", contains("fundraising", "payments")).body("languages", contains("fa", "ms"))
                .body("sector", equalTo("green-payments-and-carbon-accounting-for-small-merchants"))
                .body("country", equalTo("IR")).body("timeZone", equalTo("Asia/Tehran"))
                .body("description", equalTo("Seed round and a payments licence")).body("status", equalTo("OPEN"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, changed);
        // an edit based on what was read before it is refused, not silently merged
        as(startup).header("If-Match", etag).body(Api.ask(List.of("hiring"), "fintech", List.of("en"), "MY")).put(path)
                .then().statusCode(412);
        as(startup).get(path + "/audit").then().body("items.action", contains("open", "edit")).body("items.to", contains("OPEN", "OPEN"))
                .body("items[1].reason", equalTo("edited by the startup")).body("items[1].actor", equalTo(startup.subject()));

        as(startup).post(path + "/cancel").then().statusCode(200);
        as(startup).header("If-Match", "*").body(edit).put(path).then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
    }

    @Test
    void badRequestsAre400AndStoreNothing() {
        TestTokens startup = TestTokens.user("STARTUP");
        as(startup).body(Api.ask(List.of(), "fintech", List.of("en"), "MY")).post("/api/mentorship/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("needs"));
        Map<String, Object> badZone = Api.ask(List.of("x"), "fintech", List.of("en"), "MY");
        badZone.put("timeZone", "Nowhere/Town");
        as(startup).body(badZone).post("/api/mentorship/requests").then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        as(startup).body(Api.ask(List.of("has space"), "fintech", List.of("en"), "MYS")).post("/api/mentorship/requests")
                .then().statusCode(400).body("errors.field", hasItem("country"));
        as(startup).body("[]").post("/api/mentorship/requests").then().statusCode(400);
        as(startup).get("/api/mentorship/requests").then().body("total", is(0));
        as(TestTokens.user("MENTOR")).body(Api.ask(List.of("x"), "fintech", List.of("en"), "MY"))
                .post("/api/mentorship/requests").then().statusCode(403);
        given().contentType("application/json").body(Api.ask(List.of("x"), "fintech", List.of("en"), "MY"))
                .post("/api/mentorship/requests").then().statusCode(401);
    }

    @Test
    void suggestionsRankMentorsBestFirstWithExplanations() {
        String tag = Api.unique("need");
        String sector = Api.unique("sector");
        TestTokens strong = Api.mentor(Api.profile(List.of(tag, "fundraising"), List.of(sector), List.of("ms"), List.of("MY"), "Asia/Kuala_Lumpur", 2));
        TestTokens weak = Api.mentor(Api.profile(List.of(tag), List.of("other"), List.of("de"), List.of("DE"), "Europe/Berlin", 2));
        TestTokens startup = TestTokens.user("STARTUP");
        String id = Api.request(startup, Api.ask(List.of(tag, "fundraising"), sector, List.of("ms"), "MY"));

        as(startup).queryParam("k", 50).get("/api/mentorship/requests/" + id + "/suggestions").then().statusCode(200)
                .body("items[0].mentorId", equalTo(Api.mentorId(strong)))
                .body("items[0].score", is(100.0f))
                .body("items[0].explanation.criterion", contains("tags", "sector", "language", "location", "load"))
                .body("items[0].explanation.maxPoints", contains(40.0f, 25.0f, 15.0f, 10.0f, 10.0f))
                .body("items[0].explanation[0].matched", contains(sortedPair(tag).split(", ")))
                .body("items[0].explanation[0].detail", equalTo("2 of 2 needs in the mentor's expertise: " + sortedPair(tag)))
                .body("items[0].explanation[1].matched", contains(sector))
                .body("items[0].explanation[2].matched", contains("ms"))
                .body("items[0].explanation[3].matched", contains("MY"))
                .body("items.mentorId", hasItem(Api.mentorId(weak)));
        as(TestTokens.user("STARTUP")).get("/api/mentorship/requests/" + id + "/suggestions").then().statusCode(404);
        as(startup).queryParam("k", 0).get("/api/mentorship/requests/" + id + "/suggestions").then().statusCode(400);
        as(startup).queryParam("k", 51).get("/api/mentorship/requests/" + id + "/suggestions").then().statusCode(400);
    }

    private static String sortedPair(String tag) {
        return tag.compareTo("fundraising") < 0 ? tag + ", fundraising" : "fundraising, " + tag;
    }

    private static void assertEqualsIds(String a, String b) {
        org.junit.jupiter.api.Assertions.assertEquals(a, b);
    }
}
