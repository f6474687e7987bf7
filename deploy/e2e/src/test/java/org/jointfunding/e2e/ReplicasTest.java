package org.jointfunding.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two processes of every service on the same databases, behind two gateways that keep their rate
 * limits in the same Redis (as deploy/k8s runs them), behave as one portal: a client's budget is
 * spent on both gateways, a key rotated on one identity process signs and verifies everywhere, a
 * scheduled job runs once per period, not once per process, and a call one funding process keeps in
 * memory is dropped when the other changes it.
 */
class ReplicasTest {

    /** Anonymous requests per minute and address on the two replica gateways. */
    private static final int ANONYMOUS_LIMIT = 4;
    /**
     * How long a rotation may take to reach every process (docs/DEPLOY.md): identity processes reload
     * the keys every 2 s, a gateway fetches the JWKS again on an unknown kid at most every 10 s, the
     * services at most once a minute (forced-refresh-interval=1) but at once the first time.
     */
    private static final Duration ROTATION_REACHES_ALL = Duration.ofSeconds(2 + 10 + 5);
    private static final String PASSWORD = "replicas share one portal";

    private static RunningSuite suite;
    private static String first;
    private static String second;

    @BeforeAll
    static void startSecondProcesses() {
        suite = RunningSuite.get();
        suite.startReplicas(Map.of(
                "GATEWAY_RATE_LIMIT_STORE", "redis",
                "GATEWAY_RATE_LIMIT_REDIS_KEY_PREFIX", "portal:e2e:" + UUID.randomUUID() + ":",
                "GATEWAY_RATE_LIMIT_ANONYMOUS_REQUESTS", String.valueOf(ANONYMOUS_LIMIT)));
        first = suite.url("gateway-1");
        second = suite.url("gateway-2");
    }

    @AfterAll
    static void stopSecondProcesses() {
        suite.stopReplicas();
    }

    @Test
    void aClientLimitedOnOneGatewayIsLimitedOnTheOther() {
        for (int spent = 1; spent <= ANONYMOUS_LIMIT; spent++) {
            openCalls(spent % 2 == 1 ? first : second).then().statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(ANONYMOUS_LIMIT - spent));
        }
        for (String gateway : List.of(first, second)) {
            openCalls(gateway).then().statusCode(429)
                    .contentType(startsWith("application/problem+json"))
                    .header("RateLimit-Remaining", "0");
        }
    }

    @Test
    void aKeyRotatedOnOneIdentityProcessSignsAndVerifiesOnEveryProcess() {
        String email = "replica-" + UUID.randomUUID() + "@e2e.test";
        given().baseUri(second).contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "E2E Replica", "country", "MY", "password", PASSWORD, "role", "STARTUP"))
                .post("/api/identity/register").then().statusCode(201);
        String before = login(second, email);
        everyServiceAccepts(second, before); // the second gateway and services now hold the keys of before the rotation

        String admin = login(first, RunningSuite.ADMIN_EMAIL, RunningSuite.ADMIN_PASSWORD);
        String rotated = given().baseUri(first).auth().oauth2(admin)
                .post("/api/identity/admin/keys/rotate").then().statusCode(200).extract().path("currentKid");
        assertNotEquals(kid(before), rotated);

        String signedByFirst = login(first, email);
        assertEquals(rotated, kid(signedByFirst), "the process that rotated signs with the new key at once");
        Awaitility.await("the new key verifies through the second gateway on every second process")
                .atMost(ROTATION_REACHES_ALL).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> everyServiceAccepts(second, signedByFirst));
        Awaitility.await("the second identity process signs with the new key")
                .atMost(Duration.ofSeconds(2 + 3)).pollInterval(Duration.ofMillis(250))
                .until(() -> kid(login(second, email)).equals(rotated));
        everyServiceAccepts(first, login(second, email));
        everyServiceAccepts(second, before); // the previous key stays published: tokens it signed live out their 15 minutes
    }

    @Test
    void aScheduledJobRunsOncePerPeriodAcrossTheProcesses() {
        String ran = "portal_scheduled_jobs_total{outcome=\"ran\",task=\"close-expired-calls\"}";
        String skipped = "portal_scheduled_jobs_total{outcome=\"skipped\",task=\"close-expired-calls\"}";
        double ranBefore = sum(ran);
        double firedBefore = ranBefore + sum(skipped);
        double[] firedEachBefore = {fired("funding", ran, skipped), fired("funding-2", ran, skipped)};

        int periods = 6;
        Awaitility.await("both funding processes fire the job " + periods + " more times")
                .atMost(RunningSuite.FUNDING_JOB_PERIOD.multipliedBy(periods + 4)).pollInterval(Duration.ofMillis(500))
                .until(() -> fired("funding", ran, skipped) - firedEachBefore[0] >= periods
                        && fired("funding-2", ran, skipped) - firedEachBefore[1] >= periods);

        double runs = sum(ran) - ranBefore;
        double firings = sum(ran) + sum(skipped) - firedBefore;
        // both processes fire every period; the job runs on one of them per period (+1, +1 for the
        // periods cut by the two readings): half the firings, where one run per firing would be all of them
        assertTrue(runs >= periods - 1 && runs <= firings / 2 + 2,
                runs + " runs in " + firings + " firings of two processes");
    }

    @Test
    void aCallChangedOnOneFundingProcessIsShownChangedByTheOtherWithinMoments() {
        String admin = login(first, RunningSuite.ADMIN_EMAIL, RunningSuite.ADMIN_PASSWORD);
        String my = agency(admin, "MY", "MYR");
        String ir = agency(admin, "IR", "IRR");
        Map<String, Object> call = new LinkedHashMap<>(Map.of(
                "title", "Replicated " + UUID.randomUUID(), "description", "Read on one process, changed on the other",
                "sectors", List.of("fintech"), "blindReview", false,
                "opensAt", Instant.now().toString(), "closesAt", Instant.now().plus(Duration.ofDays(30)).toString(),
                "funders", List.of(Map.of("agency", my, "budget", "1000000"), Map.of("agency", ir, "budget", "1000000")),
                "eligibility", Map.of("requiredCountries", List.of("MY", "IR"), "minPartners", 2, "maxPartners", 4),
                "criteria", List.of(Map.of("name", "Innovation", "weight", 1, "maxScore", 10, "threshold", 4))));
        String id = given().baseUri(suite.url("funding")).auth().oauth2(admin).contentType(ContentType.JSON).body(call)
                .post("/api/funding/calls").then().statusCode(201).extract().path("id");
        String onSecond = suite.url("funding-2") + "/api/funding/calls/" + id;
        double keptBefore = suite.metric("funding-2", "portal_kept_reads_total{source=\"memory\",what=\"call\"}");
        given().auth().oauth2(admin).get(onSecond).then().statusCode(200).body("title", equalTo(call.get("title")));
        given().auth().oauth2(admin).get(onSecond).then().statusCode(200);
        assertTrue(suite.metric("funding-2", "portal_kept_reads_total{source=\"memory\",what=\"call\"}") > keptBefore,
                "the second process keeps the call it read");

        call.put("title", "Retitled on the first process " + UUID.randomUUID());
        given().baseUri(suite.url("funding")).auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(call).put("/api/funding/calls/" + id).then().statusCode(200);

        Awaitility.await("the second process shows the new title").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> call.get("title").equals(given().auth().oauth2(admin).get(onSecond).then().statusCode(200)
                        .extract().path("title")));
    }

    private static String agency(String admin, String country, String currency) {
        String code = country + "-R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        given().baseUri(suite.url("funding")).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Replica agency " + code, "country", country, "currency", currency))
                .post("/api/funding/agencies").then().statusCode(201);
        return code;
    }

    private static Response openCalls(String gateway) {
        return given().baseUri(gateway).get("/api/funding/calls");
    }

    /** Each service behind the gateway takes the token: identity, funding, mentorship, notification. */
    private static void everyServiceAccepts(String gateway, String token) {
        for (String path : List.of("/api/identity/me", "/api/funding/applications", "/api/mentorship/requests",
                "/api/notifications/unread-count")) {
            given().baseUri(gateway).auth().oauth2(token).get(path).then().statusCode(200);
        }
    }

    private static double sum(String series) {
        return suite.metric("funding", series) + suite.metric("funding-2", series);
    }

    private static double fired(String process, String ran, String skipped) {
        return suite.metric(process, ran) + suite.metric(process, skipped);
    }

    private static String login(String gateway, String email) {
        return login(gateway, email, PASSWORD);
    }

    private static String login(String gateway, String email, String password) {
        return given().baseUri(gateway).contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/identity/login").then().statusCode(200).extract().path("access_token");
    }

    /** The key id in the token's header. */
    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        return JsonPath.from(header).getString("kid");
    }
}
