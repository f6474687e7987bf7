package org.jointfunding.e2e;

import io.restassured.http.ContentType;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls a script against the portal would make, through the gateway. */
final class Portal {

    private Portal() {
    }

    static String login(RunningSuite suite, String email, String password) {
        return given().baseUri(suite.gateway()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/identity/login")
                .then().statusCode(200).extract().path("access_token");
    }
}
