package org.jointfunding.identity.tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jointfunding.identity.Portal;
import org.jointfunding.identity.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.me;
import static org.jointfunding.identity.Portal.refresh;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RefreshTokenTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static String refreshTokenOf(Portal.Account account) {
        return login(account.email(), PASSWORD).statusCode(200).extract().path("refresh_token");
    }

    @Test
    void refreshRotatesTheTokenAndGivesAWorkingAccessToken() {
        Portal.Account startup = registered("STARTUP");
        String first = refreshTokenOf(startup);
        var next = refresh(first).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("refresh_token", not(equalTo(first)))
                .extract();
        me("Bearer " + next.path("access_token")).statusCode(200).body("id", equalTo(startup.id()));
        refresh(next.path("refresh_token")).statusCode(200);
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
        Portal.Account startup = registered("STARTUP");
        String stolen = refreshTokenOf(startup);
        String legit = refresh(stolen).statusCode(200).extract().path("refresh_token");
        refresh(stolen).statusCode(400).contentType("application/json")
                .body("error", equalTo("invalid_grant"));
        refresh(legit).statusCode(400).body("error", equalTo("invalid_grant"));
        given().header("Authorization", adminBearer()).queryParam("type", "REFRESH_TOKEN_REUSED").queryParam("target", startup.id())
                .get("/api/identity/admin/audit").then().statusCode(200).body("total", equalTo(1));
        // another login (another family) is unaffected
        refresh(refreshTokenOf(startup)).statusCode(200);
    }

    @Test
    void twoConcurrentRefreshesOfOneTokenCannotBothSucceed() throws Exception {
        String token = refreshTokenOf(registered("STARTUP"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Integer> attempt = () -> {
                start.await();
                return refresh(token).extract().statusCode();
            };
            var first = pool.submit(attempt);
            var second = pool.submit(attempt);
            start.countDown();
            List<Integer> statuses = java.util.stream.Stream.of(first.get(), second.get()).sorted().toList();
            assertEquals(List.of(200, 400), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logoutRevokesTheSession() {
        Portal.Account mentor = registered("MENTOR");
        String token = refreshTokenOf(mentor);
        String rotated = refresh(token).statusCode(200).extract().path("refresh_token");
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", rotated)).post("/api/identity/logout")
                .then().statusCode(204);
        refresh(rotated).statusCode(400).body("error", equalTo("invalid_grant"));
        // logging out twice, or with an unknown token, is harmless
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", rotated)).post("/api/identity/logout")
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/identity/logout")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("refresh_token"));
    }

    @Test
    void refreshTokensExpire() {
        String token = refreshTokenOf(registered("STARTUP"));
        clock.advance(Duration.ofDays(14).plusSeconds(1));
        refresh(token).statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aDisabledAccountCannotRefreshEvenOnceEnabledAgain() {
        Portal.Account startup = registered("STARTUP");
        String token = refreshTokenOf(startup);
        given().header("Authorization", adminBearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + startup.id() + "/disable").then().statusCode(200);
        refresh(token).statusCode(400).body("error", equalTo("invalid_grant"));
        // disabling ended its sessions for good: enabled again, the account signs in anew
        given().header("Authorization", adminBearer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + startup.id() + "/enable").then().statusCode(200);
        refresh(token).statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void tokenEndpointErrorsFollowRfc6749() {
        refresh("no-such-token").statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token").post("/api/identity/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("username", "x")
                .post("/api/identity/token").then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().contentType(ContentType.URLENC).formParam("scope", "x").post("/api/identity/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }
}
