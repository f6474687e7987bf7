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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.loginFrom;
import static org.jointfunding.identity.Portal.refresh;
import static org.jointfunding.identity.Portal.registered;

@QuarkusTest
class PasswordResetTest {

    private static final String NEW_PASSWORD = "a freshly reset pass phrase";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static ValidatableResponse issue(String bearer, String accountId) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("reason", "forgot it, called the help desk"))
                .post("/api/identity/admin/accounts/" + accountId + "/password-reset").then();
    }

    private static String codeFor(Portal.Account account) {
        return issue(adminBearer(), account.id()).statusCode(200).extract().path("resetCode");
    }

    private static ValidatableResponse reset(String email, String code, String newPassword) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "resetCode", code, "newPassword", newPassword))
                .post("/api/identity/password-reset").then();
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/invalid-reset-code"));
    }

    @Test
    void theCodeSetsANewPasswordOnceAndEndsEverySession() {
        Portal.Account startup = registered("STARTUP");
        String otherSession = login(startup.email(), PASSWORD).statusCode(200).extract().path("refresh_token");
        String code = issue(adminBearer(), startup.id()).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("accountId", equalTo(startup.id())).body("email", equalTo(startup.email()))
                .body("resetCode", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"))
                .body("expiresAt", notNullValue())
                .extract().path("resetCode");
        login(startup.email(), PASSWORD).statusCode(200); // until the reset is used, the old password still works

        // typed as a person might: lower case, without dashes
        String typed = code.replace("-", "").toLowerCase(Locale.ROOT);
        String newSession = reset(startup.email().toUpperCase(Locale.ROOT), typed, NEW_PASSWORD).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("access_token", notNullValue()).body("refresh_token", notNullValue())
                .extract().path("refresh_token");

        login(startup.email(), PASSWORD).statusCode(401);
        login(startup.email(), NEW_PASSWORD).statusCode(200);
        refresh(otherSession).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(newSession).statusCode(200);
        refused(reset(startup.email(), code, "yet another pass phrase"));
        given().header("Authorization", adminBearer()).queryParam("target", startup.id()).get("/api/identity/admin/audit")
                .then().statusCode(200).body("items.type", hasItems("PASSWORD_RESET_ISSUED", "PASSWORD_RESET", "PASSWORD_RESET_FAILED"));
    }

    @Test
    void aResetEndsThePauseAndEveryDelay() {
        Portal.Account startup = registered("STARTUP");
        for (int i = 0; i <= LoginTest.UNFAMILIAR_FREE_FAILURES; i++) { // pauses the account for addresses it never used
            loginFrom("198.51.100." + (30 + i), startup.email(), "not the password at all").statusCode(401);
        }
        String address = "198.51.100.30";
        for (int i = 1; i <= LoginTest.FREE_FAILURES; i++) { // and delays this address
            loginFrom(address, startup.email(), "not the password at all").statusCode(401);
        }
        loginFrom(address, startup.email(), PASSWORD).statusCode(429);
        loginFrom("198.51.100.21", startup.email(), PASSWORD).statusCode(401);

        reset(startup.email(), codeFor(startup), NEW_PASSWORD).statusCode(200);

        loginFrom(address, startup.email(), NEW_PASSWORD).statusCode(200);
        loginFrom("198.51.100.22", startup.email(), NEW_PASSWORD).statusCode(200);
        given().header("Authorization", adminBearer()).get("/api/identity/admin/accounts/" + startup.id())
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void onlyTheLatestCodeOfTheRightAccountWorksAndOnlyUntilItExpires() {
        Portal.Account startup = registered("STARTUP");
        Portal.Account someoneElse = registered("MENTOR");
        String first = codeFor(startup);
        String second = codeFor(startup);

        refused(reset(startup.email(), first, NEW_PASSWORD));
        refused(reset(someoneElse.email(), second, NEW_PASSWORD));
        refused(reset("nobody-" + UUID.randomUUID() + "@example.test", second, NEW_PASSWORD));

        clock.advance(Duration.ofDays(1).plusSeconds(1)); // portal.password-reset-ttl: P1D
        refused(reset(startup.email(), second, NEW_PASSWORD));
        clock.reset();

        String third = codeFor(startup);
        reset(startup.email(), third, NEW_PASSWORD).statusCode(200);
        login(someoneElse.email(), PASSWORD).statusCode(200);
    }

    @Test
    void anAdminCancelsACodeGivenByMistake() {
        Portal.Account startup = registered("STARTUP");
        String code = codeFor(startup);
        String admin = adminBearer();
        String path = "/api/identity/admin/accounts/" + startup.id() + "/password-reset";

        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("reason", "sent to the wrong person"))
                .delete(path).then().statusCode(204);

        refused(reset(startup.email(), code, NEW_PASSWORD));
        given().header("Authorization", admin).delete(path).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().header("Authorization", admin).queryParam("target", startup.id()).get("/api/identity/admin/audit")
                .then().statusCode(200).body("items.type", hasItem("PASSWORD_RESET_CANCELLED"));
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheCodeStaysUsable() {
        Portal.Account startup = registered("STARTUP");
        String code = codeFor(startup);

        reset(startup.email(), code, "short").statusCode(400)
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("newPassword"));
        given().contentType(ContentType.JSON).body(Map.of("email", startup.email(), "resetCode", code))
                .post("/api/identity/password-reset").then().statusCode(400).body("type", equalTo("/problems/validation"));
        login(startup.email(), PASSWORD).statusCode(200);

        reset(startup.email(), code, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void changingThePasswordWhileSignedInVoidsAnOutstandingCode() {
        Portal.Account startup = registered("STARTUP");
        String code = codeFor(startup);
        given().header("Authorization", startup.bearer()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .post("/api/identity/me/password").then().statusCode(200);

        refused(reset(startup.email(), code, "yet another pass phrase"));
        login(startup.email(), NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aDisabledAccountGetsNoCodeAndCannotUseOne() {
        Portal.Account startup = registered("STARTUP");
        String code = codeFor(startup);
        String admin = adminBearer();
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("reason", "left"))
                .post("/api/identity/admin/accounts/" + startup.id() + "/disable").then().statusCode(200);

        refused(reset(startup.email(), code, NEW_PASSWORD));
        issue(admin, startup.id()).statusCode(409).body("type", equalTo("/problems/account-disabled"));
    }

    @Test
    void onlyAnAdminIssuesOrCancelsCodes() {
        Portal.Account startup = registered("STARTUP");
        Portal.Account agencyAdmin = Portal.withRoles("MY-MIDA", "AGENCY_ADMIN");
        String path = "/api/identity/admin/accounts/" + startup.id() + "/password-reset";

        issue(startup.bearer(), startup.id()).statusCode(403);
        issue(agencyAdmin.bearer(), startup.id()).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).post(path).then().statusCode(401);
        String code = codeFor(startup);
        given().header("Authorization", agencyAdmin.bearer()).delete(path).then().statusCode(403);
        given().delete(path).then().statusCode(401);
        issue(adminBearer(), UUID.randomUUID().toString()).statusCode(404);

        reset(startup.email(), code, NEW_PASSWORD).statusCode(200); // still the outstanding code
    }
}
