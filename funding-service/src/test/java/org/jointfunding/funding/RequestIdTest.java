package org.jointfunding.funding;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RequestIdTest {

    @Test
    void keepsTheGatewaysRequestId() {
        given().header("X-Request-Id", "req-42.abc_DEF")
                .get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", is("req-42.abc_DEF"));
    }

    @Test
    void replacesAnInvalidOrMissingRequestId() {
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        given().header("X-Request-Id", "evil id\twith spaces")
                .get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(uuid));
        given().get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(uuid))
                .header("X-Request-Id", not(is("evil id\twith spaces")));
    }
}
