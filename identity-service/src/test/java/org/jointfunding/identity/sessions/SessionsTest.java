package org.jointfunding.identity.sessions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.refresh;
import static org.jointfunding.identity.Portal.registered;

@QuarkusTest
class SessionsTest {

    private static final String LAPTOP = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 15) Chrome/140.0 Mobile";

    private static ExtractableResponse<Response> loginFrom(Portal.Account account, String userAgent) {
        return given().header("User-Agent", userAgent).contentType(ContentType.JSON)
                .body(Map.of("email", account.email(), "password", PASSWORD))
                .post("/api/identity/login").then().statusCode(200).extract();
    }

    private static ValidatableResponse sessions(String accessToken) {
        return given().auth().oauth2(accessToken).get("/api/identity/me/sessions").then();
    }

    @Test
    void aPersonSeesWhereTheyAreSignedInAndWhichSessionIsThisOne() {
        Portal.Account startup = registered("STARTUP");
        loginFrom(startup, LAPTOP);
        String phone = loginFrom(startup, PHONE).path("access_token");

        sessions(phone).statusCode(200)
                .body("total", equalTo(2))
                .body("items.userAgent", equalTo(List.of(PHONE, LAPTOP)))
                .body("items.current", equalTo(List.of(true, false)));
    }

    @Test
    void endingASessionStopsItsRefreshTokenAndOnlyThatOne() {
        Portal.Account startup = registered("STARTUP");
        String laptopRefresh = loginFrom(startup, LAPTOP).path("refresh_token");
        var phone = loginFrom(startup, PHONE);
        String laptopSession = sessions(phone.path("access_token")).extract().path("items.find { !it.current }.id");

        given().auth().oauth2(phone.path("access_token").toString()).delete("/api/identity/me/sessions/" + laptopSession)
                .then().statusCode(204);

        refresh(laptopRefresh).statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(phone.path("refresh_token")).statusCode(200);
        given().auth().oauth2(phone.path("access_token").toString()).delete("/api/identity/me/sessions/" + laptopSession)
                .then().statusCode(404);
    }

    @Test
    void nobodyEndsSomeoneElsesSession() {
        Portal.Account owner = registered("STARTUP");
        var ownerLogin = loginFrom(owner, LAPTOP);
        String ownerSession = sessions(ownerLogin.path("access_token")).extract().path("items[0].id");
        Portal.Account stranger = registered("STARTUP");

        given().auth().oauth2(stranger.login()).delete("/api/identity/me/sessions/" + ownerSession)
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(adminBearer().substring(7)).delete("/api/identity/me/sessions/" + ownerSession)
                .then().statusCode(404);

        refresh(ownerLogin.path("refresh_token")).statusCode(200);
        sessions(stranger.login()).body("items.id", not(hasItem(ownerSession)));
    }

    @Test
    void endOthersKeepsOnlyTheSessionInUse() {
        Portal.Account startup = registered("STARTUP");
        String first = loginFrom(startup, LAPTOP).path("refresh_token");
        String second = loginFrom(startup, PHONE).path("refresh_token");
        var current = loginFrom(startup, "portal-script/1.0");

        given().auth().oauth2(current.path("access_token").toString()).post("/api/identity/me/sessions/end-others")
                .then().statusCode(200).body("ended", equalTo(2));

        refresh(first).statusCode(400);
        refresh(second).statusCode(400);
        String next = refresh(current.path("refresh_token")).statusCode(200).extract().path("access_token");
        sessions(next).body("total", equalTo(1)).body("items[0].current", equalTo(true));
    }

    @Test
    void aRefreshKeepsTheSessionAndRecordsTheClient() {
        Portal.Account startup = registered("STARTUP");
        var login = loginFrom(startup, LAPTOP);
        String session = sessions(login.path("access_token")).extract().path("items[0].id");

        String access = given().header("User-Agent", PHONE).contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", login.path("refresh_token").toString()).post("/api/identity/token")
                .then().statusCode(200).extract().path("access_token");

        sessions(access).body("total", equalTo(1)).body("items[0].id", equalTo(session))
                .body("items[0].current", equalTo(true)).body("items[0].userAgent", equalTo(PHONE));
    }

    @Test
    void onlyPeopleHaveSessions() {
        given().get("/api/identity/me/sessions").then().statusCode(401);
        given().post("/api/identity/me/sessions/end-others").then().statusCode(401);
        given().delete("/api/identity/me/sessions/" + UUID.randomUUID()).then().statusCode(401);
        var client = given().header("Authorization", adminBearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "session probe", "roles", List.of("ADMIN")))
                .post("/api/identity/admin/clients").then().statusCode(201).extract();
        String clientToken = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.path("clientId").toString()).formParam("client_secret", client.path("clientSecret").toString())
                .post("/api/identity/token").then().statusCode(200).extract().path("access_token");
        sessions(clientToken).statusCode(404);
    }
}
