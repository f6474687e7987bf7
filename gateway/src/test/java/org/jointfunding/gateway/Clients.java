package org.jointfunding.gateway;

import io.restassured.specification.RequestSpecification;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Requests from distinct client addresses (a trusted X-Forwarded-For in tests), so rate-limit buckets never meet. */
final class Clients {

    private Clients() {
    }

    static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** A request from a client address never used before. */
    static RequestSpecification anyClient() {
        return from(newAddress());
    }

    static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    /** A signed-in request from a fresh subject and a fresh address. */
    static RequestSpecification signedIn() {
        return anyClient().header("Authorization", TestKeys.bearer(java.util.UUID.randomUUID().toString()));
    }
}
