package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Limits in the test profile: anonymous 5, credentials 3, tokens 6, signed-in 5 per minute. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class RateLimitTest {

    @Inject
    GatewayConfig config;

    @Test
    void bucketsLiveInThisProcessUnlessRedisIsAskedFor() {
        assertEquals(GatewayConfig.Store.MEMORY, config.rateLimit().store());
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rate limits' }.status", is("UP"))
                .body("checks.find { it.name == 'rate limits' }.data.store", is("memory"));
    }

    @Test
    void anonymousCallsAreLimitedPerClientAddress() {
        String address = Clients.newAddress();
        for (int remaining = 4; remaining >= 0; remaining--) {
            Clients.from(address).get("/api/funding/calls")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Policy", "5;w=60");
        }
        String marker = UUID.randomUUID().toString();
        Clients.from(address).get("/api/funding/calls/" + marker)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", is("/problems/rate-limited"))
                .body("status", is(429))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", notNullValue());
        assertEquals(0, FakeServices.received().stream().filter(line -> line.contains(marker)).count());
        // another client is not affected
        Clients.anyClient().get("/api/funding/calls").then().statusCode(200);
    }

    @Test
    void credentialEndpointsHaveAStricterLimit() {
        String address = Clients.newAddress();
        Supplier<RequestSpecification> login = () -> Clients.from(address).contentType(ContentType.JSON).body("{}");
        for (int i = 0; i < 3; i++) {
            login.get().post("/api/identity/login").then().statusCode(200).header("RateLimit-Limit", "3");
        }
        login.get().post("/api/identity/login").then().statusCode(429).header("Retry-After", notNullValue());
        login.get().post("/api/identity/register").then().statusCode(429);
        login.get().post("/api/identity/password-reset").then().statusCode(429);
        // browsing open calls from the same address still has its own budget
        Clients.from(address).get("/api/funding/calls").then().statusCode(200);
    }

    @Test
    void aClientCannotChooseItsBucketByWritingXForwardedFor() {
        String address = Clients.newAddress(); // what the trusted proxy (the test client here) appends
        Supplier<RequestSpecification> login = () -> Clients.from(Clients.newAddress() + ", " + address)
                .contentType(ContentType.JSON).body("{}");
        for (int i = 0; i < 3; i++) {
            login.get().post("/api/identity/login").then().statusCode(200);
        }
        login.get().post("/api/identity/login").then().statusCode(429);
    }

    @Test
    void signedInCallsAreLimitedPerSubjectWhateverTheAddress() {
        String bearer = TestKeys.bearer(UUID.randomUUID().toString());
        for (int i = 0; i < 5; i++) {
            Clients.anyClient().header("Authorization", bearer).get("/api/mentorship/matches")
                    .then().statusCode(200).header("RateLimit-Limit", "5");
        }
        Clients.anyClient().header("Authorization", bearer).get("/api/mentorship/matches")
                .then().statusCode(429).body("type", is("/problems/rate-limited"));
        Clients.signedIn().get("/api/mentorship/matches").then().statusCode(200);
    }

    @Test
    void refreshesHaveTheirOwnBudgetSoAnOfficeBehindOneAddressKeepsItsSessions() {
        String address = Clients.newAddress();
        Supplier<RequestSpecification> login = () -> Clients.from(address).contentType(ContentType.JSON).body("{}");
        Supplier<RequestSpecification> refresh = () -> Clients.from(address).contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", "opaque");
        for (int i = 0; i < 3; i++) {
            login.get().post("/api/identity/login").then().statusCode(200);
        }
        login.get().post("/api/identity/login").then().statusCode(429);
        for (int i = 0; i < 6; i++) {
            refresh.get().post("/api/identity/token").then().statusCode(200).header("RateLimit-Limit", "6");
        }
        refresh.get().post("/api/identity/token").then().statusCode(429).body("type", is("/problems/rate-limited"));
    }

    @Test
    void anIpv6ClientIsKeyedByItsSlash64() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String prefix = String.format("2001:db8:%x:%x", random.nextInt(0x10000), random.nextInt(0x10000));
        for (int i = 1; i <= 5; i++) {
            // a client hopping between addresses of its own /64 still spends one budget
            Clients.from(prefix + ":" + Integer.toHexString(i) + "::" + Integer.toHexString(random.nextInt(1, 0x10000)))
                    .get("/api/funding/calls").then().statusCode(200);
        }
        Clients.from(prefix + ":ffff::1").get("/api/funding/calls").then().statusCode(429);
        Clients.from(String.format("2001:db8:%x:%x::1", random.nextInt(0x10000), random.nextInt(0x10000)))
                .get("/api/funding/calls").then().statusCode(200);
    }
}
