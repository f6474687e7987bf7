package org.jointfunding.funding.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.funding.support.EventReceivers;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.funding.support.TestClock;
import org.jointfunding.kit.outbox.Outbox;
import org.jointfunding.kit.outbox.OutboxEvent;
import org.jointfunding.kit.outbox.OutboxRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.act;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.reviewed;
import static org.jointfunding.funding.support.Fixtures.startEvaluation;
import static org.jointfunding.funding.support.Fixtures.startup;
import static org.jointfunding.funding.support.Fixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** funding's outbox as the shared service-kit relay delivers it to mentorship and notifications. */
@QuarkusTest
class OutboxRelayTest {

    private static final String MENTORSHIP = "mentorship";
    private static final String NOTIFICATIONS = "notifications";

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    EventReceivers receivers;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static OutboxEvent event(String id, String destination) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("id = ?1 and destination = ?2", UUID.fromString(id), destination).firstResult());
    }

    private String awardedEvent() {
        JointCallFixture call = Fixtures.openCall("1000", "1000");
        String application = submitted(startup(), call, "100", null);
        startEvaluation(call);
        reviewed(call, application, 8, 8);
        act(call.myAdmin(), "/api/funding/applications/" + application + "/award/approve");
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("aggregateId = ?1 and type = ?2", application, "ApplicationAwarded").firstResult().id.toString());
    }

    private List<String> testEvents(int count) {
        String aggregate = UUID.randomUUID().toString();
        return QuarkusTransaction.requiringNew().call(() -> java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> outbox.append("Test", aggregate, Map.of("n", n)).toString()).toList());
    }

    @Test
    void anAwardReachesEachReceiverOnceWithTheServiceCredential() {
        String id = awardedEvent();
        relay.deliverDue();
        for (String destination : List.of(MENTORSHIP, NOTIFICATIONS)) {
            List<EventReceivers.Delivery> deliveries = receivers.deliveriesOf(destination, List.of(id));
            assertEquals(1, deliveries.size(), destination);
            assertEquals("local-dev-events-credential", deliveries.get(0).credential());
            assertTrue(deliveries.get(0).body().contains("type=ApplicationAwarded"), deliveries.get(0).body());
            assertTrue(deliveries.get(0).body().contains("consortiumCountries=[MY, IR]"), deliveries.get(0).body());
            OutboxEvent event = event(id, destination);
            assertEquals(OutboxEvent.Status.DELIVERED, event.status);
            assertNotNull(event.deliveredAt);
        }
        relay.deliverDue();
        assertEquals(1, receivers.deliveriesOf(MENTORSHIP, List.of(id)).size(), "a delivered event is not sent again");
    }

    @Test
    void aReceiverGetsOnlyTheTypesItTakes() {
        List<String> ids = testEvents(1);
        relay.deliverDue();
        assertEquals(1, receivers.deliveriesOf(NOTIFICATIONS, ids).size());
        assertEquals(0, receivers.deliveriesOf(MENTORSHIP, ids).size(), "mentorship takes ApplicationAwarded only");
    }

    private static double metric(String name) {
        return metricLine(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .orElseThrow(() -> new AssertionError(name + " is not on /q/metrics"));
    }

    /** The value of the first line of /q/metrics that matches. */
    private static OptionalDouble metricLine(Predicate<String> matches) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(matches).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst();
    }

    @Test
    void theBacklogOfUndeliveredEventsIsOnTheMetricsEndpoint() {
        String id = testEvents(1).get(0);
        receivers.answer(NOTIFICATIONS, id, 503, 503);
        relay.deliverDue();
        assertTrue(metric("portal_outbox_pending") >= 1, "the failed event is pending");

        clock.advance(Duration.ofMinutes(10));
        relay.deliverDue(); // fails again
        assertTrue(metric("portal_outbox_oldest_pending_seconds") >= 600, "its age shows");

        clock.advance(Duration.ofMinutes(10));
        relay.deliverDue();
        assertEquals(OutboxEvent.Status.DELIVERED, event(id, NOTIFICATIONS).status);
        long stillPending = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", OutboxEvent.Status.PENDING));
        assertEquals(stillPending, (long) metric("portal_outbox_pending"));
    }

    /** {@code portal_outbox_deliveries_total} of one outcome to notifications; 0 before the first. */
    private static double deliveries(String outcome) {
        String series = "portal_outbox_deliveries_total{destination=\"notifications\",outcome=\"" + outcome + "\"} ";
        return metricLine(l -> l.startsWith(series)).orElse(0);
    }

    @Test
    void eachDeliveryAttemptIsCountedByReceiverAndOutcome() {
        relay.deliverDue(); // what earlier tests left due
        String id = testEvents(1).get(0);
        receivers.answer(NOTIFICATIONS, id, 503);
        double failed = deliveries("failed");
        double delivered = deliveries("delivered");
        relay.deliverDue();
        assertEquals(failed + 1, deliveries("failed"));
        assertEquals(delivered, deliveries("delivered"));

        clock.advance(Duration.ofSeconds(2));
        relay.deliverDue();
        assertEquals(OutboxEvent.Status.DELIVERED, event(id, NOTIFICATIONS).status);
        assertTrue(deliveries("delivered") >= delivered + 1, "the retry's delivery counted (and whatever else was due)");
    }

    @Test
    void aFailedDeliveryIsRetriedAfterABackoffThatGrows() {
        String id = testEvents(1).get(0);
        receivers.answer(NOTIFICATIONS, id, 503, 503);
        relay.deliverDue();
        OutboxEvent failed = event(id, NOTIFICATIONS);
        assertEquals(OutboxEvent.Status.PENDING, failed.status);
        assertEquals(1, failed.attempts);
        assertEquals("HTTP 503", failed.lastError);
        relay.deliverDue();
        assertEquals(1, receivers.deliveriesOf(NOTIFICATIONS, List.of(id)).size(), "not retried before its backoff has passed");

        clock.advance(Duration.ofSeconds(2));
        relay.deliverDue();
        OutboxEvent twice = event(id, NOTIFICATIONS);
        assertEquals(2, twice.attempts);
        assertTrue(Duration.between(failed.nextAttemptAt, twice.nextAttemptAt).compareTo(Duration.ofSeconds(3)) > 0,
                "the second wait is longer than the first");
        clock.advance(Duration.ofSeconds(4));
        relay.deliverDue();
        assertEquals(List.of(503, 503, 202), receivers.deliveriesOf(NOTIFICATIONS, List.of(id)).stream()
                .map(EventReceivers.Delivery::status).toList());
        assertEquals(OutboxEvent.Status.DELIVERED, event(id, NOTIFICATIONS).status);
    }

    @Test
    void eventsOfOneAggregateArriveInOrderEvenAcrossFailures() {
        List<String> ids = testEvents(3);
        receivers.answer(NOTIFICATIONS, ids.get(0), 503);
        relay.deliverDue();
        assertEquals(List.of(ids.get(0)), receivers.deliveriesOf(NOTIFICATIONS, ids).stream().map(EventReceivers.Delivery::eventId).toList(),
                "later events wait while the first is failing");
        clock.advance(Duration.ofSeconds(2));
        relay.deliverDue();
        assertEquals(List.of(ids.get(0), ids.get(0), ids.get(1), ids.get(2)),
                receivers.deliveriesOf(NOTIFICATIONS, ids).stream().map(EventReceivers.Delivery::eventId).toList());
    }

    @Test
    void anEventBehindManyHeldBackOnesIsStillFound() {
        relay.deliverDue();
        List<String> heldBack = testEvents(600); // its first one failing: the walk reads past all 600, pages of 200 and more
        receivers.answer(NOTIFICATIONS, heldBack.get(0), 503);
        relay.deliverDue();
        String behind = testEvents(1).get(0);
        relay.deliverDue();
        assertEquals(1, receivers.deliveriesOf(NOTIFICATIONS, List.of(behind)).size(), "found after the held-back aggregate's events");
        assertEquals(List.of(heldBack.get(0)), receivers.deliveriesOf(NOTIFICATIONS, heldBack).stream()
                .map(EventReceivers.Delivery::eventId).toList(), "the rest still wait for the first");
    }

    @Test
    void eventsOfDifferentAggregatesAreDeliveredSideBySide() {
        relay.deliverDue(); // what earlier tests left due, so that the three below travel in one batch
        List<String> ids = Stream.generate(() -> testEvents(1).get(0)).limit(3).toList();
        receivers.answerTogether(NOTIFICATIONS, ids);
        relay.deliverDue();
        assertEquals(List.of(202, 202, 202), receivers.deliveriesOf(NOTIFICATIONS, ids).stream()
                .map(EventReceivers.Delivery::status).toList(), "each was answered only once all three were in flight");
        ids.forEach(id -> assertEquals(OutboxEvent.Status.DELIVERED, event(id, NOTIFICATIONS).status));
    }

    @Test
    void twoRelaysAtOnceDeliverEveryEventOnceAndInOrder() throws Exception {
        relay.deliverDue(); // what earlier tests left due
        List<List<String>> lanes = Stream.generate(() -> testEvents(3)).limit(40).toList();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> run : replicas.invokeAll(List.<Callable<Integer>>of(relay::deliverDue, relay::deliverDue))) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        lanes.forEach(ids -> assertEquals(ids, receivers.deliveriesOf(NOTIFICATIONS, ids).stream()
                .map(EventReceivers.Delivery::eventId).toList(), "each event once, in its aggregate's order"));
    }

    @Test
    void lanesAnotherReplicaIsClaimingAreSkippedAndTheOthersDelivered() throws Exception {
        relay.deliverDue();
        List<String> claimedElsewhere = Stream.generate(() -> testEvents(1).get(0)).limit(50).toList(); // a whole batch of heads
        List<String> others = testEvents(2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        // another replica in the middle of its claim: those heads' rows locked in a transaction of its own
        Thread replica = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select seq from outbox_event where destination = 'notifications' and id in (:ids) for update")
                    .setParameter("ids", claimedElsewhere.stream().map(UUID::fromString).toList()).getResultList();
            held.countDown();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        replica.start();
        try {
            assertTrue(held.await(30, TimeUnit.SECONDS));
            relay.deliverDue();
        } finally {
            released.countDown();
            replica.join();
        }
        assertEquals(others, receivers.deliveriesOf(NOTIFICATIONS, others).stream().map(EventReceivers.Delivery::eventId).toList(),
                "the walk went past the lanes being claimed elsewhere");
        assertEquals(List.of(), receivers.deliveriesOf(NOTIFICATIONS, claimedElsewhere));
        relay.deliverDue();
        List<String> later = receivers.deliveriesOf(NOTIFICATIONS, claimedElsewhere).stream().map(EventReceivers.Delivery::eventId).toList();
        assertEquals(claimedElsewhere.size(), later.size(), "each once, once the other replica let go");
        assertEquals(Set.copyOf(claimedElsewhere), Set.copyOf(later));
    }

    @Test
    void aPermanentRefusalDeadLettersTheEventWithoutBlockingTheNextOnes() {
        List<String> ids = testEvents(2);
        receivers.answer(NOTIFICATIONS, ids.get(0), 400);
        relay.deliverDue();
        assertEquals(OutboxEvent.Status.DEAD_LETTERED, event(ids.get(0), NOTIFICATIONS).status);
        assertEquals(OutboxEvent.Status.DELIVERED, event(ids.get(1), NOTIFICATIONS).status);
        assertTrue(metric("portal_outbox_dead_lettered") >= 1);

        long seq = event(ids.get(0), NOTIFICATIONS).seq;
        as(ADMIN).queryParam("status", "DEAD_LETTERED").queryParam("destination", NOTIFICATIONS).get("/api/funding/admin/events")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(ids.get(0)));
        as(ADMIN).get("/api/funding/admin/events/" + seq).then().statusCode(200).body("lastError", equalTo("HTTP 400"))
                .body("payload", org.hamcrest.Matchers.containsString(ids.get(0)));
        as(ADMIN).post("/api/funding/admin/events/" + seq + "/retry").then().statusCode(200).body("status", equalTo("PENDING"));
        as(ADMIN).post("/api/funding/admin/events/" + seq + "/retry").then().statusCode(409);
        relay.deliverDue();
        assertEquals(OutboxEvent.Status.DELIVERED, event(ids.get(0), NOTIFICATIONS).status);
    }

    @Test
    void anEventForAReceiverNoLongerConfiguredIsDeadLetteredWithTheReason() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent event = new OutboxEvent();
            event.id = id;
            event.destination = "retired";
            event.type = "Test";
            event.aggregateId = id.toString();
            event.occurredAt = clock.instant();
            event.status = OutboxEvent.Status.PENDING;
            event.nextAttemptAt = clock.instant();
            event.payload = "{}";
            event.persist();
        });
        relay.deliverDue();
        OutboxEvent event = event(id.toString(), "retired");
        assertEquals(OutboxEvent.Status.DEAD_LETTERED, event.status);
        assertTrue(event.lastError.contains("No receiver named retired"), event.lastError);
    }

    @Test
    void anEventThatFailsTooOftenIsDeadLettered() {
        String id = testEvents(1).get(0);
        Integer[] failures = new Integer[15];
        java.util.Arrays.fill(failures, 503);
        receivers.answer(NOTIFICATIONS, id, failures);
        for (int attempt = 0; attempt < 15; attempt++) {
            relay.deliverDue();
            clock.advance(Duration.ofMinutes(6));
        }
        OutboxEvent event = event(id, NOTIFICATIONS);
        assertEquals(OutboxEvent.Status.DEAD_LETTERED, event.status);
        assertEquals(15, event.attempts);
    }

    @Test
    void deliveredEventsArePurgedAfterTheirRetention() {
        String id = testEvents(1).get(0);
        relay.deliverDue();
        clock.advance(Duration.ofDays(8));
        assertTrue(relay.purgeDelivered() >= 1);
        assertEquals(null, event(id, NOTIFICATIONS));
    }

    @Test
    void onlyAnAdministratorSeesTheOutbox() {
        as(Fixtures.startup()).get("/api/funding/admin/events").then().statusCode(403);
        as(ADMIN).queryParam("status", "LOST").get("/api/funding/admin/events").then().statusCode(400);
        as(ADMIN).get("/api/funding/admin/events/999999999").then().statusCode(404);
    }

    @Test
    void backoffDoublesUpToItsCap() {
        assertEquals(Duration.ofSeconds(2), relay.backoff(1));
        assertEquals(Duration.ofSeconds(8), relay.backoff(3));
        assertEquals(Duration.ofMinutes(5), relay.backoff(40));
    }
}
