package org.jointfunding.identity.login;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jointfunding.identity.Portal;
import org.jointfunding.identity.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.me;
import static org.jointfunding.identity.Portal.registered;
import static org.jointfunding.identity.Portal.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class LoginTest {

    /** max-failures in %test */
    static final int MAX_FAILURES = 3;

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void loginReturnsBearerTokensAndMeIsTheCaller() {
        Portal.Account startup = registered("STARTUP");
        var tokens = login(startup.email(), PASSWORD).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("access_token", notNullValue())
                .body("refresh_token", notNullValue())
                .extract();
        me("Bearer " + tokens.path("access_token")).statusCode(200)
                .body("id", equalTo(startup.id()))
                .body("email", equalTo(startup.email()))
                .body("roles", equalTo(java.util.List.of("STARTUP")));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Portal.Account startup = registered("STARTUP");
        var wrong = login(startup.email(), "not the password at all").statusCode(401)
                .contentType("application/problem+json").extract().jsonPath();
        var unknown = login(uniqueEmail("nobody"), "not the password at all").statusCode(401)
                .contentType("application/problem+json").extract().jsonPath();
        assertEquals("/problems/invalid-credentials", wrong.getString("type"));
        assertEquals(wrong.getMap(""), unknown.getMap(""));
    }

    @Test
    void missingFieldsAreA400() {
        given().contentType(ContentType.JSON).body(Map.of("email", "someone@example.test"))
                .post("/api/identity/login").then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void repeatedFailuresLockTheAccountForTheConfiguredTime() {
        Portal.Account startup = registered("STARTUP");
        for (int i = 0; i < MAX_FAILURES; i++) {
            login(startup.email(), "wrong password " + i).statusCode(401);
        }
        var locked = login(startup.email(), PASSWORD).statusCode(401).extract().jsonPath();
        assertEquals("/problems/invalid-credentials", locked.getString("type"), "a lock looks like any failure");

        String admin = adminBearer();
        given().header("Authorization", admin).get("/api/identity/admin/accounts/" + startup.id())
                .then().statusCode(200).body("status", equalTo("LOCKED"));
        given().header("Authorization", admin).queryParam("type", "ACCOUNT_LOCKED").queryParam("target", startup.id())
                .get("/api/identity/admin/audit").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].toState", equalTo("LOCKED"));

        clock.advance(Duration.ofMinutes(9));
        login(startup.email(), PASSWORD).statusCode(401);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        login(startup.email(), PASSWORD).statusCode(200);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        Portal.Account startup = registered("STARTUP");
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            login(startup.email(), "wrong password " + i).statusCode(401);
        }
        login(startup.email(), PASSWORD).statusCode(200);
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            login(startup.email(), "wrong password " + i).statusCode(401);
        }
        login(startup.email(), PASSWORD).statusCode(200);
    }

    @Test
    void anAdminCanUnlockEarly() {
        Portal.Account startup = registered("STARTUP");
        String admin = adminBearer();
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + startup.id() + "/unlock").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
        for (int i = 0; i < MAX_FAILURES; i++) {
            login(startup.email(), "wrong password " + i).statusCode(401);
        }
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("reason", "called the help desk"))
                .post("/api/identity/admin/accounts/" + startup.id() + "/unlock").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        login(startup.email(), PASSWORD).statusCode(200);
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabled() {
        Portal.Account mentor = registered("MENTOR");
        String admin = adminBearer();
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("reason", "spam"))
                .post("/api/identity/admin/accounts/" + mentor.id() + "/disable").then().statusCode(200)
                .body("status", equalTo("DISABLED"));
        login(mentor.email(), PASSWORD).statusCode(401).body("type", equalTo("/problems/invalid-credentials"));
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/identity/admin/accounts/" + mentor.id() + "/enable").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        login(mentor.email(), PASSWORD).statusCode(200);
    }

    @Test
    void failuresAndSuccessesAreAudited() {
        Portal.Account startup = registered("STARTUP");
        login(startup.email(), "wrong password here").statusCode(401);
        login(startup.email(), PASSWORD).statusCode(200);
        String admin = adminBearer();
        given().header("Authorization", admin).queryParam("target", startup.id()).get("/api/identity/admin/audit")
                .then().statusCode(200)
                .body("items.type", equalTo(java.util.List.of("LOGIN_SUCCEEDED", "LOGIN_FAILED", "ACCOUNT_REGISTERED")));
    }
}
