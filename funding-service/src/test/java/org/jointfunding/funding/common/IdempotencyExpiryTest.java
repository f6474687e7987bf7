package org.jointfunding.funding.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.funding.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jointfunding.funding.support.Fixtures.ADMIN;
import static org.jointfunding.funding.support.Fixtures.as;
import static org.jointfunding.funding.support.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An Idempotency-Key is remembered for portal.idempotency.retention (1 day), then starts afresh. */
@QuarkusTest
class IdempotencyExpiryTest {

    @Inject
    TestClock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    EntityManager db;

    private long records(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select count(*) from idempotency_record where key = ?1").setParameter(1, key).getSingleResult()).longValue());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> agency(String code) {
        return Map.of("code", code, "name", "Agency " + code, "country", "MY", "currency", "MYR");
    }

    @Test
    void aKeyOlderThanTheRetentionCreatesAgain() {
        String key = unique("key");
        String first = unique("MY");
        as(ADMIN).header("Idempotency-Key", key).body(agency(first)).post("/api/funding/agencies").then().statusCode(201);

        clock.advance(Duration.ofHours(23));
        as(ADMIN).header("Idempotency-Key", key).body(agency(unique("MY"))).post("/api/funding/agencies")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));

        clock.advance(Duration.ofHours(2));
        String second = unique("MY");
        as(ADMIN).header("Idempotency-Key", key).body(agency(second)).post("/api/funding/agencies")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).header("Location", endsWith(second));
        // the key now remembers the second create
        as(ADMIN).header("Idempotency-Key", key).body(agency(second)).post("/api/funding/agencies")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", endsWith(second));
    }

    @Test
    void theSweepDeletesExpiredRecordsOnly() {
        String key = unique("key");
        as(ADMIN).header("Idempotency-Key", key).body(agency(unique("MY"))).post("/api/funding/agencies").then().statusCode(201);
        clock.advance(Duration.ofHours(12));
        String fresh = unique("key");
        as(ADMIN).header("Idempotency-Key", fresh).body(agency(unique("MY"))).post("/api/funding/agencies").then().statusCode(201);

        clock.advance(Duration.ofHours(13));
        assertTrue(idempotency.forgetExpired() >= 1);
        assertEquals(0, idempotency.forgetExpired());
        assertEquals(0, records(key));
        assertEquals(1, records(fresh));
    }
}
