package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class UpstreamFailureTest {

    @Inject
    TestClock clock;

    @Test
    void aServiceThatIsDownGivesAProblemAndTheGatewayRecoversWhenItIsBack() {
        Clients.signedIn().get("/api/mentorship/matches").then().statusCode(200); // pooled connections exist
        FakeServices.stopService("mentorship");
        try {
            Clients.signedIn().get("/api/mentorship/matches")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", is("/problems/upstream-unavailable"))
                    .body("status", is(503))
                    .body("service", is("mentorship"))
                    .header("X-Request-Id", notNullValue());
            // the other services are unaffected
            Clients.signedIn().get("/api/funding/applications").then().statusCode(200);
            given().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'upstream services' }.data.mentorship", startsWith("DOWN"))
                    .body("checks.find { it.name == 'upstream services' }.data.funding", is("UP"));
            clock.advance(Duration.ofMinutes(5)); // past any merged document cached by other tests
            given().get("/openapi")
                    .then().statusCode(200)
                    .body("'x-unavailable-services'", is(List.of("mentorship")))
                    .body(not(containsString("127.0.0.1")))
                    .body("paths.'/api/funding/things'", notNullValue());
        } finally {
            FakeServices.startService("mentorship");
        }
        // the incomplete document is kept a little while, so requests do not make the gateway ask every service each time
        given().get("/openapi").then().statusCode(200).body("'x-unavailable-services'", is(List.of("mentorship")));
        clock.advance(Duration.ofSeconds(11));
        Clients.signedIn().get("/api/mentorship/matches").then().statusCode(200).body("service", is("mentorship"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/openapi").then().statusCode(200).body("'x-unavailable-services'", nullValue());
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGivesAGatewayTimeoutProblem() {
        Clients.signedIn().get("/api/funding/slow/report")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", is("/problems/upstream-timeout"))
                .body("service", is("funding"));
        // the slow call did not poison the pool
        Clients.signedIn().get("/api/funding/applications").then().statusCode(200);
    }
}
