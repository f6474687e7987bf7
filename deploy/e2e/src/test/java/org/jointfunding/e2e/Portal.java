package org.jointfunding.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What a person or a script does with the portal, through the gateway, with real accounts. */
final class Portal {

    static final String PASSWORD = "an e2e passphrase of some length";

    private final RunningSuite suite;
    private final String adminToken;

    Portal(RunningSuite suite) {
        this.suite = suite;
        this.adminToken = login(suite, RunningSuite.ADMIN_EMAIL, RunningSuite.ADMIN_PASSWORD);
    }

    static String login(RunningSuite suite, String email, String password) {
        return given().baseUri(suite.gateway()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/identity/login")
                .then().statusCode(200).extract().path("access_token");
    }

    RequestSpecification as(String token) {
        return given().baseUri(suite.gateway()).contentType(ContentType.JSON).auth().oauth2(token);
    }

    /** The agency's own administrator confirms its share of a draft call, as the lead cannot open it before. */
    void confirmShare(String officerToken, String call, String agency, String budget) {
        String etag = as(officerToken).get("/api/funding/calls/" + call).then().statusCode(200).extract().header("ETag");
        as(officerToken).header("If-Match", etag).body(Map.of("budget", budget))
                .put("/api/funding/calls/" + call + "/funders/" + agency).then().statusCode(200);
    }

    String admin() {
        return adminToken;
    }

    /** A signed-in account; staff roles are granted by the ADMIN as in real life. */
    Account account(String role, String agency, String country) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@e2e.test";
        String selfRole = role.equals("MENTOR") ? "MENTOR" : "STARTUP";
        String id = given().baseUri(suite.gateway()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "E2E " + role, "country", country,
                        "password", PASSWORD, "role", selfRole))
                .post("/api/identity/register").then().statusCode(201).extract().path("id");
        if (agency != null) {
            String etag = as(adminToken).get("/api/identity/admin/accounts/" + id).then().statusCode(200)
                    .extract().header("ETag");
            as(adminToken).header("If-Match", etag).body(Map.of("roles", List.of(role), "agency", agency))
                    .put("/api/identity/admin/accounts/" + id + "/roles").then().statusCode(200);
        }
        return new Account(id, email, login(suite, email, PASSWORD));
    }

    String agency(String country, String currency) {
        String code = country + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as(adminToken).body(Map.of("code", code, "name", "Agency " + code, "country", country, "currency", currency))
                .post("/api/funding/agencies").then().statusCode(201);
        return code;
    }

    record Account(String id, String email, String token) {
    }
}
