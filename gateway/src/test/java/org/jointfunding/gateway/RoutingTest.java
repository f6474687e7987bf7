package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class RoutingTest {

    @Test
    void routesEachPrefixToItsServiceWithoutRewriting() {
        String marker = UUID.randomUUID().toString();
        for (String service : FakeServices.NAMES) {
            Clients.signedIn().get("/api/" + service + "/things/" + marker + "?x=1")
                    .then().statusCode(200)
                    .body("service", is(service))
                    .body("uri", is("/api/" + service + "/things/" + marker + "?x=1"));
        }
        assertTrue(FakeServices.receivedAnyContaining(marker), "static state shared with the test resource");
    }
}
