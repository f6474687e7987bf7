package org.jointfunding.mentorship.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.kit.inbox.Inbox;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.mentorship.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EventResourceTest {

    @Inject
    Inbox inbox;
    @Inject
    EntityManager entityManager;

    private static final String CREDENTIAL = "local-dev-events-credential";
    /** funding-service's longest sector slug. */
    private static final String LONG_SECTOR = "green-payments-and-carbon-accounting-for-small-merchants-123";

    @Test
    void anAwardCreatesOneRequestHoweverOftenItIsDelivered() {
        TestTokens startup = TestTokens.user("STARTUP");
        String eventId = UUID.randomUUID().toString();
        String applicationId = UUID.randomUUID().toString();
        String body = award(eventId, applicationId, startup.subject());

        String requestId = deliver(body).then().statusCode(202).body("eventId", equalTo(eventId))
                .body("outcome", equalTo("handled")).extract().path("createdId");
        deliver(body).then().statusCode(200).body("outcome", equalTo("duplicate")).body("createdId", equalTo(requestId));
        deliver(body).then().statusCode(200);

        // what the application said: its sector (a 60-character slug), the startup's needs and languages, the lead
        as(startup).get("/api/mentorship/requests").then().body("total", is(1))
                .body("items[0].id", equalTo(requestId)).body("items[0].source", equalTo("AWARD"))
                .body("items[0].applicationId", equalTo(applicationId))
                .body("items[0].sector", equalTo(LONG_SECTOR))
                .body("items[0].needs", contains("fundraising", "payments")).body("items[0].languages", contains("en", "ms"))
                .body("items[0].startupName", equalTo("PayLink Sdn Bhd")).body("items[0].country", equalTo("MY"))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].description", equalTo("Awarded: PayLink in MY-IR Fintech 2027"));
        as(TestTokens.user("STARTUP")).get("/api/mentorship/requests/" + requestId).then().statusCode(404);
    }

    @Test
    void handledEventIdsAreForgottenAfterTheRetentionPeriod() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        deliver(award(old, UUID.randomUUID().toString(), TestTokens.user("STARTUP").subject())).then().statusCode(202);
        deliver(award(recent, UUID.randomUUID().toString(), TestTokens.user("STARTUP").subject())).then().statusCode(202);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update processed_event set processed_at = processed_at - interval '31 days' where event_id = :id")
                .setParameter("id", UUID.fromString(old)).executeUpdate());

        assertTrue(inbox.forgetOldEvents() >= 1);

        assertTrue(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select 1 from processed_event where event_id = :id").setParameter("id", UUID.fromString(old))
                .getResultList().isEmpty()));
        deliver(award(recent, UUID.randomUUID().toString(), "someone")).then().statusCode(200).body("outcome", equalTo("duplicate"));
    }

    @Test
    void anAwardFromBeforeApplicationsNamedTheirSectorStillCreatesItsRequest() {
        TestTokens startup = TestTokens.user("STARTUP");
        deliver(legacyAward(startup, "\"fintech\",\"payments\"")).then().statusCode(202);
        deliver(legacyAward(startup, "\"fintech\"")).then().statusCode(202);

        // the call's sectors are no needs of the startup's; a single-sector call still says which sector it is
        as(startup).get("/api/mentorship/requests").then().body("total", is(2))
                .body("items.needs", contains(List.of(), List.of()))
                .body("items.sector", org.hamcrest.Matchers.containsInAnyOrder(nullValue(), equalTo("fintech")))
                .body("items.country", contains("IR", "IR"));
    }

    @Test
    void theCredentialIsRequiredAndCheckedBeforeTheBody() {
        String body = award(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "someone");
        given().contentType("application/json").body(body).post("/internal/events").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
        given().contentType("application/json").header("X-Service-Credential", "wrong").body(body)
                .post("/internal/events").then().statusCode(401);
        given().contentType("application/json").header("X-Service-Credential", "wrong").body("{broken")
                .post("/internal/events").then().statusCode(401);
        // a user's token is no substitute for the service credential
        given().contentType("application/json").header("Authorization", TestTokens.user("ADMIN").bearer()).body(body)
                .post("/internal/events").then().statusCode(401);
        // and nothing of it is served under /api
        given().contentType("application/json").header("X-Service-Credential", CREDENTIAL).body(body)
                .post("/api/mentorship/internal/events").then().statusCode(is(org.hamcrest.Matchers.oneOf(401, 404, 405)));
    }

    @Test
    void unknownTypesAreAcknowledgedAndIgnored() {
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"id":"%s","type":"CallOpened","aggregateId":"%s","occurredAt":"2026-11-23T10:00:00Z","data":{}}"""
                .formatted(eventId, UUID.randomUUID());
        deliver(body).then().statusCode(202).body("createdId", nullValue());
        deliver(body).then().statusCode(200);
    }

    @Test
    void badEventsAre400AndStoreNothing() {
        String eventId = UUID.randomUUID().toString();
        deliver("{not json").then().statusCode(400);
        deliver("{\"type\":\"ApplicationAwarded\"}").then().statusCode(400).body("errors[0].field", equalTo("id"));
        deliver("{\"id\":\"not-a-uuid\",\"type\":\"X\"}").then().statusCode(400).body("errors[0].field", equalTo("id"));
        String noStartup = award(eventId, UUID.randomUUID().toString(), "").replace("\"startupId\":\"\",", "");
        deliver(noStartup).then().statusCode(400).body("errors[0].field", equalTo("startupId"));
        deliver("""
                {"id":"%s","type":"ApplicationAwarded"}""".formatted(eventId)).then().statusCode(400)
                .body("errors[0].field", equalTo("data"));
        // the rejected event id was not recorded: a correct delivery of it is handled
        deliver(award(eventId, UUID.randomUUID().toString(), TestTokens.user("STARTUP").subject())).then().statusCode(202);
    }

    private static io.restassured.response.Response deliver(String body) {
        return given().contentType("application/json").header("X-Service-Credential", CREDENTIAL).body(body)
                .post("/internal/events");
    }

    /** An award as funding-service sent it before applications named their sector, needs and languages. */
    private static String legacyAward(TestTokens startup, String sectors) {
        UUID applicationId = UUID.randomUUID();
        return """
                {"id":"%s","type":"ApplicationAwarded","aggregateId":"%s","occurredAt":"2026-11-23T10:00:00Z",
                 "data":{"applicationId":"%s","startupId":"%s","sectors":[%s],"consortiumCountries":["IR","MY"]}}"""
                .formatted(UUID.randomUUID(), applicationId, applicationId, startup.subject(), sectors);
    }

    private static String award(String eventId, String applicationId, String startupId) {
        return """
                {"id":"%s","type":"ApplicationAwarded","aggregateId":"%s","occurredAt":"2026-11-23T10:00:00Z",
                 "data":{"applicationId":"%s","callId":"%s","callTitle":"MY-IR Fintech 2027","applicationTitle":"PayLink",
                         "startupId":"%s","startupName":"PayLink Sdn Bhd","startupCountry":"MY",
                         "sectors":["%s","payments"],"sector":"%s",
                         "mentoringNeeds":["Payments","fundraising"],"languages":["ms","en"],"consortiumCountries":["IR","MY"]}}"""
                .formatted(eventId, applicationId, applicationId, UUID.randomUUID(), startupId, LONG_SECTOR, LONG_SECTOR);
    }
}
