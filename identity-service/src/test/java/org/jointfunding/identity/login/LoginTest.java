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
import static org.jointfunding.identity.Portal.loginFrom;
import static org.jointfunding.identity.Portal.me;
import static org.jointfunding.identity.Portal.registered;
import static org.jointfunding.identity.Portal.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class LoginTest {

    /** portal.sign-in.free-failures in %test */
    static final int FREE_FAILURES = 2;
    /** portal.sign-in.unfamiliar-free-failures in %test */
    static final int UNFAMILIAR_FREE_FAILURES = 4;

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
    void wrongPasswordsFromOneAddressStartDelaysThatDouble() {
        Portal.Account startup = registered("STARTUP");
        String office = "198.51.100.7";
        for (int i = 0; i < FREE_FAILURES + 1; i++) {
            loginFrom(office, startup.email(), "wrong password " + i).statusCode(401);
        }
        var delayed = loginFrom(office, startup.email(), PASSWORD).statusCode(429) // even the right password waits
                .header("Retry-After", "2").contentType("application/problem+json").extract().jsonPath();
        assertEquals("/problems/sign-in-delayed", delayed.getString("type"));
        assertEquals(2, delayed.getInt("retryAfterSeconds"));

        loginFrom("203.0.113.50", startup.email(), PASSWORD).statusCode(200); // the owner elsewhere is not slowed

        clock.advance(Duration.ofSeconds(2));
        loginFrom(office, startup.email(), "wrong again").statusCode(401);
        loginFrom(office, startup.email(), PASSWORD).statusCode(429).header("Retry-After", "4");
        clock.advance(Duration.ofSeconds(4));
        loginFrom(office, startup.email(), PASSWORD).statusCode(200);
        // a success forgets that address's failures: the free ones are free again
        for (int i = 0; i < FREE_FAILURES; i++) {
            loginFrom(office, startup.email(), "wrong password " + i).statusCode(401);
        }
        loginFrom(office, startup.email(), PASSWORD).statusCode(200);
    }

    @Test
    void anUnknownEmailIsDelayedAlikeSoTheDelayRevealsNothing() {
        Portal.Account startup = registered("STARTUP");
        String nobody = uniqueEmail("nobody");
        String address = "198.51.100.8";
        for (int i = 0; i < FREE_FAILURES + 1; i++) {
            loginFrom(address, startup.email(), "wrong password " + i).statusCode(401);
            loginFrom(address, nobody, "wrong password " + i).statusCode(401);
        }
        var known = loginFrom(address, startup.email(), "wrong").statusCode(429).extract().jsonPath();
        var unknown = loginFrom(address, nobody, "wrong").statusCode(429).extract().jsonPath();
        assertEquals(known.getMap(""), unknown.getMap(""));
    }

    @Test
    void aStrangerCannotLockTheOwnerOutWhereItSignsIn() {
        Portal.Account startup = registered("STARTUP");
        String home = "192.0.2.10";
        loginFrom(home, startup.email(), PASSWORD).statusCode(200);
        // one guess from each of many addresses: no address's own delay starts, the account's pause does
        for (int i = 0; i <= UNFAMILIAR_FREE_FAILURES; i++) {
            loginFrom("203.0.113." + (100 + i), startup.email(), "guess " + i).statusCode(401);
        }
        String admin = adminBearer();
        given().header("Authorization", admin).get("/api/identity/admin/accounts/" + startup.id())
                .then().statusCode(200).body("status", equalTo("LOCKED"));
        given().header("Authorization", admin).queryParam("type", "ACCOUNT_LOCKED").queryParam("target", startup.id())
                .get("/api/identity/admin/audit").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].toState", equalTo("LOCKED"));

        var paused = loginFrom("203.0.113.200", startup.email(), PASSWORD).statusCode(401).extract().jsonPath();
        assertEquals("/problems/invalid-credentials", paused.getString("type"), "a pause looks like any failure");
        loginFrom(home, startup.email(), PASSWORD).statusCode(200); // home is not paused

        clock.advance(Duration.ofSeconds(2)); // the first pause: first-delay
        loginFrom("203.0.113.200", startup.email(), PASSWORD).statusCode(200);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        Portal.Account startup = registered("STARTUP");
        for (int i = 0; i < FREE_FAILURES; i++) {
            login(startup.email(), "wrong password " + i).statusCode(401);
        }
        login(startup.email(), PASSWORD).statusCode(200);
        for (int i = 0; i < FREE_FAILURES; i++) {
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
        for (int i = 0; i <= UNFAMILIAR_FREE_FAILURES; i++) {
            loginFrom("203.0.113." + (10 + i), startup.email(), "wrong password " + i).statusCode(401);
        }
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("reason", "called the help desk"))
                .post("/api/identity/admin/accounts/" + startup.id() + "/unlock").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        loginFrom("203.0.113.99", startup.email(), PASSWORD).statusCode(200);
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
                .body("items.type", equalTo(java.util.List.of("LOGIN_SUCCEEDED", "LOGIN_FAILED", "ACCOUNT_REGISTERED")))
                .body("items[1].detail", equalTo("wrong password from 127.0.0.1"));
    }
}
