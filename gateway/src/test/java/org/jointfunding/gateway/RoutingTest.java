package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class RoutingTest {

    @Test
    void routesEachPrefixToItsServiceWithoutRewriting() {
        String marker = UUID.randomUUID().toString();
        for (String service : FakeServices.NAMES) {
            Clients.signedIn().urlEncodingEnabled(false).get("/api/" + service + "/things/" + marker + "?x=1&y=%20z")
                    .then().statusCode(200)
                    .body("service", is(service))
                    .body("uri", is("/api/" + service + "/things/" + marker + "?x=1&y=%20z"));
        }
        assertTrue(FakeServices.receivedAnyContaining(marker));
    }

    @Test
    void streamsRequestBodiesToTheServiceIntact() {
        String big = "x".repeat(1_000_000);
        Clients.signedIn().contentType(ContentType.TEXT).body(big)
                .post("/api/funding/applications")
                .then().statusCode(200)
                .body("method", is("POST"))
                .body("bodyLength", is(1_000_000));
        Clients.signedIn().contentType(ContentType.JSON).body("{\"title\":\"Solar\"}")
                .put("/api/mentorship/profiles/me")
                .then().statusCode(200).body("body", is("{\"title\":\"Solar\"}"));
    }

    @Test
    void aClientCannotNameItsOwnAddressToTheServices() {
        Clients.from("2001:db8:1:2:aaaa::9").header("X-Client-Address", "198.51.100.99")
                .get("/api/funding/calls")
                .then().statusCode(200)
                .body("headers.x-client-address", is("2001:db8:1:2::/64"));
    }

    @Test
    void tellsTheServiceWhoCalledAndHow() {
        Clients.from("203.0.113.7").header("Authorization", TestKeys.bearer(UUID.randomUUID().toString()))
                .get("/api/funding/whoami")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", startsWith("203.0.113.7, "))
                .body("headers.x-forwarded-for", endsWith("127.0.0.1"))
                .body("headers.x-forwarded-proto", is("http"))
                .body("headers.x-client-address", is("203.0.113.7"))
                .body("headers.host", is("localhost:" + RestAssured.port)) // Location headers point at the gateway
                .body("headers.x-forwarded-host", is("localhost:" + RestAssured.port))
                .body("headers.authorization", startsWith("Bearer "));
    }

    @Test
    void passesTheCallersTraceContextOnUnchangedWhileTheGatewayDoesNotTrace() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Clients.signedIn().header("traceparent", traceparent).header("tracestate", "portal=1")
                .get("/api/mentorship/matches")
                .then().statusCode(200)
                .body("headers.traceparent", is(traceparent))
                .body("headers.tracestate", is("portal=1"));
    }

    @Test
    void internalEndpointsAreNeverRouted() {
        String marker = UUID.randomUUID().toString();
        for (String path : new String[] {
                "/internal/events/" + marker,
                "/api/mentorship/internal/events/" + marker,
                "/api/funding/INTERNAL/events/" + marker}) {
            Clients.signedIn().contentType(ContentType.JSON).body("{}").post(path)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", is("/problems/not-found"))
                    .body("status", is(404));
        }
        assertFalse(FakeServices.receivedAnyContaining(marker));
    }

    @Test
    void pathsThatCouldEscapeThePrefixAreRefused() {
        String marker = UUID.randomUUID().toString();
        for (String path : new String[] {
                "/api/mentorship/x/../../internal/events/" + marker,
                "/api/mentorship/%2e%2e/%2e%2e/internal/events/" + marker,
                "/api/funding/..;/..;/internal/events/" + marker,
                "/api/funding/calls;jsessionid=1/" + marker}) {
            Clients.signedIn().urlEncodingEnabled(false).post(path)
                    .then().statusCode(org.hamcrest.Matchers.oneOf(400, 404))
                    .contentType("application/problem+json");
        }
        assertFalse(FakeServices.receivedAnyContaining(marker));
    }

    @Test
    void unknownApiPrefixIsANotFoundProblem() {
        Clients.signedIn().get("/api/payments/anything")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"));
    }

    @Test
    void aPrefixIsMatchedWholeSegmentByWholeSegment() {
        Clients.signedIn().get("/api/funding").then().statusCode(200).body("service", is("funding"));
        String marker = UUID.randomUUID().toString();
        for (String path : new String[] {"/api/fundingx/" + marker, "/api/FUNDING/" + marker}) {
            Clients.signedIn().get(path).then().statusCode(404).body("type", is("/problems/not-found"));
        }
        assertFalse(FakeServices.receivedAnyContaining(marker));
    }

    @Test
    void healthAndMetricsAnswerOperatorsOnly() {
        // a client from outside, through the trusted proxy: as if the paths did not exist
        Clients.anyClient().get("/q/health/ready").then().statusCode(404).body("type", is("/problems/not-found"));
        Clients.anyClient().get("/q/metrics").then().statusCode(404);
        Clients.from("127.0.0.1, " + Clients.newAddress()).get("/q/health").then().statusCode(404);
        // the machine itself (gateway.operations.allowed-clients)
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("upstream services"));
        RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
        // Swagger UI stays public
        Clients.anyClient().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void requestMetricsAreCountedPerServiceNotPerPath() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Clients.anyClient().get("/api/funding/calls/" + first).then().statusCode(200);
        Clients.anyClient().get("/api/funding/calls/" + second).then().statusCode(200);

        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("uri=\"/api/funding/{path}\""), "proxied requests tagged by service");
        assertFalse(metrics.contains(first) || metrics.contains(second), "no meter per id: that would grow without bound");
    }
}
