package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class EdgeHeadersTest {

    private static final String WEB_CLIENT = "http://localhost:5173";

    @Test
    void preflightFromTheWebClientOriginIsAllowed() {
        Clients.anyClient()
                .header("Origin", WEB_CLIENT)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/funding/applications")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_CLIENT)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    }

    @Test
    void otherOriginsAreNotAllowed() {
        Clients.anyClient()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/funding/applications")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void proxiedAnswersToTheWebClientCarryCorsHeaders() {
        Clients.signedIn().header("Origin", WEB_CLIENT).get("/api/funding/applications")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_CLIENT)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void securityHeadersAreOnProxiedOwnAndStaticResponses() {
        hardened(Clients.signedIn().get("/api/funding/applications").then().statusCode(200));
        hardened(Clients.anyClient().get("/api/funding/applications").then().statusCode(401));
        hardened(given().get("/q/swagger-ui/").then().statusCode(200));
    }

    private static void hardened(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", is("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", nullValue()); // plain HTTP here: HSTS only where configured
    }
}
