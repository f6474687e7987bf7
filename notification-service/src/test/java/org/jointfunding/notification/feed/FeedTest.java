package org.jointfunding.notification.feed;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.notification.support.Events;
import org.jointfunding.notification.support.TestIdentity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.notification.support.Events.bearer;
import static org.jointfunding.notification.support.Events.deliver;
import static org.jointfunding.notification.support.Events.event;
import static org.jointfunding.notification.support.Events.feed;

@QuarkusTest
class FeedTest {

    @Inject
    TestIdentity identity;

    private void share(String member, String decision) {
        deliver(event("AwardShareDecided", Map.of("applicationId", UUID.randomUUID().toString(), "applicationTitle", "GreenPay",
                "callTitle", "Call", "members", List.of(member), "agency", "MY-MIDA", "agencyName", "MIDA", "decision", decision,
                "reason", ""))).statusCode(202);
    }

    @Test
    void theFeedIsNewestFirstCountsUnreadAndIsMarkedReadOneOrAllAtOnce() {
        String startup = identity.account("GreenPay");
        share(startup, "APPROVED");
        share(startup, "REFUSED");
        share(startup, "APPROVED");

        feed(startup).body("total", equalTo(3)).body("unread", equalTo(3))
                .body("items[1].text", equalTo("MIDA refused its share of “GreenPay”."));
        String newest = feed(startup).extract().path("items[0].id");
        given().header("Authorization", bearer(startup)).get("/api/notifications/unread-count").then().body("unread", equalTo(3));

        given().header("Authorization", bearer(startup)).post("/api/notifications/" + newest + "/read").then().statusCode(200)
                .body("readAt", notNullValue());
        given().header("Authorization", bearer(startup)).post("/api/notifications/" + newest + "/read").then().statusCode(200);
        feed(startup).body("unread", equalTo(2)).body("items[0].readAt", notNullValue()).body("items[1].readAt", nullValue());
        given().header("Authorization", bearer(startup)).queryParam("unread", true).get("/api/notifications").then()
                .body("total", equalTo(2));
        given().header("Authorization", bearer(startup)).queryParam("limit", 1).queryParam("offset", 1).get("/api/notifications")
                .then().body("items", org.hamcrest.Matchers.hasSize(1)).body("limit", equalTo(1));

        given().header("Authorization", bearer(startup)).post("/api/notifications/read-all").then().statusCode(200).body("read", equalTo(2));
        feed(startup).body("unread", equalTo(0));
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsNotifications() {
        String owner = identity.account("Owner");
        String stranger = identity.account("Stranger");
        share(owner, "APPROVED");
        String id = feed(owner).extract().path("items[0].id");
        feed(stranger).body("total", equalTo(0));
        given().header("Authorization", bearer(stranger)).post("/api/notifications/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", bearer(stranger)).post("/api/notifications/read-all").then().body("read", equalTo(0));
        feed(owner).body("unread", equalTo(1));
        given().get("/api/notifications").then().statusCode(401);
        given().header("Authorization", bearer(owner)).queryParam("limit", 0).get("/api/notifications").then().statusCode(400);
        given().header("Authorization", bearer(owner)).post("/api/notifications/not-an-id/read").then().statusCode(404);
    }

    @Test
    void theTextIsInTheLanguageThePersonChose() {
        String startup = identity.account("Persian startup");
        String etag = given().header("Authorization", bearer(startup)).get("/api/notifications/preferences").then().extract().header("ETag");
        given().header("Authorization", bearer(startup)).header("If-Match", etag).contentType("application/json")
                .body(Map.of("language", "fa", "emailOff", List.of())).put("/api/notifications/preferences").then().statusCode(200);
        share(startup, "APPROVED");
        feed(startup).body("items[0].text", equalTo("MIDA سهم خود از «GreenPay» را تأیید کرد."));
    }
}
