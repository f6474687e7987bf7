package org.jointfunding.identity.login;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.refresh;
import static org.jointfunding.identity.Portal.registered;

@QuarkusTest
class PasswordChangeTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static final String NEW_PASSWORD = "a different long pass phrase";

    private static ValidatableResponse change(String bearer, String current, String next) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/identity/me/password").then();
    }

    @Test
    void theNewPasswordLogsInTheOldOneNoLongerAndOtherSessionsEnd() {
        Portal.Account startup = registered("STARTUP");
        String otherSession = login(startup.email(), PASSWORD).statusCode(200).extract().path("refresh_token");
        String bearer = startup.bearer();

        String newSession = change(bearer, PASSWORD, NEW_PASSWORD).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("access_token", notNullValue()).body("refresh_token", notNullValue())
                .extract().path("refresh_token");

        login(startup.email(), PASSWORD).statusCode(401);
        login(startup.email(), NEW_PASSWORD).statusCode(200);
        refresh(otherSession).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(newSession).statusCode(200);
        given().header("Authorization", adminBearer()).queryParam("target", startup.id()).get("/api/identity/admin/audit")
                .then().statusCode(200).body("items.type", hasItem("PASSWORD_CHANGED"));
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndIsDelayedLikeAFailedLogin() {
        Portal.Account startup = registered("STARTUP");
        String bearer = startup.bearer();
        change(bearer, "not the password at all", NEW_PASSWORD).statusCode(403)
                .body("type", equalTo("/problems/wrong-password"));
        login(startup.email(), NEW_PASSWORD).statusCode(401); // two failures from here: the free ones
        change(bearer, "still not the password", NEW_PASSWORD).statusCode(403); // starts a delay
        change(bearer, PASSWORD, NEW_PASSWORD).statusCode(429).body("type", equalTo("/problems/sign-in-delayed"));
        login(startup.email(), PASSWORD).statusCode(429);
        clock.advance(Duration.ofSeconds(2));
        change(bearer, PASSWORD, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aNewPasswordMustPassThePolicyAndDiffer() {
        Portal.Account startup = registered("STARTUP");
        String bearer = startup.bearer();
        change(bearer, PASSWORD, "short").statusCode(400)
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("newPassword"));
        change(bearer, PASSWORD, PASSWORD).statusCode(400)
                .body("errors.message", hasItem("must differ from the current password"));
        change(bearer, PASSWORD, startup.email() + "-2026").statusCode(400).body("errors[0].field", equalTo("newPassword"));
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("newPassword", NEW_PASSWORD))
                .post("/api/identity/me/password").then().statusCode(400);
        login(startup.email(), PASSWORD).statusCode(200);
    }

    @Test
    void onlyASignedInPersonHasAPasswordToChange() {
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .post("/api/identity/me/password").then().statusCode(401);
        String admin = adminBearer();
        var client = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("name", "password probe", "roles", List.of("AGENCY_ADMIN"), "agency", "MY-MIDA"))
                .post("/api/identity/admin/clients").then().statusCode(201).extract();
        String clientToken = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.path("clientId").toString()).formParam("client_secret", client.path("clientSecret").toString())
                .post("/api/identity/token").then().statusCode(200).extract().path("access_token");
        change("Bearer " + clientToken, PASSWORD, NEW_PASSWORD).statusCode(404);
    }
}
