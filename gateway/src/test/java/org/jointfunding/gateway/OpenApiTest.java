package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class OpenApiTest {

    @Test
    void servesTheThreeContractsMerged() {
        given().get("/openapi")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("info.title", is("Joint Funding & Mentorship Portal API"))
                .body("paths.'/api/identity/things'.get", notNullValue())
                .body("paths.'/api/funding/things'.get", notNullValue())
                .body("paths.'/api/mentorship/things'.get", notNullValue())
                .body("paths.'/api/notifications/things'.get", notNullValue())
                .body("components.schemas.keySet()", hasItems("IdentityView", "FundingView", "MentorshipView", "Problem"))
                .body("tags.name", hasItems("identity", "funding", "mentorship", "notifications"))
                // only what the gateway routes: no service's internal endpoints or their components
                .body("paths.keySet()", everyItem(startsWith("/api/")))
                .body("components.schemas.keySet()", not(hasItem("InboundEvent")))
                .body(not(containsString("X-Service-Credential")));
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/swagger-ui/index.html").then().statusCode(200).body(containsString("/openapi"));
    }
}
