package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web client as the gateway serves it. This profile builds it with Quinoa (npm install, the
 * client's own unit tests with Vitest, then the production build), so a failing client test fails
 * here too.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(WebClientTest.BuiltWithItsTests.class)
class WebClientTest {

    /** Quinoa is off in tests by default; here it builds the client and runs its tests (npm test) first. */
    public static class BuiltWithItsTests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.quinoa", "true", "quarkus.quinoa.run-tests", "true");
        }
    }

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*src=\"(/assets/[^\"]+\\.js)\"");

    @Test
    void theRootServesTheClientUnderAStrictContentSecurityPolicy() {
        String html = given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asString();
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(), "an inline script in index.html: " + html);
        Matcher script = SCRIPT.matcher(html);
        assertTrue(script.find(), "no module script in index.html: " + html);
        given().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void deepLinksOpenTheClientSoReloadsAndSharedLinksWork() {
        given().get("/applications/0b6f0a52-5f4e-4c8e-9f0e-1d2c3b4a5e6f").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<div id=\"root\">"));
        given().get("/calls?q=green").then().statusCode(200).body(containsString("<div id=\"root\">"));
    }

    @Test
    void theApiAndOperatorsPathsAreNeverAnsweredWithThePage() {
        Clients.anyClient().get("/api/nothing-here").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().get("/q/health/live").then().statusCode(200).contentType(containsString("json"))
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"));
        given().get("/openapi").then().contentType(not(containsString("text/html")));
    }
}
