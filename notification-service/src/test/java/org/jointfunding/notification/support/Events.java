package org.jointfunding.notification.support;

import io.restassured.response.ValidatableResponse;
import org.jointfunding.testkit.TestTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Events as the other services' relays deliver them, and the feed as a signed-in person reads it. */
public final class Events {

    public static final String CREDENTIAL = "local-dev-events-credential";

    private Events() {
    }

    public static Map<String, Object> event(String type, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("aggregateId", UUID.randomUUID().toString());
        event.put("occurredAt", "2026-12-05T10:00:00Z");
        event.put("data", data);
        return event;
    }

    public static ValidatableResponse deliver(Map<String, Object> event) {
        return given().contentType("application/json").header("X-Service-Credential", CREDENTIAL).body(event)
                .post("/internal/events").then();
    }

    /** An application of two startups, awarded by the agencies (the actor). */
    public static Map<String, Object> awarded(String owner, String partner) {
        return event("ApplicationStatusChanged", Map.of(
                "applicationId", UUID.randomUUID().toString(), "applicationTitle", "GreenPay", "callId", UUID.randomUUID().toString(),
                "callTitle", "Green Fintech 2027", "ownerId", owner, "members", List.of(owner, partner),
                "from", "UNDER_REVIEW", "to", "AWARDED", "actor", "agency-admin-" + UUID.randomUUID()));
    }

    public static String bearer(String accountId) {
        return TestTokens.subject(accountId).roles("STARTUP").bearer();
    }

    public static ValidatableResponse feed(String accountId) {
        return given().header("Authorization", bearer(accountId)).get("/api/notifications").then().statusCode(200);
    }
}
