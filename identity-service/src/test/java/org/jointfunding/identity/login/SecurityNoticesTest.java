package org.jointfunding.identity.login;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.loginFrom;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What identity tells notification-service about a person's own account, through the outbox. */
@QuarkusTest
class SecurityNoticesTest {

    @Inject
    EntityManager db;

    /** type and payload of each event written for the account, oldest first. */
    private List<Object[]> eventsOf(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(
                        "select type, payload, destination from outbox_event where aggregate_id = ?1 order by seq", Object[].class)
                .setParameter(1, accountId).getResultList());
    }

    @Test
    void aSignInFromANewNetworkIsNoticedButNotTheFirstOneNorAKnownOne() {
        Portal.Account startup = registered("STARTUP");
        loginFrom("192.0.2.10", startup.email(), PASSWORD).statusCode(200); // the first sign-in ever: nothing to compare with
        loginFrom("192.0.2.10", startup.email(), PASSWORD).statusCode(200);
        loginFrom("198.51.100.77", startup.email(), "not the password").statusCode(401); // a failure is no sign-in
        assertEquals(List.of(), eventsOf(startup.id()));

        given().header("X-Client-Address", "2001:db8:7:7::/64").header("User-Agent", "Firefox on Linux")
                .contentType(ContentType.JSON).body(Map.of("email", startup.email(), "password", PASSWORD))
                .post("/api/identity/login").then().statusCode(200);
        loginFrom("2001:db8:7:7::/64", startup.email(), PASSWORD).statusCode(200); // familiar now

        List<Object[]> events = eventsOf(startup.id());
        assertEquals(1, events.size());
        assertEquals("SignInFromNewAddress", events.get(0)[0]);
        assertEquals("notifications", events.get(0)[2]);
        String payload = (String) events.get(0)[1];
        assertTrue(payload.contains("\"accountId\":\"" + startup.id() + "\""), payload);
        assertTrue(payload.contains("\"address\":\"2001:db8:7:7::/64\""), payload);
        assertTrue(payload.contains("\"userAgent\":\"Firefox on Linux\""), payload);
    }

    @Test
    void aResetCodeIsNoticedWithoutTheCode() {
        Portal.Account startup = registered("STARTUP");
        String code = given().header("Authorization", adminBearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + startup.id() + "/password-reset").then().statusCode(200)
                .extract().path("resetCode");

        List<Object[]> events = eventsOf(startup.id());
        assertEquals(1, events.size());
        assertEquals("PasswordResetIssued", events.get(0)[0]);
        String payload = (String) events.get(0)[1];
        assertTrue(payload.contains("\"expiresAt\":"), payload);
        assertFalse(payload.contains(code) || payload.contains(code.replace("-", "")), "the code stays with the administrator");
    }

    @Test
    void anAdministratorFollowsTheEventsOnTheirWayAndNobodyElseSeesThem() {
        Portal.Account startup = registered("STARTUP");
        given().header("Authorization", adminBearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + startup.id() + "/password-reset").then().statusCode(200);
        given().header("Authorization", adminBearer()).queryParam("destination", "notifications").queryParam("limit", 100)
                .get("/api/identity/admin/events").then().statusCode(200)
                .body("items.find { it.aggregateId == '" + startup.id() + "' }.type", equalTo("PasswordResetIssued"))
                .body("items.find { it.aggregateId == '" + startup.id() + "' }.status", equalTo("PENDING"));
        given().header("Authorization", startup.bearer()).get("/api/identity/admin/events").then().statusCode(403);
        given().get("/api/identity/admin/events").then().statusCode(401);
    }
}
