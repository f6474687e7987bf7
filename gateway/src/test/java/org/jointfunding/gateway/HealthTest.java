package org.jointfunding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class HealthTest {

    @Test
    void reportsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }
}
