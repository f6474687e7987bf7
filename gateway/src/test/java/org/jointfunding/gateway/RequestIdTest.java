package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class RequestIdTest {

    @Test
    void aValidRequestIdIsForwardedAndReturned() {
        Response response = Clients.signedIn().header("X-Request-Id", "script-42.run_7").get("/api/funding/applications");
        response.then().statusCode(200).body("headers.x-request-id", is("script-42.run_7"));
        // one value only, although the service set its own
        assertEquals(java.util.List.of("script-42.run_7"), response.headers().getValues("X-Request-Id"));
    }

    @Test
    void aMissingRequestIdIsGeneratedForwardedAndReturned() {
        Response response = Clients.signedIn().get("/api/funding/applications");
        String returned = response.header("X-Request-Id");
        response.then().statusCode(200).body("headers.x-request-id", is(returned));
        assertTrue(returned.matches("[0-9a-f-]{36}"), returned);
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        for (String unsafe : new String[] {"a b", "x".repeat(129), "<script>", "id\u00e9"}) {
            Response response = Clients.signedIn().header("X-Request-Id", unsafe).get("/api/funding/applications");
            String returned = response.header("X-Request-Id");
            assertNotEquals(unsafe, returned);
            response.then().body("headers.x-request-id", is(returned));
        }
    }

    @Test
    void answersOfTheGatewayItselfCarryTheRequestId() {
        Clients.anyClient().header("X-Request-Id", "edge-401").get("/api/funding/applications")
                .then().statusCode(401).header("X-Request-Id", "edge-401");
        given().header("X-Request-Id", "health-1").get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", "health-1");
    }
}
