package org.jointfunding.mentorship.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.mentorship.Api;
import org.jointfunding.mentorship.TestClock;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.mentorship.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Idempotency-Key as every service honours it (service-kit): a retry replays the first answer, a
 * concurrent retry too, the same key with another request is refused; a key is remembered for
 * portal.idempotency.retention (1 day), then starts afresh.
 */
@QuarkusTest
class IdempotencyTest {

    private static final TestTokens ADMIN = TestTokens.user("ADMIN");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Inject
    Idempotency idempotency;

    @Inject
    EntityManager db;

    private static ExtractableResponse<Response> create(String key, Map<String, Object> program) {
        return as(ADMIN).header("Idempotency-Key", key).body(program).post("/api/mentorship/programs").then().extract();
    }

    private long records(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select count(*) from idempotency_record where key = ?1").setParameter(1, key).getSingleResult()).longValue());
    }

    @Test
    void aRetryGetsTheFirstAnswerAndAnotherRequestWithTheSameKeyIsRefused() {
        String key = Api.unique("key");
        Map<String, Object> program = Api.programBody(clock.instant());
        var first = create(key, program);
        assertEquals(201, first.statusCode());
        var retry = create(key, program);
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.<String>path("id"), retry.<String>path("id"));

        as(ADMIN).header("Idempotency-Key", key).body(Api.programBody(clock.instant())).post("/api/mentorship/programs")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void concurrentRetriesMakeOneObjectAndEachGetsItsAnswer() throws Exception {
        String key = Api.unique("key");
        Map<String, Object> program = Api.programBody(clock.instant());
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<ExtractableResponse<Response>>> attempts = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> create(key, program), pool)).toList();
            List<ExtractableResponse<Response>> answers = attempts.stream().map(CompletableFuture::join).toList();
            assertTrue(answers.stream().allMatch(a -> a.statusCode() == 201),
                    () -> answers.stream().map(a -> a.statusCode() + " " + a.asString()).toList().toString());
            assertEquals(1, answers.stream().map(a -> a.<String>path("id")).distinct().count());
            assertEquals(3, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aKeyOlderThanTheRetentionCreatesAgain() {
        String key = Api.unique("key");
        Map<String, Object> program = Api.programBody(clock.instant());
        String first = create(key, program).path("id");
        clock.advance(Duration.ofHours(23));
        assertEquals(first, create(key, program).path("id"));

        clock.advance(Duration.ofHours(2));
        String second = create(key, program).path("id");
        assertNotEquals(first, second, "an expired key creates a new program");
        assertEquals(second, create(key, program).path("id"), "and is remembered again");
    }

    @Test
    void theSweepDeletesExpiredAnswersOnly() {
        String old = Api.unique("key");
        create(old, Api.programBody(clock.instant()));
        clock.advance(Duration.ofHours(12));
        String fresh = Api.unique("key");
        create(fresh, Api.programBody(clock.instant()));

        clock.advance(Duration.ofHours(13));
        assertTrue(idempotency.forgetExpired() >= 1);
        assertEquals(0, idempotency.forgetExpired());
        assertEquals(0, records(old));
        assertEquals(1, records(fresh));
    }
}
