package org.jointfunding.identity.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.jointfunding.identity.Portal.PASSWORD;
import static org.jointfunding.identity.Portal.adminBearer;
import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.register;
import static org.jointfunding.identity.Portal.uniqueEmail;

@QuarkusTest
class RegistrationTest {

    private static Map<String, Object> valid(String email) {
        return new HashMap<>(Map.of("email", email, "displayName", "Aisha Rahman", "country", "MY",
                "password", PASSWORD, "role", "MENTOR"));
    }

    @Test
    void aStartupOrMentorRegistersAndCanLogIn() {
        String email = uniqueEmail("mentor");
        var created = register(valid(email)).statusCode(201)
                .body("roles", equalTo(List.of("MENTOR")))
                .body("status", equalTo("ACTIVE"))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/identity/admin/accounts/" + id));
        login(email, PASSWORD).statusCode(200);
    }

    @Test
    void emailIsStoredLowerCaseAndUniqueRegardlessOfCase() {
        String email = "Mixed.Case-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.TEST";
        register(valid(email)).statusCode(201).body("email", equalTo(email.toLowerCase()));
        register(valid(email.toUpperCase())).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/email-taken"))
                .body("field", equalTo("email"));
        login(email.toUpperCase(), PASSWORD).statusCode(200);
    }

    @Test
    void badFieldsAreAllListedAndNothingIsCreated() {
        String email = uniqueEmail("bad");
        Map<String, Object> body = valid(email);
        body.put("country", "XX");
        body.put("password", "short");
        register(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", containsInAnyOrder("country", "password"));
        body = valid("not-an-email");
        body.put("displayName", " ");
        register(body).statusCode(400).body("errors.field", hasItems("email", "displayName"));
        register(Map.of()).statusCode(400).body("errors.field", hasItems("email", "displayName", "country", "password", "role"));
        given().header("Authorization", adminBearer()).queryParam("email", email)
                .get("/api/identity/admin/accounts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void passwordMustNotContainTheEmail() {
        String email = uniqueEmail("cleverpat");
        Map<String, Object> body = valid(email);
        body.put("password", "my password is " + email.substring(0, email.indexOf('@')));
        register(body).statusCode(400).body("errors.find { it.field == 'password' }.message", equalTo("must not contain the email address"));
    }

    @Test
    void onlyStartupAndMentorMaySelfRegister() {
        for (String role : new String[]{"ADMIN", "REVIEWER", "AGENCY_ADMIN"}) {
            Map<String, Object> body = valid(uniqueEmail("climber"));
            body.put("role", role);
            register(body).statusCode(400).body("errors.field", hasItem("role"));
        }
        Map<String, Object> body = valid(uniqueEmail("typo"));
        body.put("role", "SUPERUSER");
        register(body).statusCode(400).body("errors.field", hasItem("role"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"email\":").post("/api/identity/register")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("type", equalTo("/problems/malformed-json"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheSameAccount() {
        Map<String, Object> body = valid(uniqueEmail("retry"));
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/identity/register").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/identity/register").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        // without the key, the same email is a duplicate
        register(body).statusCode(409);
    }
}
