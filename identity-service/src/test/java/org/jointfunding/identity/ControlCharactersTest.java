package org.jointfunding.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.register;
import static org.jointfunding.identity.Portal.uniqueEmail;

/** Text PostgreSQL cannot store (NUL) or nobody can read (other controls, lone surrogates) is a 400 naming the field. */
@QuarkusTest
class ControlCharactersTest {

    @Test
    void registrationWithANulInTheNameIsRefusedAndCreatesNothing() {
        String email = uniqueEmail("nul");
        register(Map.of("email", email, "displayName", "Aisha\u0000Rahman", "country", "MY", "password", PASSWORD, "role", "MENTOR"))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("displayName"));
        given().header("Authorization", adminBearer()).queryParam("email", email).get("/api/identity/admin/accounts")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aLoneSurrogateOrABellIsRefusedToo() {
        register(Map.of("email", uniqueEmail("surrogate"), "displayName", "Aisha \ud800", "country", "MY", "password", PASSWORD, "role", "MENTOR"))
                .statusCode(400).body("errors[0].field", equalTo("displayName"));
        register(Map.of("email", uniqueEmail("bell"), "displayName", "Aisha \u0007", "country", "MY", "password", PASSWORD, "role", "MENTOR"))
                .statusCode(400).body("errors[0].field", equalTo("displayName"));
    }

    @Test
    void loginWithANulInTheEmailIsABadRequestNotAServerError() {
        given().contentType(ContentType.JSON).body(Map.of("email", "a\u0000b@example.test", "password", PASSWORD))
                .post("/api/identity/login")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void aNulInAFormOrQueryParameterIsABadRequest() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "a\u0000b").formParam("client_secret", "x")
                .post("/api/identity/token")
                .then().statusCode(400).body("errors[0].field", equalTo("client_id"));
        given().header("Authorization", adminBearer()).urlEncodingEnabled(false).queryParam("email", "a%00b").get("/api/identity/admin/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void tabsAndLineBreaksArePlainText() {
        register(Map.of("email", uniqueEmail("tab"), "displayName", "Aisha\tRahman", "country", "MY", "password", PASSWORD, "role", "MENTOR"))
                .statusCode(201);
    }
}
