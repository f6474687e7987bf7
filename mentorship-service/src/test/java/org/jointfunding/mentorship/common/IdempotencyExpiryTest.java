package org.jointfunding.mentorship.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.mentorship.Api;
import org.jointfunding.mentorship.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.jointfunding.mentorship.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An Idempotency-Key is remembered for portal.idempotency.retention (1 day), then starts afresh. */
@QuarkusTest
class IdempotencyExpiryTest {

    private static final TestTokens ADMIN = TestTokens.user("ADMIN");

    @Inject
    TestClock clock;

    @Inject
    Idempotency idempotency;

    private String createProgram(String key) {
        return as(ADMIN).header("Idempotency-Key", key).body(Api.programBody(clock.instant()))
                .post("/api/mentorship/programs").then().statusCode(201).extract().path("id");
    }

    @Test
    void aKeyOlderThanTheRetentionCreatesAgain() {
        String key = Api.unique("key");
        String first = createProgram(key);
        clock.advance(Duration.ofHours(23));
        assertEquals(first, createProgram(key));

        clock.advance(Duration.ofHours(2));
        String second = createProgram(key);
        assertNotEquals(first, second, "an expired key creates a new program");
        assertEquals(second, createProgram(key), "and is remembered again");
    }

    @Test
    void theSweepDeletesExpiredAnswersOnly() {
        String old = Api.unique("key");
        createProgram(old);
        clock.advance(Duration.ofHours(12));
        String fresh = Api.unique("key");
        createProgram(fresh);

        clock.advance(Duration.ofHours(13));
        assertTrue(idempotency.forgetExpired() >= 1);
        assertEquals(0, idempotency.forgetExpired());
        assertEquals(0, IdempotentResponse.count("idempotencyKey = ?1", old));
        assertEquals(1, IdempotentResponse.count("idempotencyKey = ?1", fresh));
    }
}
