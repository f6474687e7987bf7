package org.jointfunding.identity.common;

import org.jointfunding.kit.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashingCapacityTest {

    @Test
    void oneHashTooManyIsRefusedWithA503OnceItsWaitIsOver() throws Exception {
        HashingCapacity capacity = new HashingCapacity(1, Duration.ofMillis(50));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> busy = CompletableFuture.supplyAsync(() -> capacity.run(() -> {
            started.countDown();
            await(release);
            return "first";
        }));
        assertTrue(started.await(5, TimeUnit.SECONDS));

        ApiProblem refused = assertThrows(ApiProblem.class, () -> capacity.run(() -> "second"));
        assertEquals(503, refused.problem().status);
        assertEquals("/problems/busy", refused.problem().type);

        release.countDown();
        assertEquals("first", busy.get(5, TimeUnit.SECONDS));
        assertEquals("third", capacity.run(() -> "third"), "the permit is back once the first hash is done");
    }

    @Test
    void aFailingHashGivesItsPermitBack() {
        HashingCapacity capacity = new HashingCapacity(1, Duration.ZERO);
        assertThrows(IllegalStateException.class, () -> capacity.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("ok", capacity.run(() -> "ok"));
    }

    @Test
    void hashesRunOnTheirOwnFewThreadsNotTheCallers() throws Exception {
        HashingCapacity capacity = new HashingCapacity(2, Duration.ofSeconds(5));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> capacity.run(() -> Thread.currentThread().getName()), callers));
            }
            Set<String> hashers = new HashSet<>();
            for (CompletableFuture<String> call : calls) {
                hashers.add(call.get(5, TimeUnit.SECONDS));
            }
            assertTrue(hashers.stream().allMatch(name -> name.startsWith("argon2-")) && hashers.size() <= 2,
                    "hashed on " + hashers);
        } finally {
            callers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
