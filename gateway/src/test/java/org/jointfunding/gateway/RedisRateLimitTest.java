package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gateway.rate-limit.store=redis} against the local Redis: two replicas, the running gateway and a
 * {@link SecondReplica} with its own connection, count one client's requests in one bucket. Limits of the
 * test profile: anonymous 5 per minute.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(RedisRateLimitTest.SharedThroughRedis.class)
class RedisRateLimitTest {

    public static class SharedThroughRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.store", "redis",
                    "gateway.rate-limit.redis.url", LocalRedis.URL,
                    "gateway.rate-limit.redis.key-prefix", LocalRedis.newKeyPrefix());
        }
    }

    private static LocalRedis redis;

    @Inject
    GatewayConfig config;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Test
    void twoReplicasSpendOneBudgetAndRefuseAlike() {
        String address = Clients.newAddress();
        try (SecondReplica second = new SecondReplica(config)) {
            for (int remaining = 4; remaining >= 2; remaining--) {
                Clients.from(address).get("/api/funding/calls")
                        .then().statusCode(200).header("RateLimit-Remaining", String.valueOf(remaining));
            }
            for (int remaining = 1; remaining >= 0; remaining--) {
                second.from(address).get("/api/funding/calls")
                        .then().statusCode(200).body("replica", is(2))
                        .header("RateLimit-Limit", "5")
                        .header("RateLimit-Remaining", String.valueOf(remaining));
            }
            String marker = UUID.randomUUID().toString();
            Response bySecond = second.from(address).get("/api/funding/calls/" + marker);
            Response byGateway = Clients.from(address).get("/api/funding/calls/" + marker);
            for (Response refusal : new Response[]{bySecond, byGateway}) {
                refusal.then().statusCode(429)
                        .contentType("application/problem+json")
                        .body("type", is("/problems/rate-limited"))
                        .header("Retry-After", notNullValue())
                        .header("RateLimit-Remaining", "0")
                        .header("RateLimit-Policy", "5;w=60");
                assertEquals(refusal.header("Retry-After"), refusal.jsonPath().getString("retryAfterSeconds"));
            }
            assertEquals(withoutRetryTime(bySecond.jsonPath()), withoutRetryTime(byGateway.jsonPath()));
            long secondWaits = bySecond.jsonPath().getLong("retryAfterSeconds");
            long gatewayWaits = byGateway.jsonPath().getLong("retryAfterSeconds");
            assertTrue(gatewayWaits > 0 && Math.abs(secondWaits - gatewayWaits) <= 1, secondWaits + " s and " + gatewayWaits + " s");
            assertTrue(FakeServices.received().stream().noneMatch(line -> line.contains(marker)));
            // another client is not affected, on either replica
            second.from(Clients.newAddress()).get("/api/funding/calls").then().statusCode(200);
            Clients.anyClient().get("/api/funding/calls").then().statusCode(200);
        }
    }

    @Test
    void bucketsLiveUnderThePrefixAndExpireWhenIdle() {
        String address = Clients.newAddress();
        Clients.from(address).get("/api/funding/calls").then().statusCode(200);
        String key = config.rateLimit().redis().keyPrefix() + "anonymous:5/60s:" + address;
        long ttl = redis.pttl(key);
        // one token of 5 per minute comes back in 12 s; the key is kept a second longer
        assertTrue(ttl > 10_000 && ttl <= 13_000, key + " expires in " + ttl + " ms");
    }

    @Test
    void readinessNamesTheStoreAndRedisState() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rate limits' }.status", is("UP"))
                .body("checks.find { it.name == 'rate limits' }.data.store", is("redis"))
                .body("checks.find { it.name == 'rate limits' }.data.redis", startsWith("UP (redis://127.0.0.1"))
                .body("checks.find { it.name == 'rate limits' }.data.counting", is("shared by every replica"));
    }

    private static Map<String, Object> withoutRetryTime(JsonPath problem) {
        Map<String, Object> document = new java.util.HashMap<>(problem.getMap(""));
        document.remove("retryAfterSeconds");
        document.put("detail", String.valueOf(document.get("detail")).replaceAll("retry in \\d+ s", "retry in N s"));
        return document;
    }
}
