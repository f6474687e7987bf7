package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gateway.rate-limit.store=redis} with nothing listening where Redis should be: the gateway starts,
 * serves every request (fail open), still limits each client in its own memory, counts the decisions taken
 * without Redis and stays ready, saying it is degraded. Limits of the test profile: anonymous 5 per minute.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(RedisDownTest.RedisUnreachable.class)
class RedisDownTest {

    public static class RedisUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.store", "redis",
                    "gateway.rate-limit.redis.url", LocalRedis.closedPortUrl());
        }
    }

    private static final Pattern FALLBACKS = Pattern.compile("(?m)^gateway_rate_limit_redis_fallbacks_total(?:\\{[^}]*})? ([0-9.E+]+)$");

    @Test
    void requestsPassAndEachReplicaLimitsOnItsOwn() {
        double before = fallbacks();
        String address = Clients.newAddress();
        for (int remaining = 4; remaining >= 0; remaining--) {
            Clients.from(address).get("/api/funding/calls")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        // degraded, not unlimited: this replica still counts the client's requests
        Clients.from(address).get("/api/funding/calls")
                .then().statusCode(429).body("type", is("/problems/rate-limited"));
        assertTrue(fallbacks() >= before + 6, "decisions without Redis counted");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_rate_limit_redis_available 0.0"));
    }

    @Test
    void readinessStaysUpAndSaysItIsDegraded() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'rate limits' }.status", is("UP"))
                .body("checks.find { it.name == 'rate limits' }.data.store", is("redis"))
                .body("checks.find { it.name == 'rate limits' }.data.redis", startsWith("DOWN (redis://127.0.0.1:"))
                .body("checks.find { it.name == 'rate limits' }.data.redis", containsString("Connection refused"))
                .body("checks.find { it.name == 'rate limits' }.data.counting", startsWith("degraded"));
    }

    private static double fallbacks() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = FALLBACKS.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
