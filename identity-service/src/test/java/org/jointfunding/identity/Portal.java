package org.jointfunding.identity;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test steps through the HTTP API, each with fresh, unique data. */
public final class Portal {

    public static final String ADMIN_EMAIL = "admin@portal.test";
    public static final String ADMIN_PASSWORD = "bootstrap-passphrase-for-tests";
    public static final String PASSWORD = "a long enough pass phrase";

    private Portal() {
    }

    public record Account(String id, String email, String password) {
        public String login() {
            return Portal.login(email, password).statusCode(200).extract().path("access_token");
        }

        public String bearer() {
            return "Bearer " + login();
        }
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    public static ValidatableResponse register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/identity/register").then();
    }

    public static Account registered(String role) {
        String email = uniqueEmail(role.toLowerCase());
        String id = register(Map.of("email", email, "displayName", "Test " + role, "country", "MY",
                "password", PASSWORD, "role", role)).statusCode(201).extract().path("id");
        return new Account(id, email, PASSWORD);
    }

    public static ValidatableResponse login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/identity/login").then();
    }

    /** A login from the given client address, as the gateway tells it. */
    public static ValidatableResponse loginFrom(String address, String email, String password) {
        return given().header("X-Client-Address", address).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password)).post("/api/identity/login").then();
    }

    public static String adminBearer() {
        return "Bearer " + login(ADMIN_EMAIL, ADMIN_PASSWORD).statusCode(200).extract().path("access_token");
    }

    /** An account with roles granted by the admin (e.g. REVIEWER of an agency). */
    public static Account withRoles(String agency, String... roles) {
        Account account = registered("STARTUP");
        String admin = adminBearer();
        Map<String, Object> grant = new java.util.HashMap<>(Map.of("roles", roles));
        if (agency != null) {
            grant.put("agency", agency);
        }
        given().header("Authorization", admin).header("If-Match", accountETag(account.id())).contentType(ContentType.JSON)
                .body(grant).put("/api/identity/admin/accounts/" + account.id() + "/roles").then().statusCode(200);
        return account;
    }

    /** The account's ETag as an ADMIN reads it: the If-Match of the admin edits. */
    public static String accountETag(String id) {
        return given().header("Authorization", adminBearer()).get("/api/identity/admin/accounts/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse me(String bearer) {
        return given().header("Authorization", bearer).get("/api/identity/me").then();
    }

    public static ValidatableResponse refresh(String refreshToken) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).post("/api/identity/token").then();
    }
}
