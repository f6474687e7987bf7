package org.jointfunding.funding.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.funding.support.MentorshipReceiver;
import org.jointfunding.funding.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.reviewed;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    MentorshipReceiver receiver;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static OutboxEvent event(String id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("id", UUID.fromString(id)).firstResult());
    }

    private String awardedEvent() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String application = submitted(startup(), call, "100", null);
        startEvaluation(call);
        reviewed(call, application, 8, 8);
        act(call.myAdmin(), "/api/funding/applications/" + application + "/award/approve");
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("aggregateId", application).firstResult().id.toString());
    }

    @Test
    void anAwardReachesMentorshipWithTheServiceCredential() {
        String id = awardedEvent();
        relay.deliverDue();
        List<MentorshipReceiver.Delivery> deliveries = receiver.deliveriesOf(List.of(id));
        assertEquals(1, deliveries.size());
        assertEquals("local-dev-events-credential", deliveries.get(0).credential());
        assertTrue(deliveries.get(0).body().contains("type=ApplicationAwarded"), deliveries.get(0).body());
        assertTrue(deliveries.get(0).body().contains("consortiumCountries=[MY, IR]"), deliveries.get(0).body());
        OutboxEvent event = event(id);
        assertEquals(OutboxEvent.Status.DELIVERED, event.status);
        assertNotNull(event.deliveredAt);
        relay.deliverDue();
        assertEquals(1, receiver.deliveriesOf(List.of(id)).size(), "a delivered event is not sent again");
    }

    private static double metric(String name) {
        String line = given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on /q/metrics"));
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    @Test
    void theBacklogOfUndeliveredEventsIsOnTheMetricsEndpoint() {
        String id = awardedEvent();
        receiver.failNext(id, 2);
        relay.deliverDue();
        assertTrue(metric("portal_outbox_pending") >= 1, "the failed event is pending");

        clock.advance(Duration.ofMinutes(10));
        relay.deliverDue(); // fails again
        assertTrue(metric("portal_outbox_oldest_pending_seconds") >= 600, "its age shows");

        clock.advance(Duration.ofMinutes(10));
        relay.deliverDue();
        assertEquals(OutboxEvent.Status.DELIVERED, event(id).status);
        long stillPending = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", OutboxEvent.Status.PENDING));
        assertEquals(stillPending, (long) metric("portal_outbox_pending"));
    }

    @Test
    void aFailedDeliveryIsRetriedAfterABackoffThatGrows() {
        String id = awardedEvent();
        receiver.failNext(id, 2);
        relay.deliverDue();
        OutboxEvent failed = event(id);
        assertEquals(OutboxEvent.Status.PENDING, failed.status);
        assertEquals(1, failed.attempts);
        assertEquals("HTTP 503", failed.lastError);
        relay.deliverDue();
        assertEquals(1, receiver.deliveriesOf(List.of(id)).size(), "not retried before its backoff has passed");

        clock.advance(Duration.ofSeconds(2));
        relay.deliverDue();
        OutboxEvent twice = event(id);
        assertEquals(2, twice.attempts);
        assertTrue(Duration.between(failed.nextAttemptAt, twice.nextAttemptAt).compareTo(Duration.ofSeconds(3)) > 0,
                "the second wait is longer than the first");
        clock.advance(Duration.ofSeconds(2));
        relay.deliverDue();
        assertEquals(2, receiver.deliveriesOf(List.of(id)).size());
        clock.advance(Duration.ofSeconds(2));
        relay.deliverDue();
        assertEquals(List.of(503, 503, 202), receiver.deliveriesOf(List.of(id)).stream().map(MentorshipReceiver.Delivery::status).toList());
        assertEquals(OutboxEvent.Status.DELIVERED, event(id).status);
    }

    @Test
    void eventsOfOneAggregateArriveInOrderEvenAcrossFailures() {
        String aggregate = UUID.randomUUID().toString();
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                outbox.append("Test", aggregate, Map.of("n", 1)).id.toString(),
                outbox.append("Test", aggregate, Map.of("n", 2)).id.toString(),
                outbox.append("Test", aggregate, Map.of("n", 3)).id.toString()));
        receiver.failNext(ids.get(0), 1);
        relay.deliverDue();
        assertEquals(List.of(ids.get(0)), receiver.deliveriesOf(ids).stream().map(MentorshipReceiver.Delivery::eventId).toList(),
                "later events wait while the first is failing");
        clock.advance(Duration.ofSeconds(2));
        relay.deliverDue();
        assertEquals(List.of(ids.get(0), ids.get(0), ids.get(1), ids.get(2)),
                receiver.deliveriesOf(ids).stream().map(MentorshipReceiver.Delivery::eventId).toList());
    }

    @Test
    void backoffDoublesUpToItsCap() {
        assertEquals(Duration.ofSeconds(2), relay.backoff(1));
        assertEquals(Duration.ofSeconds(8), relay.backoff(3));
        assertEquals(Duration.ofMinutes(5), relay.backoff(40));
    }
}
